"""A Start/Avbryt/progress strip that runs one `Job` at a time (the decision-support dialogs use it)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from barntid.gui.tasks.job import Job, JobContext, Progress

PoolGetter = Callable[[], Executor | None]
BAR_STEPS = 1000


class JobControls(QWidget):
    """A start button, Avbryt, a progress bar and a status line, driving one Job at a time.

    Signals (the job's, for the job started last): progressed(Progress), succeeded(result), stopped(partial),
    failed(message).
    """

    progressed = Signal(object)
    succeeded = Signal(object)
    stopped = Signal(object)
    failed = Signal(str)

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
        self._let_go()
        job = Job(fn, self.pool())
        job.connect_to(progressed=self._on_progress, succeeded=self._on_succeeded, stopped=self._on_stopped,
                       failed=self._on_failed)
        self.job = job
        self.destroyed.connect(job.stop)  # the dialog went away with its window: stop, don't orphan
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.status.setText(text or self.tr("Räknar …"))
        job.start()
        return job

    def stop(self) -> None:
        """Ask the running calculation to stop; `stopped` follows when it has."""
        if self.job is not None:
            self.job.stop()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Avbryter …"))

    def _let_go(self) -> None:
        if self.job is not None:
            self.destroyed.disconnect(self.job.stop)
            self.job = None

    def _mine(self) -> bool:
        return self.job is not None and self.sender() is self.job

    def _on_progress(self, progress: Progress) -> None:
        if not self._mine():
            return
        fraction = progress.fraction
        if fraction is not None:
            self.bar.setRange(0, BAR_STEPS)
            self.bar.setValue(round(fraction * BAR_STEPS))
        if progress.text and self.cancel_button.isEnabled():
            self.status.setText(progress.text)
        self.progressed.emit(progress)

    def _finish(self) -> bool:
        if not self._mine():
            return False
        self._let_go()
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.bar.hide()
        return True

    def _on_succeeded(self, result: object) -> None:
        if self._finish():
            self.status.setText(self.tr("Klart."))
            self.succeeded.emit(result)

    def _on_stopped(self, partial: object) -> None:
        if self._finish():
            self.status.setText(self.tr("Beräkningen avbröts."))
            self.stopped.emit(partial)

    def _on_failed(self, message: str) -> None:
        if self._finish():
            self.status.setText(self.tr("Beräkningen misslyckades: %1").replace("%1", message))
            self.failed.emit(message)
