"""Where Barntid keeps the user's data: the platform's user data folder (BARNTID_DATA_DIR overrides it)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir


def data_dir() -> Path:
    path = Path(os.environ.get("BARNTID_DATA_DIR") or user_data_dir("barntid", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
