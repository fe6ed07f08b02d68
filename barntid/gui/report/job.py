"""The committee report, written in a separate process so the window stays responsive and can be closed.

The report draws the application's chart widgets, which Qt allows only in a GUI thread; a spawned process
has its own. A watcher thread waits for the process and reports back through `finished(ok, message)`.
"""

from __future__ import annotations

import multiprocessing
import threading
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar

from barntid.gui.api import WindowApi
from barntid.gui.report.process import write_report_process
from barntid.sim.scenario.schema import Scenario

STOP_TIMEOUT_S = 20.0


class ReportJob(QObject):
    """One report at a time; `cancel()` ends it (SIGTERM, then kill) and leaves no process behind."""

    finished = Signal(bool, str)  # ok, the PDF's path or the error message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process: BaseProcess | None = None
        self.watcher: threading.Thread | None = None
        self.path: Path | None = None
        self.cancelled = False

    @property
    def busy(self) -> bool:
        return self.watcher is not None and self.watcher.is_alive()

    def start(self, base: Scenario, proposal: Scenario, path: Path, workers: int | None) -> None:
        ctx = multiprocessing.get_context("spawn")
        receive, send = ctx.Pipe(duplex=False)
        self.cancelled, self.path = False, path
        self.process = ctx.Process(target=write_report_process, name="barntid-report",
                                   args=(base, proposal, str(path), workers, send))
        self.process.start()
        send.close()  # only the child writes; its end closing is how a crash shows
        self.watcher = threading.Thread(target=self._watch, args=(self.process, receive), daemon=True)
        self.watcher.start()

    def _watch(self, process: BaseProcess, receive: Connection) -> None:
        try:
            status, message = receive.recv()
        except (EOFError, OSError):
            status, message = "error", self.tr("Rapportprocessen avslutades oväntat (kod %1).")
        finally:
            receive.close()
        process.join()
        message = message.replace("%1", str(process.exitcode))
        if not self.cancelled:
            self.finished.emit(status == "ok", message)

    def cancel(self) -> None:
        """Stop a report being written and wait until its process (and that process's pool) has ended."""
        process, self.cancelled = self.process, True
        if process is not None and process.is_alive():
            process.terminate()
            process.join(STOP_TIMEOUT_S)
            if process.is_alive():
                process.kill()
                process.join()
        if self.watcher is not None:
            self.watcher.join(STOP_TIMEOUT_S)
        if self.path is not None:  # the half-written PDF (the report writes .FILE.*.tmp.pdf, then renames it)
            for tmp in Path(self.path).parent.glob(f".{Path(self.path).name}.*.tmp.pdf"):
                tmp.unlink(missing_ok=True)


class ReportCommand(QObject):
    """The window's 'Rapport till nämnden …': the pinned comparison as today, the current scenario as the
    proposal; a busy indicator in the status bar while the report process works."""

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
        chosen, _f = QFileDialog.getSaveFileName(w.window(), self.tr("Spara rapport till nämnden"),
                                                 str(Path.cwd() / "rapport.pdf"), "PDF (*.pdf)")
        if not chosen:
            return False
        path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        sim = base.scenario.simulation
        workers = 1 if sim.replications * sim.years <= 2 else w.runner.workers  # a pool takes ~1 s to start
        self.job.start(base.scenario, w.document.scenario, path, workers)
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
