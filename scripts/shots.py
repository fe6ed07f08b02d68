"""What the screenshot scripts share: a real Qt application on an X display (Xvfb), with its own settings and
data in a temporary folder so that the user's history and window layout are neither read nor touched.

    from shots import start_app
    app = start_app("sv")  # None (and a message) when DISPLAY is not set
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any


def start_app(lang_code: str = "sv") -> Any:
    """The QApplication, named and styled as the application is, with `lang_code`'s translation installed."""
    if not os.environ.get("DISPLAY"):
        print("Sätt DISPLAY (t.ex. Xvfb :85 -screen 0 1600x1000x24 & och DISPLAY=:85)", file=sys.stderr)
        return None
    tmp = Path(tempfile.mkdtemp(prefix="barntid-shots-"))
    os.environ["BARNTID_DATA_DIR"] = str(tmp / "data")
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from barntid.gui.i18n import lang

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Barntid")
    app.setStyle("Fusion")
    lang.install(app, lang_code)
    return app


def pause(ms: int) -> None:
    """Let the event loop run for `ms` milliseconds (repaints, layouts, timers)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait(signal: Any, ms: int = 1_800_000) -> None:
    """Let the event loop run until `signal` is emitted, or `ms` milliseconds at most."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(out: Path, name: str, settle_ms: int = 700) -> Path:
    """The whole screen as out/name.png, after `settle_ms` for the last repaint; prints the path."""
    from PySide6.QtGui import QGuiApplication

    pause(settle_ms)
    path = out / f"{name}.png"
    QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
    print(path)
    return path
