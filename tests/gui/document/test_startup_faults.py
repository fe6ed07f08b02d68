"""The application starts whatever it finds: malformed autosaves, a data folder it cannot write, and a
screenshot it cannot save ends with a message instead of hanging."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from barntid.gui.document import autosave
from tests.gui.gui_helpers import ROOT

MALFORMED = ["[1, 2]", '{"path": 5}', '{"saved": "igår"}', '{"saved": 1e999}', '"text"', "{", '{"path": ["a"]}']


@pytest.mark.parametrize("meta", MALFORMED)
def test_malformed_autosave_is_removed_not_fatal(meta: str) -> None:
    folder = autosave.folder()
    (folder / "k.json").write_text(meta, encoding="utf-8")
    (folder / "k.toml").write_text('name = "x"\n', encoding="utf-8")
    assert autosave.pending() == []
    assert not (folder / "k.json").exists() and not (folder / "k.toml").exists()


def test_window_starts_when_the_data_folder_cannot_be_made(window: Any, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("BARNTID_DATA_DIR", str(blocker / "data"))  # its parent is a file: never creatable
    assert autosave.pending() == []
    assert window.offer_restore() is False
    assert "a-file" in window.statusBar().currentMessage()


def _gui(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BARNTID_DATA_DIR": str(data)}
    return subprocess.run([sys.executable, "-m", "barntid.cli.main", "gui", *args], capture_output=True, text=True,
                          timeout=90, env=env, cwd=ROOT, check=False)


def test_screenshot_into_a_folder_that_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    done = _gui("--screenshot", str(blocker / "sub" / "shot.png"), data=tmp_path / "data")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "Kunde inte spara skärmbilden" in done.stderr


def test_gui_starts_with_an_unusable_data_folder_and_malformed_autosave(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    done = _gui("--screenshot", str(tmp_path / "shot.png"), data=blocker / "data")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
