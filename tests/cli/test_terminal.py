"""What the command line prints: no raw escape codes from users' text, and a closed pipe ends quietly."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from barntid.cli.main import main
from barntid.sim import ScenarioError, run_experiment
from barntid.sim.experiment.history import History
from barntid.sim.scenario.io import validate
from tests.helpers import ROOT, SCENARIOS, short

ESC = "\x1b"


def test_control_characters_in_a_name_are_refused() -> None:
    with pytest.raises(ScenarioError) as exc:
        validate({"name": f"Enhet {ESC}[2J{ESC}]0;titel\x07"})
    assert exc.value.problems[0].key == "name" and "styrtecken" in exc.value.problems[0].message


def test_escape_codes_from_a_file_are_shown_not_obeyed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "s.toml"
    p.write_text('"\\u001b[31mröd" = 1\nname = "x\\u001b[2J"\n', encoding="utf-8")
    assert main(["check", str(p)]) == 2
    err = capsys.readouterr().err
    assert ESC not in err and "\\x1b[31mröd" in err


def test_history_shows_old_names_with_escape_codes_safely(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BARNTID_DATA_DIR", str(tmp_path))
    h = History()
    h.add(run_experiment(short(years=0.25), replications=2, workers=1))
    h.close()
    with sqlite3.connect(tmp_path / "history.sqlite3") as c:  # written by an older version, or by hand
        c.execute("UPDATE runs SET scenario_name = ?", (f"Sjöbo {ESC}[2J\x07",))
    assert main(["history"]) == 0
    out = capsys.readouterr().out
    assert ESC not in out and "\x07" not in out and "Sjöbo \\x1b[2J\\x07" in out


@pytest.mark.parametrize("args", [["history"], ["check", str(SCENARIOS / "sjobo-2015.toml")],
                                  ["run", str(SCENARIOS / "sjobo-2015.toml"), "-n", "2", "--years", "0.25",
                                   "--workers", "1", "--no-history"]])
def test_a_closed_pipe_ends_quietly(args: list[str], tmp_path: Path) -> None:
    env = {**os.environ, "BARNTID_DATA_DIR": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-m", "barntid.cli.main", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before anything is printed (as in `barntid history | true`)
    err = proc.stderr.read().decode()
    proc.wait(120)
    assert err == "" and proc.returncode == 141
