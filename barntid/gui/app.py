"""Entry point of the desktop application: `barntid` or `barntid gui [SCENARIO] [--run] [--screenshot F]`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from barntid.gui import settings
from barntid.gui.help.crash import CrashReporter
from barntid.gui.i18n import lang
from barntid.gui.window.main_window import MainWindow

SCREENSHOT_SIZE = (1600, 1000)
WINDOW_SIZE = (1500, 950)  # on a screen with room for it; maximized on a smaller one
SCREENSHOT_TIMEOUT_MS = 180_000
QUIT_WHEN_SHOWN = "BARNTID_QUIT_WHEN_SHOWN"  # benchmarks/bench_start.py: the time to a visible window


def show_fitted(window: QWidget, size: tuple[int, int]) -> bool:
    """Show `window` at `size`, or maximized where the screen's free area is smaller (a 1366x768 laptop):
    never larger than the screen, with parts of it out of reach. True if maximized."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry() if screen is not None else None
    # Room for the window manager's frame and title bar around the size asked for.
    small = free is not None and (free.width() < size[0] + 20 or free.height() < size[1] + 60)
    if small and free is not None:
        window.resize(min(size[0], free.width()), min(size[1], free.height()))
        window.showMaximized()
    else:
        window.resize(*size)
        window.show()
    return small


def quit_when_shown(app: QApplication, window: MainWindow) -> None:
    """Print 'shown' once the window is on the screen (exposed and painted), then quit."""
    timer = QTimer(window)
    timer.setInterval(2)

    def check() -> None:
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            timer.stop()
            print("shown", flush=True)
            window.close()
            app.exit(0)

    timer.timeout.connect(check)
    timer.start()


class Screenshot:
    """Saves a picture of the window once the final result is in (or at once if nothing runs), then quits;
    with `report`, it first writes the committee report of that result (baseline and proposal alike)."""

    def __init__(self, app: QApplication, window: MainWindow, path: str, wait_for_run: bool,
                 report: str | None = None, scripted: bool = False) -> None:
        self.app, self.window, self.path, self.report = app, window, path, report
        self.report_job: object = None
        self.exit_code = 0
        self.done = False
        if scripted:  # a storyline script says when (take_soon) or that it failed (fail)
            QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, lambda: self._take(1))
        elif wait_for_run:
            window.run_finished.connect(self._finished)
            window.run_failed.connect(lambda _m: self._take(1))
            QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, lambda: self._take(1))
        else:
            QTimer.singleShot(800, lambda: self._take(0))

    def _finished(self, _result: object, tag: str) -> None:
        if tag != "quick":
            QTimer.singleShot(400, lambda: self._take(0))  # let the last repaint land

    def take_soon(self) -> None:
        QTimer.singleShot(600, lambda: self._take(0))  # let the last repaint land

    def fail(self, message: str) -> None:
        print(f"Skärmbilden togs inte: {message}", file=sys.stderr)
        self.done = True
        self.exit_code = 2
        QTimer.singleShot(0, self._quit)

    def _take(self, code: int) -> None:
        if self.done:
            return
        self.done = True
        self.exit_code = code
        try:  # a folder that cannot be made, or a file Qt cannot write: say so and end, never hang
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            problem = "" if self.window.grab().save(self.path) else "bilden gick inte att skriva (ange en .png-fil)"
        except OSError as exc:
            problem = exc.strerror or str(exc)
        if problem:
            print(f"Kunde inte spara skärmbilden: {self.path}: {problem}", file=sys.stderr)
            self.exit_code = 1
        if self.report and self.window.current is not None and self.exit_code == 0:
            self._write_report()
            return
        self._quit()

    def _write_report(self) -> None:
        """The committee report of the result, as Arkiv → Rapport till nämnden writes it: in its own spawned
        process (the part of the program that has to work in the bundle too)."""
        from barntid.gui.report.job import ReportJob

        result = self.window.current
        assert result is not None
        job = ReportJob(self.window)
        job.finished.connect(self._report_written)
        sim = result.scenario.simulation
        job.start(result.scenario, self.window.document.scenario, Path(self.report or ""),
                  1 if sim.replications * sim.years <= 2 else self.window.runner.workers)
        self.report_job = job

    def _report_written(self, ok: bool, message: str) -> None:
        if not ok:
            print(f"Kunde inte skriva rapporten: {message}", file=sys.stderr)
            self.exit_code = 1
        self._quit()

    def _quit(self) -> None:
        self.window.document.undo_stack.setClean()  # nobody is there to ask about saving (a storyline's steps)
        self.window.close()
        self.app.exit(self.exit_code)


def main(args: argparse.Namespace | None = None) -> int:
    """Open the main window; return the exit code."""
    if args is None:
        args = argparse.Namespace(scenario=None, run=False, screenshot=None, theme_day=False, lang=None,
                                  report=None)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Barntid")
    app.setOrganizationName(settings.ORGANISATION)
    app.setStyle("Fusion")
    lang.install(app, getattr(args, "lang", None) or settings.language())
    add_fonts_if_missing()

    shooting = bool(getattr(args, "screenshot", None))
    holder: dict[str, MainWindow] = {}
    reporter = CrashReporter(lambda: save_work(holder.get("window")), app)
    if not shooting:  # a screenshot run has nobody at the screen: errors go to stderr and the exit code
        reporter.install()
    try:
        return _run(app, args, shooting, holder)
    except Exception:
        if shooting:
            raise
        reporter.handle(sys.exc_info())  # type: ignore[arg-type]
        return 1
    finally:
        reporter.uninstall()


def save_work(window: MainWindow | None) -> bool | None:
    """Autosave the window's unsaved edits now: True if they are safe, None if there were none."""
    if window is None or not window.document.modified:
        return None
    return window.autosaver.write()


def add_fonts_if_missing() -> None:
    """A machine with no fonts at all (a bare Linux) would show every label as boxes: use matplotlib's."""
    from PySide6.QtGui import QFontDatabase

    if QFontDatabase.families():
        return
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        QFontDatabase.addApplicationFont(str(folder / name))


def _run(app: QApplication, args: argparse.Namespace, shooting: bool, holder: dict[str, MainWindow]) -> int:
    theme_day = bool(getattr(args, "theme_day", False) or getattr(args, "storyline", None))
    window = MainWindow(fullscreen_theme_day=theme_day or not shooting)  # theme day is full screen, shot too
    holder["window"] = window
    window.interactive = not shooting
    if shooting:
        window.resize(*SCREENSHOT_SIZE)
        window.show()
    else:
        show_fitted(window, WINDOW_SIZE)
    QTimer.singleShot(0, window.runner.warm_up)  # worker processes start while the user looks around
    if os.environ.get(QUIT_WHEN_SHOWN):
        quit_when_shown(app, window)

    if not shooting:
        window.offer_restore()  # unsaved edits from a Barntid that crashed or was killed

    scenario = getattr(args, "scenario", None)
    if scenario and not window.open_file(scenario) and shooting:
        window.close()
        return 2
    storyline = getattr(args, "storyline", None)
    if storyline:
        pass  # started below, once the screenshot knows to wait for it
    elif getattr(args, "theme_day", False):
        window.set_theme_day(True)  # starts a quick estimate, then refines it
    elif getattr(args, "run", False):
        window.run()

    shot = None
    if shooting:
        waits = bool(getattr(args, "run", False) or getattr(args, "theme_day", False))
        shot = Screenshot(app, window, args.screenshot, waits, getattr(args, "report", None), bool(storyline))
    if storyline:
        from barntid.gui.theme_day.script import StorylineScript

        script = StorylineScript(window, window.storylines, shot.take_soon if shot else lambda: None,
                                 shot.fail if shot else lambda m: print(m, file=sys.stderr))
        if not script.start(storyline, args.step, args.pin_step, getattr(args, "changes", {}),
                            bool(getattr(args, "preliminary", False))):
            window.document.undo_stack.setClean()
            window.close()
            return 2
    code = app.exec()
    return shot.exit_code if shot is not None else int(code)
