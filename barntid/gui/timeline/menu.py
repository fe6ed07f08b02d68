"""A plan as a timeline: the Tidslinje page beside the scenario form, and its entries in the Redigera menu.

`install(window)` adds the page (`WindowApi.add_form_page`) and the actions, and returns the `TimelineCommands`.
Every edit (add, edit, move, remove a step) is one command on the document's undo stack, judged by the core
first: a refused step leaves the scenario as it was and the dialog open with what was typed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from barntid.gui.api import WindowApi
from barntid.gui.timeline.edits import StepData, judge, sort_steps, steps_of, value_before
from barntid.gui.timeline.panel import TimelinePanel, result_period
from barntid.gui.timeline.step_dialog import MoveDialog, StepDialog, problem_line
from barntid.sim.scenario.io import Problem
from barntid.sim.scenario.schema import Scenario
from barntid.sim.scenario.storyline import add_months

DEFAULT_GAP_DAYS = 91  # a new step three months after the last one


class TimelineCommands(QObject):
    """The page, its actions and the edits. Rows and indices are the steps in date order."""

    def __init__(self, window: WindowApi) -> None:
        super().__init__(window.window())
        self.w = window
        self.panel = TimelinePanel()
        self.dialog: QDialog | None = None
        parent = window.window()
        self.show_action = QAction(self.tr("&Tidslinje (en plan i steg)"), parent)
        tip = self.tr("Visa planens steg: åtgärder och tjänster som ändras vid ett datum under körningen")
        self.show_action.setStatusTip(tip)
        self.show_action.setToolTip(tip)
        self.show_action.triggered.connect(self.show)
        self.add_action = QAction(self.tr("Lägg till steg i &tidslinjen …"), parent)
        self.add_action.triggered.connect(lambda: self.open_add())
        self.panel.add_requested.connect(lambda: self.open_add())
        self.panel.edit_requested.connect(lambda row: self.open_edit(row))
        self.panel.move_requested.connect(lambda row: self.open_move(row))
        self.panel.remove_requested.connect(lambda row: self.remove(row))
        window.document.scenario_changed.connect(self.panel.set_scenario)
        self.panel.set_scenario(window.document.scenario)

    @property
    def scenario(self) -> Scenario:
        return self.w.document.scenario

    def steps(self) -> list[StepData]:
        """The steps in date order (the rows of the page)."""
        return sort_steps(steps_of(self.scenario))

    def show(self) -> None:
        self.w.show_form_page(self.panel)

    # -- edits: each one command on the undo stack, or the problems and nothing changed ----------------
    def _apply(self, steps: list[StepData], edited: StepData | None, text: str) -> list[Problem]:
        new, problems = judge(self.scenario, steps, edited)
        if new is None:
            return problems
        self.w.document.replace_scenario(new, text)
        if edited is not None:
            row = next((i for i, s in enumerate(sort_steps(steps)) if s is edited), -1)
            self.panel.select(row)
        return []

    def add(self, step: dict[str, Any]) -> list[Problem]:
        step = dict(step)
        return self._apply([*self.steps(), step], step, self.tr("Tidslinje: lägg till %1").replace(
            "%1", self._name(step)))

    def replace(self, row: int, step: dict[str, Any]) -> list[Problem]:
        steps = self.steps()
        if not 0 <= row < len(steps):
            return [Problem("", self.tr("Steget finns inte längre."))]
        step = dict(step)
        steps[row] = step
        return self._apply(steps, step, self.tr("Tidslinje: ändra %1").replace("%1", self._name(step)))

    def move(self, row: int, when: dt.date) -> list[Problem]:
        steps = self.steps()
        if not 0 <= row < len(steps):
            return [Problem("", self.tr("Steget finns inte längre."))]
        step = {**steps[row], "date": when}
        steps[row] = step
        text = self.tr("Tidslinje: flytta %1 till %2").replace("%1", str(steps[row]["title"]) or "steget")
        return self._apply(steps, step, text.replace("%2", when.isoformat()))

    def remove(self, row: int) -> list[Problem]:
        steps = self.steps()
        if not 0 <= row < len(steps):
            return [Problem("", self.tr("Steget finns inte längre."))]
        gone = steps.pop(row)
        problems = self._apply(steps, None, self.tr("Tidslinje: ta bort %1").replace("%1", self._name(gone)))
        if problems:
            self._refused(problems)
        else:
            self.panel.select(min(row, len(steps) - 1))
        return problems

    @staticmethod
    def _name(step: StepData) -> str:
        d = step.get("date")
        return f"{d.isoformat() if isinstance(d, dt.date) else d} {step.get('title', '')}".strip()

    def _refused(self, problems: list[Problem]) -> None:
        text = "\n".join(f"• {problem_line(p)}" for p in problems)
        self.w.statusBar().showMessage(self.tr("Tidslinjen ändrades inte: %1").replace(
            "%1", "; ".join(problem_line(p) for p in problems)), 10000)
        self.w.show_error(self.tr("Tidslinjen ändrades inte"), text)

    # -- dialogs -----------------------------------------------------------------------------------------
    def _note(self) -> str:
        sc = self.scenario
        first, last = result_period(sc)
        return (self.tr("Körningen börjar %1 och resultaten gäller %2 – %3. Värdena anges som de ska vara från "
                        "stegets datum; andelar i procent.")
                .replace("%1", sc.calendar.start_date.isoformat()).replace("%2", first.isoformat())
                .replace("%3", last.isoformat()))

    def _current(self, row: int | None) -> Any:
        steps = self.steps()
        return lambda key, when: value_before(self.scenario, steps, row, key, when)

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        if self.w.interactive:
            dialog.open()
        else:
            dialog.show()
        return dialog

    def default_date(self) -> dt.date:
        steps = self.steps()
        if steps:
            return add_months(steps[-1]["date"], 3)
        first, _last = result_period(self.scenario)
        return add_months(first, 3)

    def open_add(self) -> StepDialog:
        self.show()
        step = {"date": self.default_date(), "title": "", "changes": {}}
        dialog = StepDialog(self.tr("Nytt steg i tidslinjen"), step, self._current(None), self.add, self._note(),
                            self.w.window())
        self._open(dialog)
        return dialog

    def open_edit(self, row: int) -> StepDialog | None:
        steps = self.steps()
        if not 0 <= row < len(steps):
            return None
        dialog = StepDialog(self.tr("Ändra steg %1 i tidslinjen").replace("%1", str(row + 1)), steps[row],
                            self._current(row), lambda step: self.replace(row, step), self._note(), self.w.window())
        self._open(dialog)
        return dialog

    def open_move(self, row: int) -> MoveDialog | None:
        steps = self.steps()
        if not 0 <= row < len(steps):
            return None
        step = steps[row]
        text = self.tr("Från vilket datum ska steget ”%1” gälla? Stegen ordnas efter datum.").replace(
            "%1", self._name(step))
        dialog = MoveDialog(self.tr("Flytta steg"), text, step["date"], lambda when: self.move(row, when),
                            self.w.window())
        self._open(dialog)
        return dialog


def install(window: WindowApi) -> TimelineCommands:
    """Add the Tidslinje page beside the form's pages, and its actions to the Redigera menu."""
    commands = TimelineCommands(window)
    window.add_form_page(commands.tr("Tidslinje"), commands.panel)
    for a in (commands.show_action, commands.add_action):
        window.window().addAction(a)
    for bar_action in window.menuBar().actions():
        menu = bar_action.menu()
        if isinstance(menu, QMenu) and bar_action.text().replace("&", "") in ("Redigera", "Edit"):
            menu.addSeparator()
            menu.addAction(commands.show_action)
            menu.addAction(commands.add_action)
            break
    return commands
