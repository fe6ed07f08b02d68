"""The command line: tables, JSON, exit codes, and messages instead of tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from barntid.cli.main import main
from tests.helpers import SCENARIOS

S15 = str(SCENARIOS / "sjobo-2015.toml")
S17 = str(SCENARIOS / "sjobo-2017.toml")


def test_run_json_has_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", S15, "-n", "3", "--years", "0.5", "--json", "--workers", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"scenario", "replications", "seed", "goal", "p_goal", "weeks_to_goal", "goal_date", "kpis",
                         "time_use"}
    assert data["weeks_to_goal"] is None and data["goal_date"] is None  # Sjöbo 2015 stays near 11 %
    assert data["replications"] == 3 and data["goal"] == 0.2
    for name in ("contact_share", "assessment_within_14d", "investigation_within_4m", "backlog",
                 "caseload_per_worker", "turnover_rate", "vacancy_rate", "newcomer_share", "consultant_share",
                 "annual_cost_sek"):
        kpi = data["kpis"][name]
        assert set(kpi) == {"mean", "ci95"} and len(kpi["ci95"]) == 2
    assert abs(sum(data["time_use"].values()) - 1) < 1e-5  # ten values rounded to 6 decimals


def test_run_table_is_swedish_by_default_and_english_on_request(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", S15, "-n", "2", "--years", "0.25", "--workers", "1"]) == 0
    assert "Andel tid i direktkontakt" in capsys.readouterr().out
    assert main(["run", S15, "-n", "2", "--years", "0.25", "--workers", "1", "--lang", "en"]) == 0
    assert "Contact share" in capsys.readouterr().out


def test_set_changes_a_value(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["run", S15, "-n", "2", "--years", "0.5", "--json", "--workers", "1"]
    main(args)
    base = json.loads(capsys.readouterr().out)
    main([*args, "--set", "staff.social_workers=30"])
    more = json.loads(capsys.readouterr().out)
    assert more["kpis"]["annual_cost_sek"]["mean"] > base["kpis"]["annual_cost_sek"]["mean"]


def test_out_csv_and_xlsx(tmp_path: Path) -> None:
    for name in ("r.csv", "r.xlsx"):
        out = tmp_path / name
        assert main(["run", S15, "-n", "2", "--years", "0.25", "--workers", "1", "--out", str(out)]) == 0
        assert out.stat().st_size > 100


@pytest.mark.parametrize("args,needle", [
    (["run", S15, "--set", "staff.social_workers=-3"], "staff.social_workers"),
    (["run", S15, "--set", "staff.socal_workers=3"], "Menade du 'staff.social_workers'"),
    (["run", S15, "--replications", "0"], "1–1000"),
    (["run", S15, "--set", "nonsense"], "NYCKEL=VÄRDE"),
    (["run", "/no/such/file.toml"], "kan inte läsa filen"),
    (["check", S15.replace("2015", "2099")], "kan inte läsa filen"),
])
def test_bad_input_exits_2_with_a_message(args: list[str], needle: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert needle in err and "Traceback" not in err


def test_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", S15]) == 0
    bad = tmp_path / "bad.toml"
    bad.write_text("[staff]\nsocial_workers = 'tjugo'\n[measures]\npair_visit = true\n", encoding="utf-8")
    assert main(["check", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "Socialsekreterare (staff.social_workers): värdet 'tjugo' är inte ett tal" in err
    assert "measures.pair_visit" in err


def test_bad_flag_exits_2_without_traceback() -> None:
    p = subprocess.run([sys.executable, "-m", "barntid.cli.main", "run", S15, "--replications", "many"],
                       capture_output=True, text=True)
    assert p.returncode == 2 and "Traceback" not in p.stderr and "--replications" in p.stderr


def test_compare_uses_common_random_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", S15, S17, "-n", "4", "--years", "1", "--json", "--workers", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    d = data["variants"]["Sjöbo 2017"]["contact_share"]
    assert d["difference"] > 0.03
    lo, hi = d["ci95"]
    assert lo <= d["difference"] <= hi


def test_every_command_has_working_help() -> None:
    from barntid.cli.main import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    expected = {"run", "check", "compare", "sweep", "history", "goal", "sensitivity", "calibrate", "report", "gui"}
    assert expected <= set(commands)
    for name in [None, *commands]:
        with pytest.raises(SystemExit) as exc:
            main([name, "--help"] if name else ["--help"])
        assert exc.value.code == 0, name
