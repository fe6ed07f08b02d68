"""A scenario whose work is beyond this machine is refused before it starts, saying what to reduce."""

from __future__ import annotations

from pathlib import Path

import pytest

from barntid.cli.main import main
from barntid.sim import ScenarioError, load, run_experiment
from barntid.sim.experiment import workload
from tests.helpers import SCENARIOS, sjobo

ABSURD = {"demand__reports_per_week": 2000.0, "staff__social_workers": 1.0, "simulation__years": 10.0,
          "demand__surges": [{"start_week": 0, "weeks": 520, "multiplier": 10.0}]}


def test_absurd_scenario_is_refused_before_it_starts() -> None:
    with pytest.raises(ScenarioError) as exc:
        run_experiment(sjobo(**ABSURD), replications=2, workers=1)
    text = str(exc.value)
    assert "Orosanmälningar" in text and "Simulerade år" in text  # the labels the user sees, not keys
    assert "reports_per_week" not in text and "simulation.years" not in text


def test_memory_estimate_counts_parallel_replications(monkeypatch: pytest.MonkeyPatch) -> None:
    sc = sjobo(demand__reports_per_week=500.0, staff__social_workers=2.0, simulation__years=5.0)
    _, memory = workload.estimate(sc)
    monkeypatch.setattr(workload, "physical_memory", lambda: 3 * memory / workload.MEMORY_SHARE)
    workload.check(sc, 2, 2)
    with pytest.raises(ScenarioError, match="--workers"):
        workload.check(sc, 8, 4)


def test_shipped_scenarios_are_far_below_the_limits() -> None:
    for path in SCENARIOS.glob("*.toml"):
        events, memory = workload.estimate(load(path))
        assert events < workload.MAX_EVENTS / 100 and memory < 1e9


def test_cli_refuses_with_status_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "absurd.toml"
    p.write_text('[demand]\nreports_per_week = 2000.0\nsurges = [{start_week = 0, weeks = 520, multiplier = 10.0}]\n'
                 '[staff]\nsocial_workers = 1.0\n[simulation]\nyears = 10.0\n', encoding="utf-8")
    assert main(["run", str(p), "-n", "2"]) == 2
    err = capsys.readouterr().err
    assert "för stort" in err and "Traceback" not in err
