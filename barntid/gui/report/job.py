"""The committee report, written in a separate process so the window stays responsive and can be closed.

The report draws the application's chart widgets, which Qt allows only in a GUI thread; a spawned process
has its own. A `Job` waits for the process and reports back through `finished(ok, message)`; stopping the job
ends the process.
"""

from __future__ import annotations

import multiprocessing
from functools import partial
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar

from barntid.gui.api import WindowApi
from barntid.gui.report.details import ReportDetailsDialog
from barntid.gui.report.process import write_report_process
from barntid.gui.tasks.job import Job, JobContext, JobFailed, JobState
from barntid.gui.tasks.jobs import Stopped
from barntid.present.report import ReportInfo
from barntid.sim.scenario.schema import Scenario

STOP_TIMEOUT_S = 20.0
POLL_S = 0.1


def end_process(process: BaseProcess) -> None:
    """SIGTERM (the report process unwinds and shuts its pool down), then kill if it does not end."""
    if process.is_alive():
        process.terminate()
        process.join(STOP_TIMEOUT_S)
        if process.is_alive():
            process.kill()
    process.join()


def wait_for_report(process: BaseProcess, receive: Connection, ctx: JobContext) -> str:
    """A job's function: the report's path once the process has written it; a stop ends the process."""
    try:
        while not receive.poll(POLL_S):
            if ctx.stop_event.is_set():
                end_process(process)
                raise Stopped
        status, message = receive.recv()
    except (EOFError, OSError):
        status, message = "error", QCoreApplication.translate(
            "ReportJob", "Rapportprocessen avslutades oväntat (kod %1).")
    finally:
        receive.close()
    process.join()
    if status != "ok":
        raise JobFailed(message.replace("%1", str(process.exitcode)))
    return str(message)


class ReportJob(QObject):
    """One report at a time; `cancel()` ends it (SIGTERM, then kill) and leaves no process behind."""

    finished = Signal(bool, str)  # ok, the PDF's path or the error message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process: BaseProcess | None = None
        self.job: Job | None = None
        self.path: Path | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.state is JobState.RUNNING

    def start(self, base: Scenario, proposal: Scenario, path: Path, workers: int | None,
              info: ReportInfo | None = None) -> None:
        ctx = multiprocessing.get_context("spawn")
        receive, send = ctx.Pipe(duplex=False)
        self.path = path
        self.process = ctx.Process(target=write_report_process, name="barntid-report",
                                   args=(base, proposal, str(path), workers, send, info))
        self.process.start()
        send.close()  # only the child writes; its end closing is how a crash shows
        self.job = Job(partial(wait_for_report, self.process, receive))
        self.job.connect_to(succeeded=self._on_succeeded, failed=self._on_failed)
        self.job.start()

    def _mine(self) -> bool:
        return self.job is not None and self.sender() is self.job

    def _on_succeeded(self, path: str) -> None:
        if self._mine():
            self.finished.emit(True, path)

    def _on_failed(self, message: str) -> None:
        if self._mine():
            self.finished.emit(False, message)

    def cancel(self) -> None:
        """Stop a report being written and wait until its process (and that process's pool) has ended."""
        job, self.job = self.job, None  # what it still sends is dropped
        if job is not None:
            job.stop()
            job.wait()
        if self.path is not None:  # the half-written PDF (the report writes .FILE.*.tmp.pdf, then renames it)
            for tmp in Path(self.path).parent.glob(f".{Path(self.path).name}.*.tmp.pdf"):
                tmp.unlink(missing_ok=True)


class ReportCommand(QObject):
    """The window's 'Rapport till nämnden …': the pinned comparison as today, the current scenario as the
    proposal; first the municipality, author and proposed decision, then the file; a busy indicator in the
    status bar while the report process works."""

    finished = Signal(bool, str)  # ok, the PDF's path or the error message

    def __init__(self, window: WindowApi) -> None:
        super().__init__(window.window())
        self.w = window
        self.action = QAction(self.tr("Rapport till &nämnden …"), window.window())
        tip = self.tr("PDF till socialnämnden: jämförelsen mot det aktuella scenariot")
        self.action.setStatusTip(tip)
        self.action.setToolTip(tip)
        self.action.triggered.connect(self.write)
        self.job = ReportJob(self)
        self.job.finished.connect(self._finished)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # busy: the report process says nothing until it is done
        self.busy_bar.setMaximumWidth(140)
        self.busy_bar.setToolTip(self.tr("Rapporten till nämnden skrivs …"))
        self.busy_bar.setVisible(False)
        window.statusBar().addPermanentWidget(self.busy_bar)

    def write(self) -> bool:
        w = self.w
        title = self.tr("Rapport till nämnden")
        base = w.comparison.baseline
        if base is None:
            QMessageBox.information(w.window(), title, self.tr(
                "Rapporten jämför ett utgångsläge med ett förslag. Kör utgångsläget och fäst det som jämförelse "
                "(Ctrl+B), ändra sedan scenariot till förslaget och välj Rapport till nämnden igen."))
            return False
        if self.job.busy:
            w.statusBar().showMessage(self.tr("En rapport skrivs redan."), 6000)
            return False
        info = ReportDetailsDialog.ask(w.window())  # municipality, author, the proposed decision
        if info is None:
            return False
        chosen, _f = QFileDialog.getSaveFileName(w.window(), self.tr("Spara rapport till nämnden"),
                                                 str(Path.cwd() / "rapport.pdf"), "PDF (*.pdf)")
        if not chosen:
            return False
        path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        sim = base.scenario.simulation
        workers = 1 if sim.replications * sim.years <= 2 else w.runner.workers  # a pool takes ~1 s to start
        self.job.start(base.scenario, w.document.scenario, path, workers, info)
        self.busy_bar.setVisible(True)
        self.action.setEnabled(False)
        w.statusBar().showMessage(self.tr("Skriver rapporten till nämnden (båda alternativen körs) …"))
        return True

    def _finished(self, ok: bool, message: str) -> None:
        w = self.w
        self.busy_bar.setVisible(False)
        self.action.setEnabled(True)
        if ok:
            w.statusBar().showMessage(self.tr("Rapporten är sparad: %1").replace("%1", message), 10000)
            if w.interactive:
                QMessageBox.information(w.window(), self.tr("Rapport till nämnden"),
                                        self.tr("Rapporten är sparad:\n%1").replace("%1", message))
        else:
            w.statusBar().showMessage(self.tr("Rapporten kunde inte skrivas."), 10000)
            w.show_error(self.tr("Rapporten kunde inte skrivas"), message)
        self.finished.emit(ok, message)
