"""Entry point of the desktop application: `barntid` or `barntid gui [SCENARIO] [--run] [--screenshot F]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from barntid.gui import settings
from barntid.gui.i18n import lang
from barntid.gui.window.main_window import MainWindow

SCREENSHOT_SIZE = (1600, 1000)
SCREENSHOT_TIMEOUT_MS = 180_000


class Screenshot:
    """Saves a picture of the window once the final result is in (or at once if nothing runs), then quits."""

    def __init__(self, app: QApplication, window: MainWindow, path: str, wait_for_run: bool) -> None:
        self.app, self.window, self.path = app, window, path
        self.exit_code = 0
        self.done = False
        if wait_for_run:
            window.run_finished.connect(self._finished)
            window.run_failed.connect(lambda _m: self._take(1))
            QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, lambda: self._take(1))
        else:
            QTimer.singleShot(800, lambda: self._take(0))

    def _finished(self, _result: object, tag: str) -> None:
        if tag != "quick":
            QTimer.singleShot(400, lambda: self._take(0))  # let the last repaint land

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
        self.window.close()
        self.app.exit(self.exit_code)


def main(args: argparse.Namespace | None = None) -> int:
    """Open the main window; return the exit code."""
    if args is None:
        args = argparse.Namespace(scenario=None, run=False, screenshot=None, theme_day=False, lang=None)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Barntid")
    app.setOrganizationName(settings.ORGANISATION)
    app.setStyle("Fusion")
    lang.install(app, getattr(args, "lang", None) or settings.language())

    shooting = bool(getattr(args, "screenshot", None))
    window = MainWindow(fullscreen_theme_day=not shooting)
    window.interactive = not shooting
    if shooting:
        window.resize(*SCREENSHOT_SIZE)
    else:
        window.resize(1500, 950)
    window.show()
    QTimer.singleShot(0, window.runner.warm_up)  # worker processes start while the user looks around

    if not shooting:
        window.offer_restore()  # unsaved edits from a Barntid that crashed or was killed

    scenario = getattr(args, "scenario", None)
    if scenario and not window.open_file(scenario) and shooting:
        window.close()
        return 2
    if getattr(args, "theme_day", False):
        window.set_theme_day(True)  # starts a quick estimate, then refines it
    elif getattr(args, "run", False):
        window.run()

    shot = None
    if shooting:
        waits = bool(getattr(args, "run", False) or getattr(args, "theme_day", False))
        shot = Screenshot(app, window, args.screenshot, waits)
    code = app.exec()
    return shot.exit_code if shot is not None else int(code)
