"""Shared test settings: the user's data folder is a temporary one, never the real one."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BARNTID_DATA_DIR", str(tmp_path_factory.mktemp("barntid-data")))
