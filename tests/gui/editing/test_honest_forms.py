"""Honest forms: plain words, shares in percent, values outside the range marked (never clamped), F5 refused
with a red field, Ctrl+Z in a field, a pinned comparison kept on Ctrl+N, runs that cannot mean anything refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from barntid.sim.scenario.io import load

JARGON = ("frö", "Replikering", "replikering", "Uppvärmning", "CV", "9223372036854775807")


def type_into(qtbot: Any, row: Any, text: str) -> None:
    spin = row.editor.spin
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


def plain(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_no_statistics_jargon_in_the_form_and_technical_settings_under_avancerat(window: Any) -> None:
    texts = [label.text() for label in window.form.findChildren(QLabel)]
    assert texts and not [t for t in texts if any(word in t for word in JARGON)]
    for key in ("simulation.seed", "simulation.replications", "simulation.warmup_weeks", "demand.effort_cv"):
        section = window.form.advanced[key]
        assert section.button.text() == "Avancerat" and not section.body.isVisibleTo(window.form), key
    assert window.form.row("simulation.replications").label.text() == "Antal körningar"
    assert window.form.row("simulation.seed").label.text() == "Startvärde för slumpen"
    assert plain(window.form.row("simulation.seed").range_label.text()) == "Tillåtet: 0–999 999 999"
    assert window.form.row("demand.effort_cv").editor.unit.text() == "% spridning"
    window.form.show_page_of("simulation.seed")  # F1 and problems open the section
    assert window.form.advanced["simulation.seed"].body.isVisibleTo(window.form)


def test_values_outside_the_range_are_marked_and_never_clamped(window: Any, qtbot: Any, fast_file: Path) -> None:
    window.open_file(fast_file)
    before = window.document.scenario
    row = window.form.row("staff.social_workers")
    for typed, shown in (("-5", -5), ("99999", 99999)):
        type_into(qtbot, row, typed)
        assert row.editor.spin.value() == shown  # what was typed stays in view, not 0,0 or 1000
        assert "Socialsekreterare" in row.error and "0–1000 heltidstjänster" in row.error, row.error
        assert "border" in row.editor.spin.styleSheet()
        assert "Socialsekreterare" in window.statusBar().currentMessage()
        assert window.document.scenario == before and window.document.undo_stack.count() == 0
    type_into(qtbot, row, "20")
    assert row.error == "" and window.document.scenario.staff.social_workers == 20


def test_arrows_stay_inside_the_range(window: Any, qtbot: Any) -> None:
    row = window.form.row("staff.assistant_fte")  # 0 by default
    row.editor.spin.setFocus()
    qtbot.keyClick(row.editor.spin, Qt.Key.Key_Down)
    assert row.editor.spin.value() == 0 and row.error == ""


def test_run_with_a_red_field_is_refused_naming_the_field(window: Any, qtbot: Any, fast_file: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_file(fast_file)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    window.form.nav.setCurrentRow(0)
    type_into(qtbot, window.form.row("demand.reports_per_week"), "-3")
    window.actions_.run.trigger()  # F5
    assert len(shown) == 1 and "Orosanmälningar" in shown[0] and "0–2000" in plain(shown[0])
    assert not window.runner.busy and window.current is None
    assert window.form.pages.currentIndex() == 1  # the page with the red field is shown


def test_shares_are_entered_in_percent_and_saved_as_fractions(window: Any, qtbot: Any, fast_file: Path,
                                                              tmp_path: Path) -> None:
    window.open_file(fast_file)
    row = window.form.row("demand.share_to_investigation")
    assert row.editor.spin.value() == pytest.approx(100 * window.document.scenario.demand.share_to_investigation)
    assert row.editor.unit.text() == "%" and plain(row.range_label.text()) == "Tillåtet: 0–100 %"
    type_into(qtbot, row, "45")
    assert window.document.scenario.demand.share_to_investigation == 0.45
    type_into(qtbot, row, "150")
    assert "0–100 %" in plain(row.error) and "150" in row.error
    assert window.document.scenario.demand.share_to_investigation == 0.45
    type_into(qtbot, row, "45")  # back to a valid value: the mark goes
    out = tmp_path / "saved.toml"
    window.document.save(out)
    assert "share_to_investigation = 0.45" in out.read_text(encoding="utf-8")
    assert load(out).demand.share_to_investigation == 0.45
    assert window.form.row("turnover.annual_rate").editor.unit.text() == "% per år"


def test_undo_and_redo_work_while_a_field_has_focus(window: Any, qtbot: Any, fast_file: Path) -> None:
    window.open_file(fast_file)
    original = window.document.scenario
    row = window.form.row("staff.social_workers")
    type_into(qtbot, row, "30")
    assert window.document.scenario.staff.social_workers == 30
    line = row.editor.spin.lineEdit()
    assert line.hasFocus()
    qtbot.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.scenario == original and row.editor.spin.value() == original.staff.social_workers
    qtbot.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.document.scenario.staff.social_workers == 30 and row.editor.spin.value() == 30
    # Typed but not applied, or refused: the first Ctrl+Z drops it, the scenario is untouched.
    type_into(qtbot, row, "-1")
    assert row.error
    qtbot.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert row.error == "" and row.editor.spin.value() == 30 and window.document.scenario.staff.social_workers == 30
    seed = window.form.row("simulation.seed").editor.edit
    seed.setFocus()
    qtbot.keyClicks(seed, "99")
    qtbot.keyClick(seed, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert seed.text() == str(original.simulation.seed)
    assert window.document.scenario.staff.social_workers == 30


def test_new_scenario_keeps_or_drops_the_pinned_comparison_as_asked(window: Any, qtbot: Any, fast_file: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_file(fast_file)
    with qtbot.waitSignal(window.run_finished, timeout=60_000):
        window.run()
    window.pin_baseline()
    pinned = window.comparison.baseline
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> Any:
        return lambda _p, title, *_a: asked.append(title) or reply

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    window.actions_.new.trigger()  # Ctrl+N
    assert asked == ["Behålla jämförelsen?"] and window.comparison.baseline is pinned and window.current is None
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    window.new_file()
    assert window.comparison.baseline is None


def test_a_unit_without_social_workers_is_refused_up_front(window: Any, fast_file: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_file(fast_file)
    assert window.edit("staff.social_workers", 0.0)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    assert not window.run()
    assert len(shown) == 1 and "inga socialsekreterare" in shown[0] and "Socialsekreterare:" in shown[0]
    assert "staff.social_workers" not in shown[0] and not window.runner.busy


def test_an_extreme_result_gets_a_plain_warning_under_the_key_figures(qtbot: Any) -> None:
    from barntid.gui.results.kpi_panel import KpiPanel
    from barntid.sim import run_experiment
    from tests.helpers import short

    panel = KpiPanel()
    qtbot.addWidget(panel)
    extreme = run_experiment(short(years=0.25, staff__social_workers=1.0), replications=2, workers=1)
    panel.show_result(extreme, running=True)
    assert not panel.warning.isVisibleTo(panel)  # not while the figures are still coming in
    panel.show_result(extreme)
    assert panel.warning.isVisibleTo(panel) and "Nästan ingen tid går till möten" in panel.warning.text()
    assert "replikering" not in panel.status.text() and "körningar" in panel.status.text()
    panel.show_result(run_experiment(short(years=0.25), replications=2, workers=1))
    assert not panel.warning.isVisibleTo(panel)
