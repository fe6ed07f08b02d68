"""Hjälp (F1) and Om Barntid: the guide's sections, the defaults generated from the schema, F1 opening at the
focused widget's section, both languages."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from barntid import __version__
from barntid.gui.editing.forms import section_keys
from barntid.gui.editing.labels import PAGES
from barntid.gui.help import guide
from barntid.gui.help.dialogs import AboutDialog, HelpDialog, about_html
from barntid.gui.help.menu import section_for
from barntid.gui.i18n import lang
from barntid.sim.experiment.storage import data_dir
from barntid.sim.scenario.schema import Scenario


@pytest.fixture
def english(qapp: Any) -> Any:
    lang.install(QCoreApplication.instance(), "en")
    yield
    lang.install(QCoreApplication.instance(), "sv")


def all_keys() -> list[str]:
    return [k for _t, sections in PAGES for s in sections for k in section_keys(s)]


def test_the_guide_has_the_sections_the_issue_asks_for(qapp: Any) -> None:
    anchors = [s.anchor for s in guide.sections()]
    assert anchors == [guide.ABOUT_MODEL, guide.FIGURES, guide.OWN_UNIT, guide.THEME_DAY, guide.FILES,
                       guide.DEFAULTS]
    titles = [s.title for s in guide.sections()]
    assert titles[0] == "Vad modellen är – och inte är"
    assert "95 %-intervallet" in guide.sections()[1].body


def test_every_parameter_has_its_default_and_source_in_the_guide(qapp: Any) -> None:
    table = guide.defaults_table()
    for key in all_keys():
        assert f"name='{guide.field_anchor(key)}'" in table, key
    # A source from the schema, quoted as it stands, and a default value in Swedish number format.
    info = Scenario.model_fields["demand"].annotation.model_fields["reports_per_week"]  # type: ignore[union-attr]
    assert info.json_schema_extra["source"] in table  # type: ignore[index]
    assert "11,5" in table and "Socialsekreterare" in table


def test_the_guide_in_english(english: Any) -> None:
    titles = [s.title for s in guide.sections()]
    assert titles[0] == "What the model is – and is not"
    table = guide.defaults_table()
    assert "Social workers" in table and "full-time posts" in table and "11.5" in table
    dialog = HelpDialog()
    assert dialog.windowTitle() == "Barntid – help"
    assert "About Barntid" in AboutDialog().windowTitle()


def test_f1_opens_at_the_focused_field(window: Any, qtbot: Any) -> None:
    row = window.form.row("staff.admin_fte")
    window.form.show_page_of("staff.admin_fte")
    row.editor.focus_widget().setFocus()
    qtbot.waitUntil(lambda: row.editor.focus_widget().hasFocus())
    assert section_for(row.editor.focus_widget()) == "field-staff.admin_fte"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.current_anchor == "field-staff.admin_fte"
    assert dialog.sections[dialog.toc.currentRow()].anchor == guide.DEFAULTS
    assert dialog.text.verticalScrollBar().value() > 0  # scrolled down to the parameter
    dialog.close()


def test_f1_sections_for_key_figures_form_and_theme_day(window: Any) -> None:
    assert section_for(window.kpis) == guide.FIGURES
    assert section_for(window.compare_table) == guide.FIGURES
    assert section_for(window.form.nav) == guide.OWN_UNIT
    assert section_for(None) == guide.ABOUT_MODEL
    assert section_for(window.kpis, theme_day=True) == guide.THEME_DAY
    dialog = window.help.open_help(guide.THEME_DAY)
    assert dialog.sections[dialog.toc.currentRow()].anchor == guide.THEME_DAY
    dialog.toc.setCurrentRow(1)
    assert dialog.current_anchor == guide.FIGURES
    dialog.close()


def test_the_help_menu_is_last_and_f1_works_without_the_menu_bar(window: Any) -> None:
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[-1] == "&Hjälp"
    assert window.help.help_action in window.actions()  # a window shortcut: works on theme day too
    assert window.help.help_action.shortcut().toString() == "F1"
    texts = [a.text() for a in window.help.menu.actions()]
    assert "&Användarhandbok" in texts and "&Om Barntid" in texts


def test_about_shows_version_licence_sources_and_the_data_folder(window: Any) -> None:
    text = about_html()
    assert __version__ in text and "MIT" in text
    assert "sjobo.se" in text and "Akademikern" in text and "Socialstyrelsen" in text
    assert str(data_dir()) in text
    dialog = window.help.open_about(modal=False)
    assert dialog.isVisible() and str(data_dir()) in dialog.text.text()
    dialog.close()
