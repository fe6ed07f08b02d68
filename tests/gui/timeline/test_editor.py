"""The timeline editor: add, edit, move and remove a step, each one undoable command; a bad value is refused,
naming the step and the field with its range, and nothing typed is lost; the timeline is saved with the scenario."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from barntid.gui.timeline.step_dialog import from_qdate
from barntid.sim.scenario.io import load, read_text
from tests.gui.gui_helpers import SJOBO, scenario_file

SEP, JAN = dt.date(2015, 9, 1), dt.date(2016, 1, 11)


def titles(window: Any) -> list[str]:
    return [s.title for s in window.document.scenario.timeline]


def rows(window: Any) -> list[tuple[str, str, str]]:
    panel = window.timeline.panel
    return [panel.row_texts(r) for r in range(panel.table.rowCount())]


def test_the_page_and_the_menu_entries(plain_window: Any) -> None:
    w = plain_window
    edit_menu = next(a.menu() for a in w.menuBar().actions() if a.text().replace("&", "") == "Redigera")
    texts = [a.text().replace("&", "") for a in edit_menu.actions()]
    assert "Tidslinje (en plan i steg)" in texts and "Lägg till steg i tidslinjen …" in texts
    w.timeline.show_action.trigger()
    assert w.form.pages.currentWidget() is w.timeline.panel
    assert w.form.nav.currentItem().text() == "Tidslinje"
    assert "timeline" not in w.form.rows  # edited on its own page, not as a table of the form
    assert w.timeline.panel.empty.isVisible()


def test_add_edit_move_remove_each_undoable(plain_window: Any) -> None:
    w = plain_window
    w.open_file(SJOBO)
    tl, stack = w.timeline, w.document.undo_stack
    assert tl.add({"date": JAN, "title": "Stärkt administration", "changes": {"staff.admin_fte": 1.5}}) == []
    assert tl.add({"date": SEP, "title": "Bärbara datorer", "changes": {"measures.mobile_documentation": True}}) == []
    # Date order, the changes in words with the schema's labels and units.
    assert rows(w) == [("2015-09-01", "Bärbara datorer", "Bärbara datorer: på"),
                       ("2016-01-11", "Stärkt administration", "Administrativt stöd: 1,5 heltidstjänster")]
    assert titles(w) == ["Bärbara datorer", "Stärkt administration"]  # the file in date order too
    assert stack.count() == 2 and w.document.modified

    assert tl.replace(1, {"date": JAN, "title": "Administration och parbesök",
                          "changes": {"staff.admin_fte": 2.0, "measures.pair_visits": 0.5}}) == []
    assert rows(w)[1][2] == "Administrativt stöd: 2 heltidstjänster\nParbesök: 50 %"
    assert tl.move(0, dt.date(2016, 3, 1)) == []  # after the other one now
    assert titles(w) == ["Administration och parbesök", "Bärbara datorer"]
    assert w.document.scenario.timeline[1].date == dt.date(2016, 3, 1)
    assert tl.remove(0) == []
    assert titles(w) == ["Bärbara datorer"]
    assert stack.count() == 5

    stack.undo()  # the removal
    assert titles(w) == ["Administration och parbesök", "Bärbara datorer"]
    stack.undo()  # the move
    assert titles(w) == ["Bärbara datorer", "Administration och parbesök"]
    assert rows(w)[0][0] == "2015-09-01"
    stack.undo()  # the edit
    assert rows(w)[1] == ("2016-01-11", "Stärkt administration", "Administrativt stöd: 1,5 heltidstjänster")
    stack.redo()
    stack.redo()
    stack.redo()
    assert titles(w) == ["Bärbara datorer"]
    # Through the window's Redigera actions as well (Ctrl+Z / Ctrl+Shift+Z).
    w.actions_.undo.trigger()
    assert len(titles(w)) == 2
    w.actions_.redo.trigger()
    assert len(titles(w)) == 1
    assert "Tidslinje: ta bort" in stack.undoText()


def test_the_step_dialog_adds_a_step_with_an_editor_per_type(plain_window: Any) -> None:
    w = plain_window
    w.open_file(SJOBO)
    dialog = w.timeline.open_add()
    assert dialog.isVisible() and dialog.rows == []
    dialog.title.setText("Plan")
    laptop = dialog.add_change("measures.mobile_documentation")
    pair = dialog.add_change("measures.pair_visits")
    posts = dialog.add_change("staff.social_workers")
    assert laptop.check is not None and laptop.spin is None  # a check box for a measure that is on or off
    assert pair.spin is not None and pair.spin.suffix() == "" and pair.spin.value() == 0.0  # percent, from 0 %
    assert posts.spin.value() == w.document.scenario.staff.social_workers  # starts from the value before the step
    assert dialog.add_change("staff.social_workers") is None  # once per step
    laptop.check.setChecked(True)
    pair.spin.setValue(50)  # percent in the dialog, a share in the file
    posts.spin.setValue(24)
    dialog.remove_change(posts)
    assert dialog.try_accept()
    assert not dialog.isVisible()
    step = w.document.scenario.timeline[0]
    assert step.title == "Plan" and step.changes == {"measures.mobile_documentation": True,
                                                     "measures.pair_visits": 0.5}
    assert w.document.undo_stack.count() == 1

    edit = w.timeline.open_edit(0)
    assert edit.title.text() == "Plan" and edit.row("measures.pair_visits").spin.value() == 50
    edit.title.setText("Plan B")
    assert edit.try_accept()
    assert titles(w) == ["Plan B"] and w.document.undo_stack.count() == 2

    move = w.timeline.open_move(0)
    assert from_qdate(move.date.date()) == w.document.scenario.timeline[0].date
    move.date.setDate(move.date.date().addMonths(2))
    assert move.try_accept()
    assert w.document.scenario.timeline[0].date == from_qdate(move.date.date())
    assert w.document.undo_stack.count() == 3


def test_a_bad_value_is_refused_naming_the_step_field_and_range_and_nothing_is_lost(plain_window: Any) -> None:
    w = plain_window
    w.open_file(SJOBO)
    w.timeline.add({"date": SEP, "title": "Bärbara datorer", "changes": {"measures.mobile_documentation": True}})
    before = w.document.scenario
    dialog = w.timeline.open_add()
    dialog.date.setDate(dialog.date.date().fromString("2016-01-10", "yyyy-MM-dd"))
    dialog.title.setText("Fler")
    posts = dialog.add_change("staff.social_workers")
    posts.spin.lineEdit().setText("-3")  # typed, not stepped: the spin box keeps it
    assert not dialog.try_accept()
    assert dialog.isVisible()
    message = dialog.error.text()
    assert dialog.error.isVisibleTo(dialog)
    assert "Tidslinjen, steg 2 (2016-01-10 Fler) – Socialsekreterare" in message
    assert "-3 heltidstjänster" in message and "0–1000 heltidstjänster" in message
    assert w.document.scenario is before and w.document.undo_stack.count() == 1
    # Everything typed is still there to correct.
    assert dialog.title.text() == "Fler" and posts.spin.value() == -3
    pair = dialog.add_change("measures.pair_visits")
    pair.spin.setValue(150)
    posts.spin.setValue(24)
    assert not dialog.try_accept()
    assert "Tidslinjen, steg 2 (2016-01-10 Fler) – Parbesök: 150 % är utanför det tillåtna intervallet 0–100 %" \
        in dialog.error.text()
    pair.spin.setValue(100)
    dialog.title.setText("x" * 81)  # the core's own check, named by step and field
    assert not dialog.try_accept()
    assert "Tidslinjen, steg 2 – Rubrik" in dialog.error.text()
    dialog.title.setText("Fler")
    assert dialog.try_accept()
    assert titles(w) == ["Bärbara datorer", "Fler"]
    assert w.document.scenario.timeline[1].changes == {"staff.social_workers": 24.0, "measures.pair_visits": 1.0}


def test_refused_commands_change_nothing(plain_window: Any) -> None:
    w = plain_window
    w.open_file(SJOBO)
    problems = w.timeline.add({"date": SEP, "title": "Handledning",
                               "changes": {"measures.supervision_hours_per_week": 19.0}})
    assert problems and "Tidslinjen, steg 1 (2015-09-01 Handledning) – Handledning" in problems[0].label
    assert "mer än hälften av veckoarbetstiden" in problems[0].message
    assert w.timeline.move(3, SEP) and w.timeline.remove(0) and w.timeline.open_edit(0) is None
    assert w.document.scenario.timeline == () and w.document.undo_stack.count() == 0


def test_saved_with_the_scenario_and_read_back(plain_window: Any, tmp_path: Path) -> None:
    w = plain_window
    w.open_file(scenario_file(tmp_path, "plan.toml"))
    w.timeline.add({"date": SEP, "title": "Bärbara datorer", "changes": {"measures.mobile_documentation": True}})
    w.timeline.add({"date": JAN, "title": "Parbesök", "changes": {"measures.pair_visits": 0.5,
                                                                   "staff.assistant_fte": 1.0}})
    assert w.save()
    text = read_text(tmp_path / "plan.toml")
    assert "[[timeline]]" in text and "# " in text  # the file's comments are kept
    saved = w.document.scenario
    assert load(tmp_path / "plan.toml") == saved
    w.new_file()
    assert w.document.scenario.timeline == () and w.timeline.panel.table.rowCount() == 0
    assert w.open_file(tmp_path / "plan.toml")
    assert w.document.scenario.timeline == saved.timeline
    # Half a year from March 2015 (the fast file): the January step falls after the run, and says so.
    assert rows(w)[1] == ("2016-01-11\n(efter körningens slut)", "Parbesök",
                          "Parbesök: 50 %\nAssistenter: 1 heltidstjänst")


def test_steps_outside_the_results_are_marked(plain_window: Any) -> None:
    w = plain_window
    w.open_file(SJOBO)  # starts 2015-01-05, results from 2015-03-02 for three years
    w.timeline.add({"date": dt.date(2015, 1, 5), "title": "Från start", "changes": {"measures.checklists": True}})
    w.timeline.add({"date": dt.date(2019, 1, 1), "title": "Sent", "changes": {"measures.checklists": False}})
    assert rows(w)[0][0] == "2015-01-05\n(gäller från start)"
    assert rows(w)[1][0] == "2019-01-01\n(efter körningens slut)"
    assert "2015-03-02" in w.timeline.panel.period.text()
