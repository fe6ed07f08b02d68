"""Time with children that a chief can trust (issue 12): two contact measures, contact that grows with freed
time, pair visits for chosen meetings. Directions are paired with common random numbers."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from typing import Any

import numpy as np
import pytest

from barntid.sim import ExperimentResult, load, run_experiment, run_replication
from tests.helpers import ROOT, SCENARIOS, sjobo

N = 4


def run(**changes: Any) -> ExperimentResult:
    return run_experiment(sjobo(simulation__years=1.5, **changes), replications=N, workers=2)


def paired(a: ExperimentResult, b: ExperimentResult, name: str) -> float:
    return float(np.mean(b.kpi_values(name) - a.kpi_values(name)))


def test_without_pairs_both_contact_measures_are_equal() -> None:
    r = run_replication(sjobo(simulation__years=1), 0)
    assert r.kpis["child_contact_share"] == r.kpis["contact_share"] > 0.05


def test_pairs_count_twice_for_staff_once_for_the_child() -> None:
    r = run_replication(sjobo(simulation__years=1, measures__pair_visits=True), 0)
    assert r.kpis["contact_share"] > r.kpis["child_contact_share"] > 0.05


@pytest.mark.parametrize("key,levels", [("staff__social_workers", (21, 25, 29, 33)),
                                         ("staff__admin_fte", (0.0, 1.0, 2.0, 4.0)),
                                         ("staff__assistant_fte", (0.0, 1.0, 2.0, 3.0))])
def test_more_resources_never_lower_either_contact_measure(key: str, levels: tuple[float, ...]) -> None:
    results = [run(**{key: v}) for v in levels]
    for lower, higher in itertools.pairwise(results):
        for name in ("contact_share", "child_contact_share"):
            assert paired(lower, higher, name) >= -0.002, (key, name)


def test_twenty_percent_is_reachable_without_pair_visits() -> None:
    res = run(staff__social_workers=30, staff__admin_fte=4, staff__assistant_fte=3,
              measures__mobile_documentation=True, measures__checklists=True, measures__school_contacts=True)
    assert res.kpis["contact_share"].mean >= 0.20
    assert res.kpis["child_contact_share"].mean == res.kpis["contact_share"].mean


def test_sjobo_2017_children_get_more_time_than_in_2015() -> None:
    a = run_experiment(load(SCENARIOS / "sjobo-2015.toml"), replications=N, workers=2)
    b = run_experiment(load(SCENARIOS / "sjobo-2017.toml"), replications=N, workers=2)
    assert paired(a, b, "child_contact_share") > 0.02
    assert paired(a, b, "child_hours_per_case_month") > 0.3


def test_pairs_only_where_chosen() -> None:
    everywhere = run_replication(sjobo(simulation__years=1, measures__pair_visits=True), 0)
    investigations = run_replication(sjobo(simulation__years=1, measures__pair_visits=True,
                                           measures__pair_followup_meetings=False,
                                           measures__pair_school_meetings=False), 0)
    half = run_replication(sjobo(simulation__years=1, measures__pair_visits=0.5), 0)

    def paired_part(r: Any) -> float:
        return float(r.kpis["contact_share"] - r.kpis["child_contact_share"])

    assert 0 < paired_part(investigations) < paired_part(everywhere)
    assert 0 < paired_part(half) < paired_part(everywhere)


def test_run_json_series_gives_each_weekly_mean_and_band() -> None:
    out = subprocess.run([sys.executable, "-m", "barntid", "run", str(SCENARIOS / "sjobo-2015.toml"), "-n", "2",
                          "--years", "0.5", "--json", "--series", "--no-history", "--workers", "1"],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    series = json.loads(out.stdout)["series"]
    contact = series["contact_share"]
    assert len(contact["mean"]) == len(contact["week"]) == 26
    assert all(lo <= m <= hi for lo, m, hi in zip(contact["lo"], contact["mean"], contact["hi"], strict=True))
    assert "child_contact_share" in series
