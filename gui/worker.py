"""What runs inside the pool's worker processes: no Qt here (this module is imported by spawned workers).

Workers lower their own scheduling priority once, so a window on a busy 2-core machine keeps drawing while
replications run; on an otherwise idle machine they still get all the spare CPU. The committee report is
written in a process of its own (`write_report_process`), which imports Qt there, not here.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any

NICENESS = 5
_state = {"niced": False}


def _lower_priority() -> None:
    if _state["niced"]:
        return
    _state["niced"] = True
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(NICENESS)


def call_politely(fn: Callable[..., Any], *args: Any) -> Any:
    """Run fn(*args) in a worker after lowering the worker's priority (first call only)."""
    _lower_priority()
    return fn(*args)


class PolitePool:
    """Wraps a process pool so that every submitted call runs at lower priority (duck-types Executor.submit)."""

    def __init__(self, pool: Executor) -> None:
        self.pool = pool

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Future[Any]:
        return self.pool.submit(call_politely, fn, *args)


def _exit_on_sigterm(_signum: int, _frame: object) -> None:
    raise SystemExit(1)  # unwinds run_experiment, which shuts its own pool down: no processes left behind


def write_report_process(base: Any, proposal: Any, path: str, workers: int | None, conn: Any) -> None:
    """Entry of the report process: the committee PDF drawn with its own offscreen Qt, in its main thread.

    Sends ("ok", path) or ("error", message) through conn; SIGTERM (cancel) ends it cleanly."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        from gui.report import write_report

        write_report(base, proposal, path, workers=workers)
    except Exception as exc:  # reported in the window, never lost
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    else:
        conn.send(("ok", path))
    finally:
        conn.close()
