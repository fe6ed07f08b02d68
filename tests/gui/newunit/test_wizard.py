"""Arkiv > Ny enhet …: the wizard's pages mark invalid figures and hold Nästa; finishing gives a scenario that
opens in the window and is saved where the user chooses, never over a file without asking."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWizard

from barntid.gui.newunit.wizard import NewUnitWizard
from barntid.sim.scenario.io import load


def _wizard(qtbot: Any, pool: ProcessPoolExecutor | None = None) -> NewUnitWizard:
    wiz = NewUnitWizard(lambda: pool)
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


def _next_enabled(wiz: NewUnitWizard) -> bool:
    return wiz.button(QWizard.WizardButton.NextButton).isEnabled()


def _fill(wiz: NewUnitWizard) -> None:
    wiz.municipality.name.setText("Ekby kommun")
    wiz.fields["children"].edit.setText("2000")
    wiz.fields["posts"].edit.setText("10")


def test_first_page_needs_a_name_and_children_or_reports(qtbot: Any) -> None:
    wiz = _wizard(qtbot)
    assert not _next_enabled(wiz)
    wiz.municipality.name.setText("Ekby kommun")
    assert not _next_enabled(wiz)  # children still empty (required)
    wiz.fields["children"].edit.setText("2 000")
    assert _next_enabled(wiz)
    wiz.municipality.by_reports.setChecked(True)  # the other figure is now the one that counts
    assert not wiz.fields["children"].isEnabled() and not _next_enabled(wiz)
    wiz.fields["reports_per_year"].edit.setText("300")
    assert _next_enabled(wiz)


def test_an_invalid_figure_is_marked_named_and_never_changed(qtbot: Any) -> None:
    wiz = _wizard(qtbot)
    _fill(wiz)
    share = wiz.fields["share_to_investigation"]
    share.edit.setText("140")
    assert not _next_enabled(wiz)
    assert share.edit.property("invalid") is True
    assert "Andel som leder till utredning" in share.error_label.text()
    assert "0–100 %" in share.error_label.text()
    assert share.edit.text() == "140"  # left as typed
    share.edit.setText("0,4")  # a fraction where percent is asked: ambiguous, refused
    assert "tvetydigt" in share.error_label.text() and not _next_enabled(wiz)
    share.edit.setText("40")
    assert share.edit.property("invalid") is False and not share.error_label.isVisibleTo(wiz)
    assert _next_enabled(wiz)


def test_impossible_together_is_marked_on_the_later_page(qtbot: Any) -> None:
    wiz = _wizard(qtbot)
    _fill(wiz)
    wiz.next()
    opened = wiz.fields["open_investigations"]
    opened.edit.setText("900")  # 2 000 children give about 308 reports a year
    assert not _next_enabled(wiz)
    assert "högst ett års orosanmälningar" in opened.error_label.text()
    opened.edit.setText("30")
    assert _next_enabled(wiz)
    wiz.next()
    wiz.fields["vacancies"].edit.setText("11")
    assert not _next_enabled(wiz)
    assert "Vakanta tjänster i dag" in wiz.fields["vacancies"].error_label.text()
    wiz.fields["vacancies"].edit.setText("1")
    assert _next_enabled(wiz)


def test_a_bad_time_use_file_holds_the_measurement_page(qtbot: Any, tmp_path: Path) -> None:
    wiz = _wizard(qtbot)
    _fill(wiz)
    for _ in range(4):
        wiz.next()
    assert wiz.currentPage() is wiz.measurement and _next_enabled(wiz)
    bad = tmp_path / "t.csv"
    bad.write_text("Kategori;Andel\nFika;10\n", encoding="utf-8")
    wiz.measurement.by_file.setChecked(True)
    wiz.measurement.file.setText(str(bad))
    assert not _next_enabled(wiz) and "okänd kategori 'Fika'" in wiz.measurement.file_error.text()
    bad.write_text("Kategori;Andel\nDirekt tid;12\n", encoding="utf-8")
    wiz.measurement.file.setText(str(bad) + " ")
    wiz.measurement.file.setText(str(bad))
    assert _next_enabled(wiz) and wiz.measurement.table == {"contact": 0.12}


def test_finishing_opens_the_unit_and_saves_where_asked(window: Any, qtbot: Any, tmp_path: Path) -> None:
    commands = window.new_unit
    actions = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert actions[:3] == ["&Ny", "Ny &enhet …", "&Öppna …"]
    target = tmp_path / "ekby.toml"
    asked: list[str] = []
    commands.ask_path = lambda suggested: asked.append(suggested) or str(target)
    wiz = commands.open_wizard()
    assert wiz is not None
    _fill(wiz)
    wiz.measures.boxes["checklists"].setChecked(True)
    for _ in range(5):
        wiz.next()
    assert wiz.currentPage() is wiz.create_page
    finish = wiz.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wiz.create_page.controls.start_button.click()
    qtbot.waitUntil(lambda: wiz.new_unit is not None, timeout=120_000)
    assert finish.isEnabled()
    wiz.accept()
    assert asked == ["ekby-kommun.toml"]
    assert window.document.scenario.name == "Ekby kommun" and window.document.path == target
    sc = load(target)
    assert sc == window.document.scenario and sc.measures.checklists and sc.staff.social_workers == 10
    assert "Jämviktsläge" in target.read_text(encoding="utf-8")


def test_declining_to_save_leaves_the_unit_open_and_unsaved(window: Any, qtbot: Any) -> None:
    commands = window.new_unit
    commands.ask_path = lambda _suggested: None
    wiz = commands.open_wizard()
    assert wiz is not None
    _fill(wiz)
    for _ in range(5):
        wiz.next()
    wiz.create_page.start()
    qtbot.waitUntil(lambda: wiz.new_unit is not None, timeout=120_000)
    wiz.accept()
    assert window.document.scenario.name == "Ekby kommun" and window.document.path is None
