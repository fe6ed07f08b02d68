"""Decision commands: bad levers and keys are named, undefined numbers never crash or print NaN."""

from __future__ import annotations

import json
import time

import pytest

from barntid.cli.main import main
from tests.helpers import SCENARIOS

S15 = str(SCENARIOS / "sjobo-2015.toml")
QUICK = ["-n", "2", "--years", "0.25", "--workers", "1"]
NO_STAFF = ["--set", "staff.social_workers=0"]


def _no_nan(text: str) -> object:
    def refuse(token: str) -> object:
        raise AssertionError(f"{token} is not JSON")

    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize("lever", ["staff.admin_fte=0:inf:1", "staff.admin_fte=nan:1:1", "staff.admin_fte=0:200:1e-6",
                                   "staff.admin_fte=-inf:0:1", "staff.admin_fte=" + ",".join(["1"] * 1001)])
def test_goal_lever_grid_is_checked(lever: str, capsys: pytest.CaptureFixture[str]) -> None:
    t = time.perf_counter()
    assert main(["goal", S15, *QUICK, "--lever", lever]) == 2
    assert time.perf_counter() - t < 10
    err = capsys.readouterr().err
    assert "--lever" in err and "Traceback" not in err


@pytest.mark.parametrize("keys", ["staff.bogus", "name", "demand.seasonal", "staff", "measures.checklists",
                                  "", "staff.social_workers,,", "demand.surges.0.weeks"])
def test_sensitivity_bad_keys_are_named(keys: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sensitivity", S15, *QUICK, "--keys", keys]) == 2
    err = capsys.readouterr().err
    assert "--keys" in err and "Traceback" not in err


def test_sensitivity_json_without_staff_is_valid_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sensitivity", S15, *QUICK, *NO_STAFF, "--keys", "staff.admin_fte", "--json"]) == 0
    data = _no_nan(capsys.readouterr().out)
    assert isinstance(data, dict) and data["base"] is None


def test_sensitivity_table_says_percentage_points(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sensitivity", S15, *QUICK, "--keys", "staff.admin_fte"]) == 0
    out = capsys.readouterr().out
    assert "p,e," not in out and "p.e." in out and "nan" not in out


def test_compare_half_width_with_an_undefined_contact_share(tmp_path: object,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", S15, S15, *QUICK, *NO_STAFF, "--half-width", "0.005", "--json"]) == 0
    data = _no_nan(capsys.readouterr().out)
    assert isinstance(data, dict)
