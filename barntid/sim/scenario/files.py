"""Writing files safely: never half a file, never a formula in a spreadsheet cell.

`atomic_write` (and `atomic_path` for libraries that write to a file name themselves) write to a temporary
file in the target's folder and rename it over the target, so a crash or a full disk leaves either the old
file or the new one, never half of one, and never a stray temporary file. A symbolic link is written
through (its target is replaced, the link stays a link); an existing file keeps its permissions; a new file
gets the permissions the user's umask gives; anything that is not a regular file (a folder, a device such
as /dev/full, a pipe) is refused before anything is written.
"""

from __future__ import annotations

import contextlib
import errno
import math
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def _umask() -> int:
    """The process's umask, read without changing it where the platform allows (threads may be running)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    old = os.umask(0o022)
    os.umask(old)
    return old


def resolve_target(path: str | os.PathLike[str]) -> Path:
    """The file a write to `path` must replace: symbolic links followed; refuse what is not a regular file."""
    target = Path(os.path.realpath(os.fspath(path)))
    try:
        st = target.stat()
    except FileNotFoundError:
        return target
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(errno.EISDIR, "är en mapp, inte en fil; ange ett filnamn", os.fspath(path))
    if not stat.S_ISREG(st.st_mode):
        raise OSError(errno.EINVAL, "är inte en vanlig fil (t.ex. en enhet eller en pipe); ange ett filnamn",
                      os.fspath(path))
    return target


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], suffix: str = "") -> Iterator[Path]:
    """A temporary path beside `path` to write to; on success it replaces `path`, on any failure it is removed.

    `suffix` ends the temporary name (some libraries choose the format by the file name's ending).
    """
    target = resolve_target(path)
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=f".tmp{suffix}", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, mode)
        with open(tmp, "rb") as fh:  # the data is on disk before the name points at it
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable where the platform allows
        dir_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def atomic_write(path: str | os.PathLike[str], text: str) -> None:
    """Write text (UTF-8, line endings as given) to path via a temporary file: never half a file."""
    with atomic_path(path) as tmp, open(tmp, "wb") as fh:
        fh.write(text.encode("utf-8"))
        fh.flush()


def safe_cell(value: Any) -> Any:
    """Neutralise text that a spreadsheet would read as a formula; leave numbers alone."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value
