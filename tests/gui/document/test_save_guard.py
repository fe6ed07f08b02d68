"""Saving never silently overwrites a file another program changed (or removed) since it was opened or saved.

QMessageBox.exec is replaced by a function that records the question and clicks the button the test names."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from barntid.sim.scenario.io import load

CHANGED = ("Filen har ändrats av ett annat program sedan du öppnade den. Skriva över den, spara som en ny fil, "
           "eller avbryta?")
DELETED = ("Filen har tagits bort av ett annat program sedan du öppnade den. Spara den igen, spara som en ny fil, "
           "eller avbryta?")
THEIRS = "# Ändrad i ett annat program\n"


def answer_with(monkeypatch: pytest.MonkeyPatch, button: str) -> list[tuple[str, str, set[str]]]:
    """Every question asked (text, informative text, buttons); each answered by clicking `button`."""
    asked: list[tuple[str, str, set[str]]] = []

    def exec_(box: QMessageBox) -> int:
        names = [b.text() for b in box.buttons()]
        asked.append((box.text(), box.informativeText(), set(names)))
        box.buttons()[names.index(button)].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def never_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    def exec_(box: QMessageBox) -> int:
        raise AssertionError(f"asked: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def save_as_to(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    starts: list[str] = []

    def dialog(_parent: Any, _title: str, start: str, *_a: Any) -> tuple[str, str]:
        starts.append(start)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return starts


@pytest.fixture
def edited(window: Any, fast_file: Path) -> Callable[[], str]:
    """The window with fast_file open and social_workers edited to 30; returns a function that lets 'another
    program' change the file and gives back the text it wrote."""
    assert window.open_file(fast_file)
    assert window.edit("staff.social_workers", 30)

    def other_program_writes() -> str:
        text = THEIRS + fast_file.read_text(encoding="utf-8").replace("admin_fte", "admin_fte = 3.0\n#", 1)
        fast_file.write_text(text, encoding="utf-8")
        return text

    return other_program_writes


def test_overwrite_after_asking(window: Any, fast_file: Path, edited: Callable[[], str],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    edited()
    asked = answer_with(monkeypatch, "Skriv över")
    assert window.save()
    assert asked == [(CHANGED, str(fast_file), {"Skriv över", "Spara som …", "Avbryt"})]
    assert load(fast_file).staff.social_workers == 30
    assert not window.document.modified
    never_asked(monkeypatch)  # the file is ours again: the next save just saves
    assert window.edit("staff.social_workers", 31) and window.save()
    assert load(fast_file).staff.social_workers == 31


def test_cancel_keeps_their_file_and_our_edits(window: Any, fast_file: Path, edited: Callable[[], str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the guard this fails: the other program's changes are overwritten without a word."""
    theirs = edited()
    asked = answer_with(monkeypatch, "Avbryt")
    assert not window.save()
    assert [a[0] for a in asked] == [CHANGED]
    assert fast_file.read_text(encoding="utf-8") == theirs
    assert window.document.scenario.staff.social_workers == 30
    assert window.document.modified and window.isWindowModified()
    assert window.document.path == fast_file


def test_save_as_writes_a_new_file_and_leaves_theirs(window: Any, fast_file: Path, tmp_path: Path,
                                                     edited: Callable[[], str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    theirs = edited()
    answer_with(monkeypatch, "Spara som …")
    mine = tmp_path / "min-version.toml"
    save_as_to(monkeypatch, None)  # first the user cancels the file dialog: nothing written, nothing lost
    assert not window.save()
    assert fast_file.read_text(encoding="utf-8") == theirs and not mine.exists()
    assert window.document.modified and window.document.scenario.staff.social_workers == 30
    save_as_to(monkeypatch, mine)
    assert window.save()
    assert fast_file.read_text(encoding="utf-8") == theirs
    assert load(mine).staff.social_workers == 30
    assert window.document.path == mine and not window.document.modified


@pytest.mark.parametrize("button", ["Spara igen", "Avbryt"])
def test_a_removed_file_is_said_and_recreated_only_after_asking(window: Any, fast_file: Path, button: str,
                                                               edited: Callable[[], str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    fast_file.unlink()
    asked = answer_with(monkeypatch, button)
    assert window.save() == (button == "Spara igen")
    assert asked == [(DELETED, str(fast_file), {"Spara igen", "Spara som …", "Avbryt"})]
    if button == "Spara igen":
        assert load(fast_file).staff.social_workers == 30 and not window.document.modified
    else:
        assert not fast_file.exists()
        assert window.document.modified and window.document.scenario.staff.social_workers == 30


def test_no_question_when_only_the_time_changed(window: Any, fast_file: Path, edited: Callable[[], str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    never_asked(monkeypatch)
    os.utime(fast_file, (1_000_000, 1_000_000))  # touched (a backup, a checkout), the same bytes
    assert window.save()
    assert window.edit("staff.social_workers", 29)
    assert window.save()  # just saved by us: no question
    assert load(fast_file).staff.social_workers == 29


def test_save_as_over_another_file_is_not_this_question(window: Any, fast_file: Path, tmp_path: Path,
                                                        edited: Callable[[], str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    edited()
    other = tmp_path / "annan.toml"
    other.write_text(fast_file.read_text(encoding="utf-8"), encoding="utf-8")
    never_asked(monkeypatch)  # the file dialog asks about replacing a different file
    save_as_to(monkeypatch, other)
    assert window.save_as()
    assert load(other).staff.social_workers == 30


def test_closing_with_unsaved_edits_asks_and_cancel_keeps_the_window(window: Any, fast_file: Path,
                                                                     edited: Callable[[], str],
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    theirs = edited()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Save)
    asked = answer_with(monkeypatch, "Avbryt")
    assert not window.close()
    assert [a[0] for a in asked] == [CHANGED]
    assert window.isVisible() and window.document.modified
    assert fast_file.read_text(encoding="utf-8") == theirs


def test_a_restored_autosave_remembers_the_file_as_it_was_then(window: Any, fast_file: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    text = fast_file.read_text(encoding="utf-8").replace("name = ", 'name = "Återställd" #', 1)
    window.document.restore(text, fast_file)
    never_asked(monkeypatch)
    assert window.save()
    fast_file.write_text(THEIRS, encoding="utf-8")
    assert window.edit("staff.social_workers", 28)
    asked = answer_with(monkeypatch, "Avbryt")
    assert not window.save() and [a[0] for a in asked] == [CHANGED]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_pipe_in_place_of_the_file_is_refused_without_waiting(window: Any, fast_file: Path,
                                                                edited: Callable[[], str],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    fast_file.unlink()
    os.mkfifo(fast_file)
    never_asked(monkeypatch)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    assert not window.save()  # returns at once: nothing opens the pipe and waits for a writer
    assert len(shown) == 1 and str(fast_file) in shown[0]
    assert window.document.modified and window.document.scenario.staff.social_workers == 30
