"""Where the shipped scenarios and storylines are: the repository's ``scenarios/`` folder, or, in the
self-contained bundle (PyInstaller), the copy inside the bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from pathlib import Path

SCENARIOS = "scenarios"


def frozen() -> bool:
    """True inside the PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def resource_root() -> Path:
    """The folder that holds the bundle's data files, or the repository root when run from source."""
    meipass = getattr(sys, "_MEIPASS", None)
    if frozen() and meipass:
        return Path(meipass)
    return Path(__file__).resolve().parents[3]


def scenarios_dir() -> Path | None:
    """The shipped scenarios (``sjobo-2015.toml`` …, ``storylines/``), if this installation has them.

    A plain ``pip install`` of the package carries no scenarios; the current folder is tried last."""
    for root in (resource_root(), Path.cwd()):
        if (root / SCENARIOS).is_dir():
            return root / SCENARIOS
    return None


def shipped(name: str) -> Path | None:
    """A shipped file by its path under ``scenarios/`` (e.g. ``storylines/sjobo.toml``), if found."""
    folder = scenarios_dir()
    if folder is not None and (folder / name).is_file():
        return folder / name
    return None
