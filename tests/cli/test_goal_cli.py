"""barntid goal: a plan that holds or 'Ingen plan hittades' with the nearest candidate, in words and in JSON."""

from __future__ import annotations

import json

import pytest

from barntid.cli.main import main
from tests.helpers import SCENARIOS

S15 = str(SCENARIOS / "sjobo-2015.toml")
QUICK = ["-n", "3", "--years", "0.25", "--workers", "1", "--search-replications", "2"]


def test_goal_json_has_plan_today_confirmation_and_frontier(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["goal", S15, *QUICK, "--lever", "measures.pair_visits=false,true", "--lever",
            "staff.admin_fte=1:2:0.5", "--target", "0.13", "--json"]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["holds"] is True and out["plan"]["settings"] == out["settings"]
    assert out["today"]["replications"] == 3 and out["confirmation"]["replications"] == [0, 2]
    assert out["search"]["replications"] == [3, 4]  # other replications than the check's
    for key in ("contact_share", "child_contact_share"):
        assert set(out["plan"][key]) == {"mean", "ci95"} and set(out["today"][key]) == {"mean", "ci95"}
    assert out["plan"]["p_goal"] >= 0.8 and out["nearest"] is None and out["frontier"]
    # Children's time may not fall: pair visits alone no longer do.
    assert main([*args, "--keep-child-time"]) == 0
    kept = json.loads(capsys.readouterr().out)
    assert kept["keep_child_time"] is True and kept["settings"] != {"measures.pair_visits": True}
    if kept["plan"] is not None:
        assert kept["plan"]["child_contact_share"]["mean"] >= kept["today"]["child_contact_share"]["mean"]


def test_goal_without_a_plan_names_the_nearest(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["goal", S15, *QUICK, "--lever", "staff.admin_fte=1:2:0.5", "--target", "0.6"]) == 0
    text = capsys.readouterr().out
    assert "Ingen plan hittades inom dessa hävstänger." in text
    assert "Närmast kom staff.admin_fte=2.0" in text and "under målet" in text
    assert "Personalens kontakttid" in text and "Barnens tid" in text
    assert main(["goal", S15, *QUICK, "--lever", "staff.admin_fte=1:2:0.5", "--target", "0.6", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["holds"] is False and out["settings"] is None and out["plan"] is None
    assert out["nearest"]["gap"]["contact_share"] > 0


def test_goal_search_replications_are_checked(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["goal", S15, *QUICK[:-2], "--search-replications", "1"]) == 2
    assert "--search-replications" in capsys.readouterr().err
