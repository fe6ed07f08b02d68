"""Forms generated from the schema, editing, validation at the field, undo/redo, files and the close prompt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from barntid.gui import settings
from barntid.gui.editing.fields import BoolEditor, ChoiceEditor, NumberEditor, TableEditor, TextEditor
from barntid.gui.editing.forms import section_keys
from barntid.sim.scenario.io import load
from barntid.sim.scenario.schema import SECTIONS


def test_every_schema_field_has_an_editor_with_label_range_and_help(window: Any) -> None:
    keys = [k for s in ("", *SECTIONS) for k in section_keys(s)]
    assert set(keys) == set(window.form.rows)
    kinds = {"measures.checklists": BoolEditor, "measures.pair_visits": NumberEditor,
             "turnover.consultant_policy": ChoiceEditor,
             "staff.social_workers": NumberEditor, "demand.seasonal": TextEditor,
             "initial.investigations_by_month": TextEditor, "demand.surges": TableEditor,
             "simulation.seed": TextEditor}
    for key, kind in kinds.items():
        assert isinstance(window.form.row(key).editor, kind), key
    row = window.form.row("staff.social_workers")
    assert row.label.text() == "Socialsekreterare"
    assert "0–1000" in row.range_label.text() and "heltidstjänster" in row.range_label.text()
    assert row.editor.unit.text() == "heltidstjänster"
    assert (row.editor.spin.lo, row.editor.spin.hi) == (0, 1000)  # the arrows' range; typing is judged
    tip = window.form.row("turnover.annual_rate").label.toolTip()
    assert "Andel som på lång sikt slutar per år" in tip and "Källa: Kalibrerat" in tip and "SCB" in tip


def test_open_edit_undo_redo(window: Any, qtbot: Any, fast_file: Path) -> None:
    assert window.open_file(fast_file)
    original = window.document.scenario
    assert not window.isWindowModified()
    spin = window.form.row("staff.social_workers").editor.spin
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "30")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert window.document.scenario.staff.social_workers == 30
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    window.actions_.undo.trigger()
    assert window.document.scenario == original
    assert spin.value() == original.staff.social_workers
    assert not window.isWindowModified()
    window.actions_.redo.trigger()
    assert window.document.scenario.staff.social_workers == 30


def test_checkbox_and_choice_edits_are_undoable(window: Any, fast_file: Path) -> None:
    window.open_file(fast_file)
    original = window.document.scenario
    window.form.row("measures.checklists").editor.box.click()
    combo = window.form.row("turnover.consultant_policy").editor.combo
    combo.activated.emit(combo.findData("after"))
    assert window.document.scenario.measures.checklists is True
    assert window.document.scenario.turnover.consultant_policy == "after"
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert window.document.scenario == original


def test_bad_values_are_marked_at_the_field_and_never_reach_the_model(window: Any, qtbot: Any,
                                                                      fast_file: Path) -> None:
    window.open_file(fast_file)
    before = window.document.scenario
    row = window.form.row("demand.seasonal")
    row.editor.edit.setText("1; 1,1; 0,9")
    qtbot.keyClick(row.editor.edit, Qt.Key.Key_Return)
    assert "12 tal" in row.error
    assert "border" in row.editor.edit.styleSheet()
    seed = window.form.row("simulation.seed")
    seed.editor.edit.setText("abc")
    qtbot.keyClick(seed.editor.edit, Qt.Key.Key_Return)
    assert "inte ett heltal" in seed.error
    assert "Startvärde för slumpen: ”abc” är inte ett heltal. Tillåtet: 0–999 999 999." in \
        window.statusBar().currentMessage().replace("\u00a0", " ")
    assert window.document.scenario == before
    assert window.document.undo_stack.count() == 0
    assert not window.isWindowModified()
    # A valid value clears the mark.
    seed.editor.edit.setText("7")
    qtbot.keyClick(seed.editor.edit, Qt.Key.Key_Return)
    assert seed.error == "" and window.document.scenario.simulation.seed == 7


def test_number_lists_accept_decimal_commas(window: Any, qtbot: Any, fast_file: Path) -> None:
    window.open_file(fast_file)
    edit = window.form.row("demand.seasonal").editor.edit
    edit.setText("; ".join(["1,5"] * 12))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.document.scenario.demand.seasonal == (1.5,) * 12


def test_surge_table_adds_rows_and_undo_removes_them(window: Any, qtbot: Any, fast_file: Path) -> None:
    window.open_file(fast_file)
    editor = window.form.row("demand.surges").editor
    add = next(b for b in editor.findChildren(QPushButton) if b.text() == "Lägg till rad")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert len(window.document.scenario.demand.surges) == 1
    assert editor.table.rowCount() == 1
    editor.table.item(0, 2).setText("50")  # multiplier above 10: refused, marked
    assert "utanför" in window.form.row("demand.surges").error
    assert window.document.scenario.demand.surges[0].multiplier == 1.25
    window.actions_.undo.trigger()
    assert window.document.scenario.demand.surges == ()


def test_save_as_keeps_comments_and_clears_the_marker(window: Any, tmp_path: Path, fast_file: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_file(fast_file)
    window.edit("staff.admin_fte", 2.5)
    target = tmp_path / "saved"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_.save_as.trigger()
    saved = target.with_suffix(".toml")
    text = saved.read_text(encoding="utf-8")
    assert "# Barntid scenario: Sjöbo kommun" in text and "admin_fte = 2.5" in text
    assert load(saved).staff.admin_fte == 2.5
    assert not window.isWindowModified()
    assert str(saved.resolve()) == settings.recent_files()[0]
    window.fill_recent_menu()
    assert any(a.text() == str(saved.resolve()) for a in window.actions_.recent.actions())


def test_open_invalid_file_shows_the_core_message(window: Any, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[staff]\nsocial_workers = -3\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    assert not window.open_file(bad)
    assert shown and ("Socialsekreterare: värdet -3 är utanför det tillåtna intervallet "
                      "0–1000 heltidstjänster") in shown[0]
    assert "staff.social_workers" not in shown[0]  # the label the user knows, not the key in the file


@pytest.mark.parametrize(("answer", "closes"), [(QMessageBox.StandardButton.Cancel, False),
                                                (QMessageBox.StandardButton.Discard, True)])
def test_close_with_unsaved_changes_asks(window: Any, fast_file: Path, monkeypatch: pytest.MonkeyPatch,
                                         answer: QMessageBox.StandardButton, closes: bool) -> None:
    window.open_file(fast_file)
    window.edit("staff.social_workers", 19)
    asked: list[str] = []

    def fake_warning(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return answer

    monkeypatch.setattr(QMessageBox, "warning", fake_warning)
    assert window.close() is closes
    assert asked, "the user must be asked"
    assert window.isVisible() is not closes
    if not closes:
        assert window.document.scenario.staff.social_workers == 19
