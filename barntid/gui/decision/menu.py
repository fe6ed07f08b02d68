"""The 'Beslutsstöd' menu: goal seeking, sensitivity, calibration and the live view, as non-modal dialogs.

`install(window)` adds the menu to the main window's menu bar and returns it. The dialogs read the window's
current scenario (``window.document.scenario``), follow its changes, run on the window's process pool
(``window.runner``) and apply their results through the document's undo stack, each as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor
from typing import Any

from PySide6.QtWidgets import QMenu, QWidget

from barntid.gui.api import WindowApi
from barntid.gui.decision.calibration_dialog import CalibrationDialog
from barntid.gui.decision.dialog import Apply, DecisionDialog
from barntid.gui.decision.goal_dialog import GoalDialog
from barntid.gui.decision.live_view import LiveView
from barntid.gui.decision.tornado_dialog import TornadoDialog
from barntid.gui.document.commands import ChangeScenario
from barntid.gui.document.document import ScenarioDocument
from barntid.gui.tasks.controls import PoolGetter
from barntid.sim.experiment import cache
from barntid.sim.experiment.results import ExperimentResult
from barntid.sim.scenario.io import Problem, ScenarioError, with_changes
from barntid.sim.scenario.schema import Scenario

DIALOGS: dict[str, type[DecisionDialog]] = {
    "goal": GoalDialog,
    "tornado": TornadoDialog,
    "calibration": CalibrationDialog,
    "live": LiveView,
}


def apply_to_document(document: ScenarioDocument, changes: dict[str, Any], text: str) -> list[Problem]:
    """Change the document's scenario as ONE undo step (never merged with a neighbouring edit)."""
    old = document.scenario
    try:
        new = with_changes(old, changes)
    except ScenarioError as exc:
        return exc.problems or [Problem("", str(exc))]
    if new != old:
        document.undo_stack.push(ChangeScenario(document, old, new, text, ""))
    return []


def window_pool(window: WindowApi) -> Executor | None:
    """The window's warm process pool (started if needed), or None when it runs without one."""
    runner = window.runner
    if runner.pool is None:
        runner.warm_up()
    pool: Executor | None = runner.pool
    return pool


class DecisionMenu(QMenu):
    """The menu, and the one dialog of each kind it opens (created on first use, then shown again)."""

    def __init__(self, window: WindowApi, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Beslutsstöd"), parent or window.window())
        self.window_ = window
        self.dialogs: dict[str, DecisionDialog] = {}
        document = window.document
        self.get_scenario: Callable[[], Scenario] = lambda: document.scenario
        self.apply: Apply = lambda changes, text: apply_to_document(document, changes, text)
        self.pool: PoolGetter = lambda: window_pool(window)
        self.goal_action = self.addAction(self.tr("&Nå målet …"), lambda: self.open("goal"))
        self.goal_action.setStatusTip(self.tr("Billigaste kombinationen av åtgärder som når målet för kontakttid"))
        self.tornado_action = self.addAction(self.tr("&Känslighet …"), lambda: self.open("tornado"))
        self.tornado_action.setStatusTip(self.tr("Vilka parametrar påverkar andelen tid med barnen mest?"))
        self.calibration_action = self.addAction(self.tr("&Kalibrera mot uppmätt tidsanvändning …"),
                                                 lambda: self.open("calibration"))
        self.calibration_action.setStatusTip(self.tr("Anpassa tidsåtgången så att modellen återger er tidsstudie"))
        self.addSeparator()
        self.live_action = self.addAction(self.tr("&Enheten live …"), lambda: self.open("live"))
        self.live_action.setStatusTip(self.tr("Se ett simulerat år av enheten, dag för dag (för temadagar)"))

    def open(self, kind: str) -> DecisionDialog:
        """Show the dialog of this kind (goal, tornado, calibration, live), creating it the first time."""
        dialog = self.dialogs.get(kind)
        if dialog is None:
            dialog = DIALOGS[kind](self.get_scenario, self.apply, self.pool, self.window_.window())
            dialog.main_runs = self.window_.runner
            self.window_.document.scenario_changed.connect(dialog.on_scenario_changed)
            self.dialogs[kind] = dialog
        if kind in TODAY_FIRST:
            self.run_today()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def run_today(self) -> bool:
        """Start the main window's run of the scenario if it has not run: goal seeking and sensitivity begin
        from that 'today', and a search started a little later finds it done instead of running it first (a
        cold search takes about a third longer). Not in theme day, during another run, or while a field is
        invalid (Kör would refuse and say why; opening a dialog should not)."""
        w = self.window_
        sc = w.document.scenario
        n, seed = sc.simulation.replications, sc.simulation.seed
        if w.is_theme_day or w.runner.busy or w.has_invalid_fields():
            return False
        if len(cache.shared.get(sc, seed, range(n), count=False)) == n:
            return False
        return w.run("full")


TODAY_FIRST = frozenset({"goal", "tornado"})
"""Dialogs that start from the main window's run of the scenario."""


def keep_result(result: object, _tag: str = "") -> None:
    """A finished run's replications go to the shared cache, so goal seeking and the tornado start from the
    same 'today' as the main window (and need not run it again)."""
    if isinstance(result, ExperimentResult) and result.replications:
        cache.shared.store(result)


def install(window: WindowApi) -> QMenu:
    """Add the 'Beslutsstöd' menu to the window's menu bar (before 'Visa' if there is one) and return it."""
    window.runner.completed.connect(keep_result)
    menu = DecisionMenu(window)
    bar = window.menuBar()
    before = next((a for a in bar.actions() if a.text().replace("&", "") in ("Visa", "View")), None)
    if before is not None:
        bar.insertMenu(before, menu)
    else:
        bar.addMenu(menu)
    return menu
