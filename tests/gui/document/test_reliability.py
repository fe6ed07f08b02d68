"""Reliability: autosave after a kill, bad files, the run history, failing runs, no stray processes, the report."""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from barntid.gui.document import autosave
from barntid.gui.report.details import ReportDetailsDialog
from barntid.gui.tasks import runs
from barntid.gui.window.main_window import MainWindow
from barntid.sim.experiment.runner import ReplicationError
from barntid.sim.experiment.storage import data_dir
from barntid.sim.scenario.io import parse_text
from tests.gui.gui_helpers import ROOT, scenario_file

KILLED = textwrap.dedent("""
    import os, signal, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from barntid.gui.document import autosave
    from barntid.gui.window.main_window import MainWindow
    w = MainWindow(workers=1, fullscreen_theme_day=False)
    w.show()
    assert w.open_file(sys.argv[1])
    assert w.edit("staff.social_workers", 31.5)
    deadline = time.monotonic() + 30
    while not list(autosave.folder().glob("*.json")) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def autosaves() -> list[Path]:
    return sorted(autosave.folder().glob("*.json"))


def test_autosave_brings_back_the_edit_after_the_process_is_killed(qtbot: Any, pool: Any, fast_file: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    done = subprocess.run([sys.executable, "-c", KILLED, str(fast_file)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == -9, done.stderr
    assert len(autosaves()) == 1
    asked: list[str] = []
    monkeypatch.setattr(autosave, "ask_restore", lambda _w, item: asked.append(item.name) or True)
    w = MainWindow(pool=pool, fullscreen_theme_day=False)
    try:
        assert w.offer_restore()
        assert asked == [parse_text(fast_file.read_text(encoding="utf-8")).name]
        doc = w.document
        assert doc.scenario.staff.social_workers == 31.5
        assert doc.modified and w.isWindowModified() and doc.path == fast_file
        assert "# " in doc.original_text  # the file's comments are kept for the next save
        w.actions_.undo.trigger()  # undo goes back to the file's version
        assert doc.scenario == parse_text(fast_file.read_text(encoding="utf-8"))
        w.actions_.redo.trigger()
        assert not w.offer_restore()  # offered once: the killed program's files are gone
        w._save_to(fast_file)
        assert autosaves() == []
        assert "social_workers = 31.5" in fast_file.read_text(encoding="utf-8")
    finally:
        w.close()


def test_autosave_is_written_after_an_edit_and_cleared_by_save_and_discard(window: Any, qtbot: Any, fast_file: Path,
                                                                           tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window.autosaver.debounce.setInterval(200)  # the real pause (1.5 s) is covered by the test above
    window.open_file(fast_file)
    window.edit("staff.admin_fte", 2.5)
    qtbot.waitUntil(lambda: len(autosaves()) == 1, timeout=5000)
    assert "admin_fte = 2.5" in window.autosaver.path.read_text(encoding="utf-8")
    assert autosave.pending() == []  # this program is alive: nothing to offer
    window.save()
    assert autosaves() == []
    window.edit("staff.admin_fte", 3.0)
    qtbot.waitUntil(lambda: len(autosaves()) == 1, timeout=5000)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
    window.new_file()  # discards the edit
    assert autosaves() == []


BAD_FILES: dict[str, tuple[bytes | None, str]] = {
    "malformed": (b"[staff\nsocial_workers = 3\n", "inte giltig TOML på rad 1: en tabellrubrik saknar avslutande ]"),
    "unknown-key": (b"[staff]\nsocial_worker = 3\n", "staff.social_worker"),
    "out-of-range": (b"[staff]\nsocial_workers = -3\n", "Socialsekreterare: värdet -3"),
    "too-large": (b"# " + b"x" * 1_100_000 + b"\n", "större än gränsen"),
    "not-text": (b"name = '\x00\x81'\n", "inte UTF-8"),
    "empty": (b"", "filen är tom"),
    "only-comments": (b"# Sjoebo\n\n", "bara kommentarer"),
}


def test_a_file_in_windows_1252_opens_with_a_note_and_is_saved_as_utf8(window: Any, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ansi.toml"
    path.write_bytes("name = 'Sjöbo, äldre fil'\n[staff]\nsocial_workers = 17\n".encode("cp1252"))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text))
    assert window.open_file(path)
    assert window.document.scenario.name == "Sjöbo, äldre fil" and window.document.scenario.staff.social_workers == 17
    assert len(told) == 1 and "Windows-1252" in told[0] and str(path) in told[0]
    window.edit("staff.admin_fte", 2.0)
    assert window.save()
    assert "name = 'Sjöbo, äldre fil'" in path.read_text(encoding="utf-8")


def test_bad_files_show_the_core_message_and_keep_the_document(window: Any, fast_file: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_file(fast_file)
    window.edit("staff.social_workers", 30)
    before = (window.document.scenario, window.document.path, window.document.undo_stack.count())
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    cases = {**BAD_FILES, "missing": (None, "kan inte läsa filen"), "folder": (None, "kan inte läsa filen")}
    for kind, (content, expected) in cases.items():
        path = tmp_path / f"{kind}.toml"
        if content is not None:
            path.write_bytes(content)
        elif kind == "folder":
            path.mkdir()
        shown.clear()
        assert not window.open_file(path), kind
        assert len(shown) == 1 and expected in shown[0] and str(path) in shown[0], (kind, shown)
        assert (window.document.scenario, window.document.path, window.document.undo_stack.count()) == before
        assert window.document.modified and window.isVisible()


def test_finished_runs_go_to_the_history_and_can_be_reopened_or_compared(window: Any, qtbot: Any,
                                                                         fast_file: Path) -> None:
    window.open_file(fast_file)
    with qtbot.waitSignal(window.histories.store.added, timeout=30_000):
        window.run()
    first = window.current
    dialog = window.histories.show()
    assert dialog is not None and dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert cells[2] == first.scenario.name and cells[3] == "Huvudfönstret" and cells[4] == "2"
    assert str(first.seed) in dialog.table.item(0, 4).toolTip()
    assert cells[5].endswith("%") and cells[5] != "–"
    record = dialog.selected()
    with qtbot.waitSignal(window.run_finished, timeout=30_000) as blocker:
        dialog.open_button.click()
    result, tag = blocker.args
    assert tag == "history" and window.current is result
    assert window.document.path is None and window.document.modified
    assert window.document.scenario == first.scenario
    assert result.kpis["contact_share"].mean == pytest.approx(first.kpis["contact_share"].mean, abs=1e-9)
    assert window.histories.dialog is None  # closed; the reopened run is not stored again
    assert len(window.histories.store.list()) == 1

    window.edit("staff.social_workers", 30)
    dialog = window.histories.show()
    with qtbot.waitSignal(window.histories.baseline_ready, timeout=30_000) as pinned:
        dialog.baseline_button.click()
    assert window.comparison.baseline is pinned.args[0]
    assert pinned.args[0].scenario == parse_text(record.scenario_toml)
    assert window.document.scenario.staff.social_workers == 30  # the document is untouched
    assert window.entries()[0].role == "baseline" and window.entries()[0].result is pinned.args[0]


def test_a_damaged_history_is_moved_aside_and_said_once(qtbot: Any, pool: Any, fast_file: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    (data_dir() / "history.sqlite3").write_bytes(b"this is not a database" * 100)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    w = MainWindow(pool=pool, fullscreen_theme_day=False)
    try:
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
        assert "flyttats" in shown[0]
        w.open_file(fast_file)
        with qtbot.waitSignal(w.histories.store.added, timeout=30_000):
            w.run()
        assert len(shown) == 1 and len(w.histories.store.list()) == 1
    finally:
        w.close()


def test_failing_replication_on_theme_day_names_scenario_and_seed(qtbot: Any, fast_file: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(scenario: Any, _reps: Any, seed: int, *_a: Any) -> Any:
        raise ReplicationError(scenario.name, seed, 1, "ValueError: trasig indata")
        yield  # pragma: no cover - makes this a generator

    shown: list[str] = []
    monkeypatch.setattr(runs, "iter_replications", failing)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    w = MainWindow(workers=1, fullscreen_theme_day=False)
    w.show()
    try:
        w.open_file(fast_file)
        with qtbot.waitSignal(w.run_failed, timeout=10_000):
            w.set_theme_day(True)
        name = w.document.scenario.name
        assert shown == [f"Replikering 1 av scenariot '{name}' (frö 2015) misslyckades: ValueError: trasig indata"]
        assert w.is_theme_day and not w.runner.busy
        monkeypatch.undo()
        with qtbot.waitSignal(w.run_finished, timeout=30_000, check_params_cb=lambda _r, tag: tag == "quick"):
            w.theme_view.checks["measures.pair_visits"].click()
    finally:
        w.document.undo_stack.setClean()
        w.close()


@pytest.mark.parametrize("cancel_first", [False, True])
def test_closing_during_a_run_leaves_no_process(qtbot: Any, tmp_path: Path, cancel_first: bool) -> None:
    before = set(multiprocessing.active_children())
    w = MainWindow(workers=2, fullscreen_theme_day=False)
    w.show()
    w.open_file(scenario_file(tmp_path, simulation__replications=200, simulation__years=1.0))
    with qtbot.waitSignal(w.runner.progressed, timeout=60_000):
        w.run()
    workers = list(w.runner.pool._processes.values())  # type: ignore[union-attr]
    assert workers and all(p.is_alive() for p in workers)
    if cancel_first:
        with qtbot.waitSignal(w.run_cancelled, timeout=10_000):
            w.cancel_run()
    assert w.close()
    assert not any(p.is_alive() for p in workers)
    assert set(multiprocessing.active_children()) <= before


def test_report_to_the_committee_is_written_in_the_background(window: Any, qtbot: Any, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    assert not window.reports.write()  # nothing pinned: explained, nothing asked
    assert told and "fäst" in told[0]

    window.open_file(scenario_file(tmp_path, simulation__replications=2, simulation__years=0.25))
    with qtbot.waitSignal(window.run_finished, timeout=30_000):
        window.run()
    window.pin_baseline()
    window.edit("measures.pair_visits", True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "rapport"), "PDF (*.pdf)"))
    monkeypatch.setattr(ReportDetailsDialog, "exec", lambda self: 1)  # the details as last typed: OK
    before = set(multiprocessing.active_children())
    with qtbot.waitSignal(window.reports.finished, timeout=90_000) as blocker:
        assert window.reports.write()
        assert window.reports.busy_bar.isVisible() and not window.actions_.report.isEnabled()
        assert window.kpis.isVisible()  # the window keeps working meanwhile
    ok, message = blocker.args
    pdf = tmp_path / "rapport.pdf"
    assert ok, message
    assert message == str(pdf) and pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 20_000
    assert told[-1].endswith(str(pdf)) and not window.reports.busy_bar.isVisible()
    assert set(multiprocessing.active_children()) <= before

    # Closing while a report is being written ends its process too.
    w2 = MainWindow(workers=1, fullscreen_theme_day=False)
    w2.comparison.pin_baseline(window.comparison.baseline)
    assert w2.reports.write()
    assert w2.close()
    assert set(multiprocessing.active_children()) <= before
    assert not any(p.is_alive() for p in [w2.reports.job.process] if p is not None)
