"""What runs inside the pool's worker processes: no Qt here (this module is imported by spawned workers).

Workers lower their own scheduling priority once, so a window on a busy 2-core machine keeps drawing while
replications run; on an otherwise idle machine they still get all the spare CPU.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
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

