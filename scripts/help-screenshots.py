"""Screenshots of what a user sees of the help: the guide opened with F1 on a form field, Om Barntid, and the
error dialog, in the real window on a real X server (Xvfb with a window manager), in one language.

    Xvfb :88 -screen 0 1600x1000x24 & DISPLAY=:88 openbox &
    DISPLAY=:88 .venv/bin/python scripts/help-screenshots.py out/help --lang sv
    DISPLAY=:88 .venv/bin/python scripts/help-screenshots.py out/help --lang en

Writes help-LANG.png (F1 on a field), guide-LANG.png (its beginning), about-LANG.png and error-LANG.png
(the whole screen, window manager frames included) in the folder given. Uses a temporary data folder and
settings, never the user's.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from shots import start_app

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("out", type=Path)
    p.add_argument("--lang", choices=["sv", "en"], default="sv")
    args = p.parse_args()
    app = start_app(args.lang)
    if app is None:
        return 2
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from barntid.gui.help.crash import CrashReporter, ErrorDialog
    from barntid.gui.window.main_window import MainWindow
    window = MainWindow(workers=1)
    window.resize(1500, 940)
    window.move(20, 20)
    window.show()
    window.open_file(ROOT / "scenarios" / "sjobo-2015.toml")
    suffix = args.lang

    def shoot(name: str) -> None:
        screen = QGuiApplication.primaryScreen()
        path = args.out / f"{name}-{suffix}.png"
        screen.grabWindow(0).save(str(path))
        print(path)

    steps: list[tuple[int, Callable[[], None]]] = []

    def focus_field() -> None:
        window.activateWindow()
        window.form.show_page_of("staff.admin_fte")
        window.form.row("staff.admin_fte").editor.focus_widget().setFocus()

    def press_f1() -> None:
        window.help.help_action.trigger()  # what F1 does, with the field focused

    def help_shot() -> None:
        shoot("help")
        assert window.help.dialog is not None
        window.help.dialog.toc.setCurrentRow(0)  # the guide from its beginning

    def guide_shot() -> None:
        shoot("guide")
        assert window.help.dialog is not None
        window.help.dialog.close()
        window.help.open_about(modal=False)

    def about_shot() -> None:
        shoot("about")
        for w in app.topLevelWidgets():
            if w.objectName() == "aboutDialog":
                w.close()
        reporter = CrashReporter(lambda: True, window)
        original = ErrorDialog.exec

        def exec_then_shoot(dialog: ErrorDialog) -> int:
            dialog.details_button.setChecked(False)
            QTimer.singleShot(1500, lambda: (shoot("error"), dialog.accept()))
            return original(dialog)

        ErrorDialog.exec = exec_then_shoot  # type: ignore[method-assign]
        try:
            raise ZeroDivisionError("division by zero")
        except ZeroDivisionError as exc:
            reporter.handle((ZeroDivisionError, exc, exc.__traceback__))
        window.document.undo_stack.setClean()
        window.close()
        app.quit()

    steps = [(1200, focus_field), (600, press_f1), (1500, help_shot), (800, guide_shot), (1500, about_shot)]
    delay = 0
    for wait, fn in steps:
        delay += wait
        QTimer.singleShot(delay, fn)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
