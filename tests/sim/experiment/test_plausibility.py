"""Runs that cannot mean anything are refused before they start; extreme results get a plain warning."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from barntid.cli.main import main
from barntid.sim import run_experiment
from barntid.sim.experiment import plausibility
from tests.helpers import SCENARIOS, short

S15 = str(SCENARIOS / "sjobo-2015.toml")


def test_an_overwhelmed_unit_gets_plain_warnings_and_a_normal_one_none() -> None:
    extreme = run_experiment(short(years=0.25, staff__social_workers=1.0), replications=2, workers=1)
    notes = plausibility.warnings(extreme)
    assert any("Nästan ingen tid går till möten med barn och familjer" in n for n in notes), notes
    normal = run_experiment(short(years=0.25), replications=2, workers=1)
    assert plausibility.warnings(normal) == []
    single = run_experiment(short(years=0.25), replications=1, workers=1)
    assert any("en enda körning" in n for n in plausibility.warnings(single))


def test_the_command_line_refuses_a_unit_without_social_workers_before_running(capsys: Any) -> None:
    assert main(["run", S15, "--set", "staff.social_workers=0", "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert "Socialsekreterare (staff.social_workers): enheten har inga socialsekreterare" in err
    assert "replikering" not in err


def test_the_command_line_warns_of_an_extreme_result_on_stderr(capsys: Any) -> None:
    code = main(["run", S15, "--set", "staff.social_workers=1", "-n", "2", "--years", "0.25", "--workers", "1",
                 "--json", "--no-history"])
    out, err = capsys.readouterr()
    assert code == 0 and out.lstrip().startswith("{")  # stdout stays machine-readable
    assert "Obs: Nästan ingen tid går till möten" in err


def test_the_command_line_explains_file_problems(tmp_path: Path, capsys: Any) -> None:
    empty = tmp_path / "tom.toml"
    empty.write_text("", encoding="utf-8")
    assert main(["check", str(empty)]) == 2
    assert "filen är tom" in capsys.readouterr().err
    ansi = tmp_path / "ansi.toml"
    ansi.write_bytes("name = 'Sjöbo'\n".encode("cp1252"))
    assert main(["check", str(ansi)]) == 0
    out, err = capsys.readouterr()
    assert "giltigt scenario 'Sjöbo'" in out and "Obs:" in err and "Windows-1252" in err


@pytest.mark.parametrize(("setting", "expected"), [
    ("staff.social_worker=3", "Menade du 'staff.social_workers' (Socialsekreterare)?"),
    ("demand.share_to_investigation=1.5", "Andel som leder till utredning (demand.share_to_investigation): värdet "
                                          "1.5 är utanför det tillåtna intervallet 0–1 (0–100 %)"),
])
def test_set_errors_name_the_field(setting: str, expected: str, capsys: Any) -> None:
    assert main(["run", S15, "--set", setting, "--workers", "1"]) == 2
    assert expected in capsys.readouterr().err
