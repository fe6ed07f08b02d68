"""When something goes wrong: an unexpected error is never a silent exit or a traceback nobody sees.

`CrashReporter.install()` takes over ``sys.excepthook`` (errors in the GUI thread, Qt's slots included) and
``threading.excepthook`` (errors in other threads, QThreads included, handed over to the GUI thread). Each
error is written with its traceback to ``errors.log`` in the user's data folder, the work is autosaved
(``save_work``), and a dialog in the interface's language says what happened, that the work is saved, where the
log is, and offers to copy a report to the clipboard. The program goes on running. Errors while the dialog is
open are logged and counted in it, never stacked as more dialogs. ``faulthandler`` writes a hard crash of
the interpreter (a crash in native code) to the same log.
"""

from __future__ import annotations

import contextlib
import faulthandler
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from barntid.sim.experiment import errorlog

ExcInfo = errorlog.ExcInfo
SaveWork = Callable[[], bool | None]  # True: saved (or nothing to save); False: could not; None: no document
MAX_LOG_BYTES = errorlog.MAX_LOG_BYTES


def log_path() -> Path:
    return errorlog.log_path()


def write_log(text: str, path: Path | None = None) -> Path:
    return errorlog.write_log(text, path or log_path())


def report_text(exc: ExcInfo, where: str = "") -> str:
    """The report a user can send, with the Qt binding's version."""
    from PySide6 import __version__ as pyside

    return errorlog.report_text(exc, where, [f"PySide6 {pyside}"])


def tr(text: str) -> str:
    return QCoreApplication.translate("ErrorDialog", text)


class ErrorDialog(QDialog):
    """What happened, that the work is saved, where the log is; copy the report; go on working."""

    def __init__(self, summary: str, saved: bool | None, log: Path | None, report: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(tr("Ett oväntat fel inträffade"))
        self.report = report
        self.extra = 0
        if saved is True:
            work = tr("Ditt arbete är sparat: osparade ändringar har autosparats och erbjuds tillbaka om Barntid "
                      "skulle avslutas. Du kan fortsätta arbeta, men spara gärna scenariot nu.")
        elif saved is False:
            work = tr("Ditt arbete kunde inte autosparas. Spara scenariot med Spara som … innan du fortsätter.")
        else:
            work = tr("Inga osparade ändringar har gått förlorade.")
        where = (tr("Detaljerna är sparade i felloggen:\n%1").replace("%1", str(log)) if log is not None
                 else tr("Felloggen kunde inte skrivas; kopiera rapporten i stället."))
        self.message = QLabel(
            tr("Barntid stötte på ett fel som inte borde hända:") + f"\n\n{summary}\n\n{work}\n\n{where}\n\n"
            + tr("Kopiera rapporten och skicka den till den som ansvarar för Barntid hos er, med några rader om "
                 "vad du gjorde när felet inträffade."))
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMinimumWidth(560)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMinimumHeight(220)
        self.more = QLabel("")
        self.more.setVisible(False)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(tr("Kopiera rapporten"))
        self.copy_button.setObjectName("copyReport")
        self.copy_button.clicked.connect(self.copy_report)
        self.details_button = QPushButton(tr("Visa detaljer"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.details.setVisible)
        self.close_button = QPushButton(tr("Fortsätt"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box = QVBoxLayout(self)
        box.addWidget(self.message)
        box.addWidget(self.more)
        box.addWidget(self.details, 1)
        box.addWidget(buttons)

    def copy_report(self) -> None:
        clipboard = QApplication.clipboard()
        clipboard.setText(self.report)
        self.copy_button.setText(tr("Kopierad"))

    def add_another(self, report: str) -> None:
        """A further error while this dialog is open: counted here and added to the report."""
        self.extra += 1
        self.report += "\n" + report
        self.details.setPlainText(self.report)
        self.more.setText(tr("Ytterligare fel sedan dess: %1 (alla finns i rapporten och loggen).")
                          .replace("%1", str(self.extra)))
        self.more.setVisible(True)


class CrashReporter(QObject):
    """Installs the hooks; `handle(exc_info)` logs, autosaves and shows the dialog (in the GUI thread)."""

    reported = Signal(str)  # the report, once logged and shown
    _handover = Signal(object, str)  # (exc_info, thread name) from another thread to the GUI thread

    def __init__(self, save_work: SaveWork | None = None, parent: QObject | None = None,
                 parent_widget: Callable[[], QWidget | None] | None = None) -> None:
        super().__init__(parent)
        self.save_work = save_work
        self.parent_widget = parent_widget or QApplication.activeWindow
        self.dialog: ErrorDialog | None = None
        self.count = 0
        self._previous: tuple[Any, Any] | None = None
        self._fault_file: IO[str] | None = None
        self._handover.connect(self._handle_handover, Qt.ConnectionType.QueuedConnection)

    # -- hooks ------------------------------------------------------------------------------------------
    def install(self) -> CrashReporter:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        if faulthandler.is_enabled():  # someone (python -X faulthandler, pytest) already reports hard crashes
            return self
        with contextlib.suppress(OSError, ValueError, RuntimeError):
            path = log_path()
            path.parent.mkdir(parents=True, exist_ok=True)
            self._fault_file = path.open("a", encoding="utf-8")
            faulthandler.enable(self._fault_file)
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None
        if self._fault_file is not None:
            with contextlib.suppress(Exception):
                faulthandler.disable()
                self._fault_file.close()
            self._fault_file = None

    def excepthook(self, etype: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(etype, KeyboardInterrupt):
            sys.__excepthook__(etype, value, tb)
            return
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is not app.thread():
            self._handover.emit((etype, value, tb), threading.current_thread().name)
            return
        self.handle((etype, value, tb))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else ""
        self._handover.emit((args.exc_type, args.exc_value, args.exc_traceback), name)

    def _handle_handover(self, exc: ExcInfo, where: str) -> None:
        self.handle(exc, where)

    # -- what the user sees -----------------------------------------------------------------------------
    def handle(self, exc: ExcInfo, where: str = "") -> None:
        """Log, autosave, and show (or add to) the dialog. Never raises."""
        self.count += 1
        report = report_text(exc, where)
        log: Path | None
        try:
            log = write_log(report)
        except OSError:
            log = None
        with contextlib.suppress(Exception):
            sys.__stderr__.write(report) if sys.__stderr__ is not None else None
        if self.dialog is not None:
            self.dialog.add_another(report)
            self.reported.emit(report)
            return
        saved: bool | None
        try:
            saved = self.save_work() if self.save_work is not None else None
        except Exception:
            saved = False
        summary = f"{exc[0].__name__}: {exc[1]}"
        try:
            self.dialog = ErrorDialog(summary, saved, log, report, self.parent_widget())
            self.reported.emit(report)
            self.dialog.exec()
        except Exception:  # the dialog itself failed: the log and stderr still have the report
            traceback.print_exc()
        finally:
            self.dialog = None
            forget_last_error()


def forget_last_error() -> None:
    """Python keeps the last unhandled error (sys.last_value …) and with it every frame of its traceback, and
    so the windows and documents those frames refer to; once reported, let them go."""
    for name in ("last_type", "last_value", "last_traceback", "last_exc"):
        if hasattr(sys, name):
            with contextlib.suppress(AttributeError):
                delattr(sys, name)
