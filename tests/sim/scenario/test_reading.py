"""Reading scenario and storyline files: never more than the limit, never a device, never outside the folder."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from barntid.cli.main import main
from barntid.sim import ScenarioError, load
from barntid.sim.scenario.io import MAX_FILE_BYTES
from barntid.sim.scenario.storyline import load_storyline
from tests.helpers import SCENARIOS


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero (an endless device)")
def test_check_dev_zero_is_refused_at_once(capsys: pytest.CaptureFixture[str]) -> None:
    t = time.perf_counter()
    assert main(["check", "/dev/zero"]) == 2
    assert time.perf_counter() - t < 2
    assert "vanlig fil" in capsys.readouterr().err


def test_a_growing_file_is_read_only_up_to_the_limit(tmp_path: Path) -> None:
    """A file whose size says small but which is larger when read (or grows) is still cut at the limit."""
    p = tmp_path / "big.toml"
    p.write_bytes(b"#" * (3 * MAX_FILE_BYTES))
    with pytest.raises(ScenarioError, match="gränsen"):
        load(p)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes (mkfifo) exist only on POSIX systems")
def test_a_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    result: list[BaseException] = []

    def read() -> None:
        try:
            load(fifo)
        except ScenarioError as exc:
            result.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(5)
    assert not reader.is_alive(), "loading a named pipe waited for a writer"
    assert "vanlig fil" in str(result[0])


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="mapp"):
        load(tmp_path)


@pytest.mark.parametrize("base", ["/dev/zero", "/etc/passwd", "../../outside.toml", "sub/../../../x.toml",
                                  "notes.txt"])
def test_storyline_base_stays_near_the_storyline(base: str, tmp_path: Path) -> None:
    folder = tmp_path / "a" / "storylines"
    folder.mkdir(parents=True)
    (tmp_path / "outside.toml").write_text('name = "x"\n', encoding="utf-8")
    p = folder / "s.toml"
    p.write_text(f'name = "S"\nbase = "{base}"\n[[step]]\ntitle = "Ett"\n', encoding="utf-8")
    t = time.perf_counter()
    with pytest.raises(ScenarioError) as exc:
        load_storyline(p)
    assert time.perf_counter() - t < 2
    assert exc.value.problems[0].key == "base"


def test_shipped_storyline_still_loads() -> None:
    assert load_storyline(SCENARIOS / "storylines" / "sjobo.toml").steps
