"""The base of the decision-support dialogs: non-modal, reads the window's scenario, applies undoable edits.

Their calculations run off the UI thread through a `JobControls` strip (``barntid.gui.tasks.controls``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from barntid.gui.tasks.controls import JobControls, PoolGetter
from barntid.gui.tasks.runs import RunController
from barntid.sim.scenario.io import Problem
from barntid.sim.scenario.schema import Scenario

Apply = Callable[[dict[str, Any], str], list[Problem]]


class DecisionDialog(QDialog):
    """Base of the decision-support dialogs: non-modal, reads the window's scenario, applies undoable edits.

    `scenario()` returns the window's current scenario; `apply(changes, text)` changes it as one undoable
    edit and returns the problems (empty when it worked); `pool()` returns the process pool to use, or None
    to run the replications in the calculation's own thread.
    """

    def __init__(self, scenario: Callable[[], Scenario], apply: Apply, pool: PoolGetter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scenario = scenario
        self.apply = apply
        self.pool = pool
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.controls: JobControls | None = None
        self.main_runs: RunController | None = None  # the main window's runs (set by the menu)
        self.waiting = False  # for the main window's run to end before starting

    def after_main_run(self, start: Callable[[], None]) -> bool:
        """If the main window is running (today, as a rule: the menu starts it as the dialog opens), say so and
        call `start` when that run is done, so the calculation begins from its result instead of running the
        same replications beside it. False if nothing is running."""
        runs = self.main_runs
        if runs is None or not runs.busy or self.controls is None:
            return False
        if not self.waiting:
            self.waiting = True

            def done(busy: bool) -> None:
                if not busy:
                    runs.busy_changed.disconnect(done)
                    self.waiting = False
                    if self.controls is not None:
                        self.controls.start_button.setEnabled(True)
                    if self.isVisible():  # closed meanwhile: nothing to start
                        QTimer.singleShot(0, start)  # after the run's result is kept (`completed` comes next)

            runs.busy_changed.connect(done)
        self.controls.start_button.setEnabled(False)
        self.controls.status.setText(self.tr("Väntar på körningen av utgångsläget i huvudfönstret; "
                                             "beräkningen börjar när den är klar …"))
        return True

    def on_scenario_changed(self, _scenario: Scenario) -> None:
        """The window's scenario changed (connected by menu.install); override to follow it."""

    def years_box(self, scenario: Scenario) -> QDoubleSpinBox:
        """A 'years per run' box (0.25–20 years) that follows the scenario's years until the user changes it."""
        box = QDoubleSpinBox()
        box.setRange(0.25, 20)
        box.setSingleStep(0.25)
        box.setDecimals(2)
        box.setSuffix(self.tr(" år"))
        self.follow_years(box, scenario)
        return box

    def close_button(self) -> QPushButton:
        close = QPushButton(self.tr("Stäng"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        return close

    def button_row(self, use_button: QPushButton) -> QHBoxLayout:
        """'Använd …' on the left, 'Stäng' on the right."""
        row = QHBoxLayout()
        row.addWidget(use_button)
        row.addStretch(1)
        row.addWidget(self.close_button())
        return row

    def side_by_side(self, left: QWidget, chart: QWidget, stretch: tuple[int, int]) -> None:
        """The dialog's layout: inputs and results on the left, the chart on the right, in a splitter."""
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(chart)
        split.setStretchFactor(0, stretch[0])
        split.setStretchFactor(1, stretch[1])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def follow_years(self, box: QDoubleSpinBox, scenario: Scenario) -> None:
        """Keep a 'years per run' box on the scenario's years unless the user has chosen another value."""
        last = box.property("scenario_years")
        if last is None or abs(box.value() - float(last)) < 1e-9:
            box.setValue(scenario.simulation.years)
        box.setProperty("scenario_years", scenario.simulation.years)

    def apply_changes(self, changes: dict[str, Any], text: str) -> bool:
        problems = self.apply(changes, text)
        if problems:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Ändringen kunde inte göras:\n%1").replace(
                "%1", "\n".join(str(p) for p in problems)))
            return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.controls is not None:
            self.controls.stop()
        super().closeEvent(event)

    def reject(self) -> None:  # Esc closes like the window's close button, stopping the calculation
        if self.controls is not None:
            self.controls.stop()
        super().reject()
