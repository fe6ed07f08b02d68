"""Writing files safely: never half a file, never a formula in a spreadsheet cell."""

from __future__ import annotations

import math
import os
import tempfile
from pathlib import Path
from typing import Any


def atomic_write(path: str | os.PathLike[str], text: str) -> None:
    """Write text to path via a temporary file in the same folder, then replace: never half a file."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def safe_cell(value: Any) -> Any:
    """Neutralise text that a spreadsheet would read as a formula; leave numbers alone."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value
