"""Decision support in the core: sensitivity, calibration and storylines."""

from __future__ import annotations

from pathlib import Path

import pytest

from barntid.sim import ScenarioError, load
from barntid.sim.decision.calibrate import calibrate
from barntid.sim.decision.sensitivity import numeric_keys, sobol, tornado
from barntid.sim.scenario.storyline import load_storyline
from tests.helpers import SCENARIOS, short


def test_tornado_ranks_staff_and_demand_above_minor_efforts() -> None:
    sc = short(years=1)
    keys = ["staff.social_workers", "demand.reports_per_week", "efforts.protection_hours"]
    t = tornado(sc, keys, replications=4, workers=2)
    assert [b.key for b in t.bars][-1] == "efforts.protection_hours"
    sw = next(b for b in t.bars if b.key == "staff.social_workers")
    assert sw.low < t.base < sw.high  # more staff, more contact
    rep = next(b for b in t.bars if b.key == "demand.reports_per_week")
    assert rep.low > t.base > rep.high  # more reports, less contact


def test_numeric_keys_skip_switches_and_lists() -> None:
    keys = numeric_keys(short())
    assert "staff.social_workers" in keys and "measures.pair_visits" not in keys
    assert "demand.seasonal" not in keys


def test_sobol_indices_find_the_influential_parameter() -> None:
    s = sobol(short(years=0.5), ["staff.social_workers", "efforts.protection_hours"], base_samples=8,
              replications=2, workers=2)
    assert s.runs == 8 * (2 + 2)
    assert s.total[0] > s.total[1]


def test_calibration_reproduces_the_national_time_study() -> None:
    target = {"contact": 0.13, "documentation": 0.35, "administration": 0.11, "travel": 0.09,
              "supervision": 0.03, "development": 0.02}
    fit = calibrate(short(years=1), target, tolerance=0.01, workers=2)
    assert fit.worst <= 0.01, fit.achieved
    assert fit.scenario.efforts != short(years=1).efforts


def test_calibration_rejects_impossible_targets() -> None:
    with pytest.raises(ScenarioError, match="okänd kategori"):
        calibrate(short(), {"coffee": 0.1})
    with pytest.raises(ScenarioError, match="100 %"):
        calibrate(short(), {"contact": 0.6, "documentation": 0.5})


def test_sjobo_storyline_walks_from_2015_to_2017() -> None:
    story = load_storyline(SCENARIOS / "storylines" / "sjobo.toml")
    first, *_, last = story.steps
    s15, s17 = load(SCENARIOS / "sjobo-2015.toml"), load(SCENARIOS / "sjobo-2017.toml")
    assert first.scenario.measures == s15.measures
    step_2017 = next(s for s in story.steps if "2017" in s.title)
    assert step_2017.scenario.measures == s17.measures
    assert step_2017.scenario.staff == s17.staff
    assert last.scenario.staff.assistant_fte == 1.0


def test_storyline_with_a_typo_names_the_step(tmp_path: Path) -> None:
    (tmp_path / "base.toml").write_text('name = "x"\n', encoding="utf-8")
    (tmp_path / "s.toml").write_text('name = "s"\nbase = "base.toml"\n[[step]]\ntitle = "Ett"\n'
                                     'changes = { "staff.admin_ft" = 2 }\n', encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"step 1 \(Ett\)"):
        load_storyline(tmp_path / "s.toml")


def test_goal_cli_json_settings_are_confirmed_by_a_rerun(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from barntid.cli.main import main

    s15 = str(SCENARIOS / "sjobo-2015.toml")
    assert main(["goal", s15, "--target", "0.11", "--probability", "0.8", "--years", "1", "-n", "6", "--json",
                 "--lever", "staff.admin_fte=1:3:0.5", "--lever", "measures.mobile_documentation=false,true"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert isinstance(plan["settings"], dict) and plan["settings"]
    assert plan["holds"] and plan["plan"]["p_goal"] >= 0.8 and plan["confirmation"]["holds"]
    sets = [x for k, v in plan["settings"].items() for x in ("--set", f"{k}={str(v).lower()}")]
    assert main(["run", s15, "--years", "1", "-n", "10", "--seed", "99", "--json", "--set", "simulation.goal=0.11",
                 *sets]) == 0
    rerun = json.loads(capsys.readouterr().out)
    assert rerun["p_goal"] >= 0.7 and rerun["kpis"]["contact_share"]["mean"] >= 0.11


def test_sensitivity_and_calibrate_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from barntid.cli.main import main

    s15 = str(SCENARIOS / "sjobo-2015.toml")
    assert main(["sensitivity", s15, "--keys", "staff.social_workers,efforts.protection_hours", "-n", "3",
                 "--years", "0.5"]) == 0
    out = capsys.readouterr().out
    assert out.index("staff.social_workers") < out.index("efforts.protection_hours")
    fitted = tmp_path / "fitted.toml"
    code = main(["calibrate", s15, "--target", "documentation=0.35", "--target", "administration=0.11",
                 "--out", str(fitted)])
    assert code == 0, capsys.readouterr()
    assert "# Sjöbo hade omkring 18 900 invånare" in fitted.read_text(encoding="utf-8")  # comments kept
    assert load(fitted).efforts != load(s15).efforts
    assert main(["calibrate", s15, "--target", "contact=hög"]) == 2


def test_sobol_on_a_dask_cluster_equals_the_local_pool() -> None:
    import dask.distributed as distributed

    from barntid.sim.experiment.sweep import DaskCluster

    sc = short(years=0.25)
    keys = ["staff.social_workers", "staff.admin_fte"]
    local = sobol(sc, keys, base_samples=4, replications=2, workers=2)
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
                                  silence_logs=40) as cluster, DaskCluster(cluster.scheduler_address) as dask:
        remote = sobol(sc, keys, base_samples=4, replications=2, pool=dask.executor)
    assert remote.first == local.first and remote.total == local.total
