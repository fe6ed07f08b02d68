"""Output files: refused before the run when they cannot be written, never a traceback or a stray .tmp."""

from __future__ import annotations

from pathlib import Path

import pytest

from barntid.cli.main import main
from barntid.present.export import write_xlsx
from barntid.sim import run_experiment
from tests.helpers import SCENARIOS, short

S15 = str(SCENARIOS / "sjobo-2015.toml")
RUN = ["run", S15, "-n", "2", "--years", "0.25", "--workers", "1"]


@pytest.mark.parametrize("out", ["x.pdf", "x.txt", "x"])
def test_run_out_with_a_wrong_ending_is_refused(out: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*RUN, "--out", str(tmp_path / out)]) == 2
    err = capsys.readouterr().err
    assert "--out" in err and ".csv" in err and ".xlsx" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", [[*RUN, "--out"], ["report", S15, S15, "-n", "2", "--years", "0.25", "--out"]])
def test_out_to_a_folder_is_refused_with_a_message(command: list[str], tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / ("r.csv" if command[0] == "run" else "r.pdf")
    folder.mkdir()
    assert main([*command, str(folder)]) == 2
    err = capsys.readouterr().err
    assert "mapp" in err and "Traceback" not in err
    assert [p.name for p in tmp_path.iterdir()] == [folder.name]


def test_out_into_a_missing_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*RUN, "--out", str(tmp_path / "nej" / "r.xlsx")]) == 2
    assert "finns inte" in capsys.readouterr().err


def test_xlsx_with_control_characters_in_the_name(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    # names are validated now, but a result from an older history can still carry them
    sc = short(years=0.25).model_copy(update={"name": "Enhet\x01\x1b[31m röd\x07"})
    write_xlsx(tmp_path / "r.xlsx", [run_experiment(sc, replications=2, workers=1)])
    ws = load_workbook(tmp_path / "r.xlsx")["Nyckeltal"]
    assert ws.cell(row=2, column=1).value == "Enhet[31m röd"
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"]
