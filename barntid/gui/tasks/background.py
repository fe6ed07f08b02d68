"""Long calculations off the UI thread: a QThread per calculation, and a Start/Avbryt/progress strip.

A `Job` runs ``fn(context)`` in its own thread. The function reports progress through ``context.report()``,
which also raises `Stopped` once the user has pressed Avbryt; replications go through ``context.executor``
(a `StoppableExecutor` on the application's process pool), so a stop also cancels queued replications.
Jobs are kept alive by this module until their thread has ended, so closing a dialog never destroys a
running thread; the application waits for them when it quits.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, Executor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from barntid.gui.tasks.jobs import StoppableExecutor, Stopped
from barntid.sim.scenario.io import Problem, ScenarioError
from barntid.sim.scenario.schema import Scenario

PoolGetter = Callable[[], Executor | None]
Apply = Callable[[dict[str, Any], str], list[Problem]]


class JobContext:
    """What a job's function gets: the executor for replications and a progress call that honours Avbryt."""

    def __init__(self, executor: StoppableExecutor, emit: Callable[[str, int, int], None]) -> None:
        self.executor = executor
        self._emit = emit

    @property
    def stop_event(self) -> threading.Event:
        return self.executor.stop_event

    def report(self, text: str, done: int = 0, total: int = 0) -> None:
        """Show progress; raises Stopped if the user has asked to stop."""
        self.executor.check()
        self._emit(text, done, total)
        self.executor.check()


class Job(QThread):
    """One calculation in its own thread. Exactly one of succeeded, stopped or failed is emitted."""

    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    stopped = Signal()
    failed = Signal(str)

    def __init__(self, fn: Callable[[JobContext], Any], pool: Executor | None) -> None:
        super().__init__()
        self.fn = fn
        self.executor = StoppableExecutor(pool)
        self.context = JobContext(self.executor, self.progressed.emit)

    def stop(self) -> None:
        self.executor.stop()

    def run(self) -> None:
        try:
            result = self.fn(self.context)
        except (Stopped, CancelledError) as exc:
            if self.executor.stopped:
                self.stopped.emit()
            else:  # the pool was shut down under us (the window closed)
                self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        except BrokenProcessPool:
            self.failed.emit(QCoreApplication.translate(
                "Decision", "En beräkningsprocess avslutades oväntat. Försök igen."))
            return
        except ScenarioError as exc:
            self.failed.emit("\n".join(str(p) for p in exc.problems) or str(exc))
            return
        except Exception as exc:  # shown to the user, never lost
            if self.executor.stopped:
                self.stopped.emit()
            else:
                self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        if self.executor.stopped:
            self.stopped.emit()
        else:
            self.succeeded.emit(result)


_alive: set[Job] = set()
_hooked = {"quit": False}


def _keep(job: Job) -> None:
    _alive.add(job)
    job.finished.connect(lambda: _alive.discard(job))
    app = QCoreApplication.instance()
    if app is not None and not _hooked["quit"]:
        _hooked["quit"] = True
        app.aboutToQuit.connect(stop_all)


def running_jobs() -> list[Job]:
    return [j for j in _alive if j.isRunning()]


def stop_all(wait_ms: int = 10_000) -> None:
    """Stop every calculation and wait for the threads (called when the application quits)."""
    jobs = list(_alive)
    for j in jobs:
        j.stop()
    for j in jobs:
        j.wait(wait_ms)


class JobControls(QWidget):
    """A start button, Avbryt, a progress bar and a status line, driving one Job at a time.

    Signals: succeeded(result), stopped(), failed(message), busy_changed(bool).
    """

    succeeded = Signal(object)
    stopped = Signal()
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, start_text: str, pool: PoolGetter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pool = pool
        self.job: Job | None = None
        self.start_button = QPushButton(start_text)
        self.start_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Avbryt"))
        self.cancel_button.setEnabled(False)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(14)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.bar.setSizePolicy(policy)
        self.bar.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 2 + 4)
        self.status.setStyleSheet("color: #37474f;")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.bar, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.cancel_button.clicked.connect(self.stop)

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(self, fn: Callable[[JobContext], Any], text: str = "") -> Job:
        """Run fn off the UI thread (stopping a calculation still running here)."""
        self.stop()
        job = Job(fn, self.pool())
        job.progressed.connect(self._on_progress)
        job.succeeded.connect(self._on_succeeded)
        job.stopped.connect(self._on_stopped)
        job.failed.connect(self._on_failed)
        self.job = job
        _keep(job)
        self.destroyed.connect(job.stop)  # the dialog went away with its window: stop, don't orphan
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.status.setText(text or self.tr("Räknar …"))
        self.busy_changed.emit(True)
        job.start()
        return job

    def stop(self) -> None:
        """Ask the running calculation to stop; `stopped` follows when it has."""
        if self.job is not None:
            self.job.stop()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Avbryter …"))

    def _mine(self) -> bool:
        return self.job is not None and self.sender() is self.job

    def _on_progress(self, text: str, done: int, total: int) -> None:
        if not self._mine():
            return
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        if text and self.cancel_button.isEnabled():
            self.status.setText(text)

    def _finish(self) -> bool:
        if not self._mine():
            return False
        self.job = None
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.bar.hide()
        self.busy_changed.emit(False)
        return True

    def _on_succeeded(self, result: object) -> None:
        if self._finish():
            self.status.setText(self.tr("Klart."))
            self.succeeded.emit(result)

    def _on_stopped(self) -> None:
        if self._finish():
            self.status.setText(self.tr("Beräkningen avbröts."))
            self.stopped.emit()

    def _on_failed(self, message: str) -> None:
        if self._finish():
            self.status.setText(self.tr("Beräkningen misslyckades: %1").replace("%1", message))
            self.failed.emit(message)


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

    def on_scenario_changed(self, _scenario: Scenario) -> None:
        """The window's scenario changed (connected by decision_menu.install); override to follow it."""

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
