"""When something goes wrong: a deliberately failing job (its result handler raises in the GUI thread), and a
thread that dies, each give the error dialog (its exec monkeypatched so the test does not block), a log in
the user's data folder, an autosave of unsaved work, and a report on the clipboard."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from barntid.gui.app import save_work
from barntid.gui.document import autosave
from barntid.gui.help import crash
from barntid.gui.help.crash import CrashReporter, ErrorDialog
from barntid.gui.tasks.job import Job, JobContext


class Boom(RuntimeError):  # noqa: N818 - the name the dialog must show
    pass


class Receiver(QObject):
    """A job's receiver whose handler has a bug."""

    def done(self, _result: object) -> None:
        raise Boom("avsiktligt fel i resultatet")


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[ErrorDialog]:
    """Every error dialog that would have been shown; exec returns at once."""
    dialogs: list[ErrorDialog] = []

    def fake_exec(self: ErrorDialog) -> int:
        dialogs.append(self)
        return 0

    monkeypatch.setattr(ErrorDialog, "exec", fake_exec)
    return dialogs


@pytest.fixture
def reporter(window: Any) -> Any:
    r = CrashReporter(lambda: save_work(window), window)
    r.install()
    yield r
    r.uninstall()


@pytest.mark.qt_no_exception_capture
def test_a_failing_job_shows_the_dialog_logs_and_autosaves(window: Any, qtbot: Any, reporter: Any,
                                                           shown: list[ErrorDialog]) -> None:
    assert window.edit("staff.social_workers", 23.0)  # unsaved work
    assert not autosave.pending()
    receiver = Receiver(window)

    def work(_ctx: JobContext) -> int:
        return 42

    job = Job(work)
    job.connect_to(succeeded=receiver.done)
    with qtbot.waitSignal(reporter.reported, timeout=10_000) as blocker:
        job.start()
    report = blocker.args[0]
    assert "Boom: avsiktligt fel i resultatet" in report and "Traceback" in report and "Barntid 0.1.0" in report

    # The log in the user's data folder has the traceback.
    log = crash.log_path()
    assert log.is_file() and "avsiktligt fel i resultatet" in log.read_text(encoding="utf-8")
    # The work is saved: the autosave holds the unsaved edit.
    assert window.autosaver.path.is_file()
    assert "social_workers = 23" in window.autosaver.path.read_text(encoding="utf-8")

    # The dialog says what happened and that the work is saved, in Swedish; the report goes to the clipboard.
    assert len(shown) == 1
    dialog = shown[0]
    text = dialog.message.text()
    assert dialog.windowTitle() == "Ett oväntat fel inträffade"
    assert "Boom: avsiktligt fel i resultatet" in text
    assert "Ditt arbete är sparat" in text and str(log) in text
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == report
    assert dialog.copy_button.text() == "Kopierad"
    # The reported error's frames are let go (sys.last_value would keep them, and this window, alive).
    assert getattr(sys, "last_value", None) is None
    # The program goes on: the window is still there and usable.
    assert window.isVisible() and window.edit("staff.social_workers", 22.0)
    job.wait()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_another_thread_reaches_the_gui_thread(window: Any, qtbot: Any, reporter: Any,
                                                             shown: list[ErrorDialog]) -> None:
    def fail() -> None:
        raise ValueError("fel i en tråd")

    with qtbot.waitSignal(reporter.reported, timeout=10_000) as blocker:
        t = threading.Thread(target=fail, name="arbetstråd")
        t.start()
    t.join()
    assert "ValueError: fel i en tråd" in blocker.args[0] and "Thread: arbetstråd" in blocker.args[0]
    assert len(shown) == 1
    assert "Inga osparade ändringar har gått förlorade." in shown[0].message.text()  # nothing was unsaved


def test_a_second_error_while_the_dialog_is_open_is_added_not_stacked(window: Any, qtbot: Any,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    r = CrashReporter(lambda: None, window)
    opened: list[ErrorDialog] = []

    def fake_exec(self: ErrorDialog) -> int:
        opened.append(self)
        try:  # an error raised while the dialog is open (from a timer, a repaint …)
            raise KeyError("två")
        except KeyError as exc:
            r.handle((KeyError, exc, exc.__traceback__))
        return 0

    monkeypatch.setattr(ErrorDialog, "exec", fake_exec)
    try:
        raise Boom("ett")
    except Boom as exc:
        r.handle((Boom, exc, exc.__traceback__))
    assert len(opened) == 1
    assert opened[0].extra == 1 and "KeyError" in opened[0].report and opened[0].more.text()
    assert crash.log_path().read_text(encoding="utf-8").count("-" * 78) == 2  # two reports


def test_a_log_that_cannot_be_written_still_shows_the_dialog(window: Any, monkeypatch: pytest.MonkeyPatch,
                                                             shown: list[ErrorDialog], tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setattr(crash, "log_path", lambda: blocker / "logs" / "errors.log")  # a file where a folder is
    r = CrashReporter(lambda: False, window)
    try:
        raise Boom("utan logg")
    except Boom as exc:
        r.handle((Boom, exc, exc.__traceback__))
    text = shown[0].message.text()
    assert "Felloggen kunde inte skrivas" in text and "kunde inte autosparas" in text


def test_the_log_is_rotated(tmp_path: Path) -> None:
    log = tmp_path / "logs" / "errors.log"
    crash.write_log("a" * (crash.MAX_LOG_BYTES + 10), log)
    crash.write_log("ny rapport", log)
    assert log.read_text(encoding="utf-8").startswith("ny rapport")
    assert log.with_name("errors.log.1").stat().st_size > crash.MAX_LOG_BYTES


def test_the_error_dialog_in_english(qapp: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    from barntid.gui.i18n import lang

    lang.install(QCoreApplication.instance(), "en")
    try:
        d = ErrorDialog("Boom: x", True, Path("/tmp/errors.log"), "report")
        assert d.windowTitle() == "An unexpected error occurred"
        assert "Your work is saved" in d.message.text()
    finally:
        lang.install(QCoreApplication.instance(), "sv")


def test_a_job_that_fails_unforeseen_is_logged_and_said_in_words(qtbot: Any) -> None:
    """A bug inside a job's function: the job fails as before (the window says so), and the traceback is in
    the error log for a report. A foreseen failure (JobFailed) is not logged."""
    from barntid.gui.tasks.job import JobFailed

    class Holder(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.messages: list[str] = []

        def failed(self, message: str) -> None:
            self.messages.append(message)

    def buggy(_ctx: JobContext) -> None:
        {}["saknad nyckel"]  # the deliberate bug

    def refused(_ctx: JobContext) -> None:
        raise JobFailed("Rapporten kunde inte skrivas")

    holder = Holder()
    for fn in (buggy, refused):
        job = Job(fn)
        job.connect_to(failed=holder.failed)
        with qtbot.waitSignal(job.failed, timeout=10_000):
            job.start()
        job.wait()
    qtbot.waitUntil(lambda: len(holder.messages) == 2)
    assert holder.messages == ["KeyError: 'saknad nyckel'", "Rapporten kunde inte skrivas"]
    log = crash.log_path().read_text(encoding="utf-8")
    assert "KeyError: 'saknad nyckel'" in log and "in buggy" in log and "Thread: job Job" in log
    assert "Rapporten kunde inte skrivas" not in log
