"""The error log: unexpected errors with their tracebacks, in the user's data folder (``logs/errors.log``).

Written by the application's error dialog (barntid/gui/help/crash.py) and by a GUI job that fails for a reason
no one foresaw (barntid/gui/tasks/job.py); no Qt here.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import platform
import sys
import traceback
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from barntid import __version__
from barntid.sim.experiment.storage import data_dir

LOG_NAME = "errors.log"
MAX_LOG_BYTES = 1_000_000  # then the old log becomes errors.log.1
SEPARATOR = "-" * 78

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_path() -> Path:
    """The error log in the user's data folder (``BARNTID_DATA_DIR`` overrides the folder)."""
    base = os.environ.get("BARNTID_DATA_DIR")
    if base:
        return Path(base) / "logs" / LOG_NAME
    try:
        return data_dir() / "logs" / LOG_NAME
    except OSError:
        return Path.home() / ".barntid-errors.log"


def report_text(exc: ExcInfo, where: str = "", extra: Iterable[str] = ()) -> str:
    """The report a user can send: when, which version on what, and the traceback."""
    etype, value, tb = exc
    when = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    head = [f"Barntid {__version__}{frozen} – {when}", f"Python {platform.python_version()} on {platform.platform()}",
            *extra]
    if where:
        head.append(f"Thread: {where}")
    return "\n".join(head) + "\n\n" + "".join(traceback.format_exception(etype, value, tb))


def write_log(text: str, path: Path | None = None) -> Path:
    """Append a report to the error log (rotated at about 1 MB); raises OSError if it cannot be written."""
    path = path or log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        if path.stat().st_size > MAX_LOG_BYTES:
            path.replace(path.with_name(path.name + ".1"))
    with path.open("a", encoding="utf-8") as f:
        f.write(text.rstrip("\n") + "\n" + SEPARATOR + "\n")
    return path


def log_exception(exc: BaseException, where: str = "") -> Path | None:
    """Log an exception caught on its way to the user; None if the log cannot be written (never raises)."""
    try:
        return write_log(report_text((type(exc), exc, exc.__traceback__), where))
    except OSError:
        return None
