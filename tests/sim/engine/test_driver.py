"""Light processes (barntid/sim/engine/driver.py) keep SimPy's order of events exactly."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
import simpy

from barntid.sim.engine.driver import Alarm, call_soon, spawn


def toy(start: Callable[[simpy.Environment, Any], None], light: bool, seed: int = 7) -> list[tuple[float, str]]:
    """Processes with random, tied (whole-day) and zero delays that start children while they run."""
    env = simpy.Environment()
    rng = np.random.default_rng(seed)
    log: list[tuple[float, str]] = []

    def wait(d: float) -> Any:
        return d if light else env.timeout(d)

    def child(name: str) -> Any:
        log.append((env.now, f"{name} starts"))
        yield wait(float(rng.integers(0, 3)))
        log.append((env.now, f"{name} ends"))

    def parent(name: str) -> Any:
        for i in range(40):
            r = rng.random()
            d = 0.0 if r < 0.1 else float(rng.integers(1, 4)) if r < 0.5 else float(rng.exponential(1.0))
            yield wait(d)
            log.append((env.now, name))
            if i % 7 == 0:
                start(env, child(f"{name}.{i}"))

    for p in range(12):
        start(env, parent(f"p{p}"))
    env.run(until=60)
    return log


def test_light_processes_run_in_simpys_order() -> None:
    for seed in range(5):
        simpy_log = toy(lambda env, gen: env.process(gen), light=False, seed=seed)
        light_log = toy(spawn, light=True, seed=seed)
        assert len(simpy_log) > 300
        assert light_log == simpy_log


def test_a_negative_delay_is_refused() -> None:
    env = simpy.Environment()

    def back() -> Any:
        yield -1.0

    spawn(env, back())
    with pytest.raises(ValueError, match="negative delay"):
        env.run()


def test_call_soon_runs_like_a_starting_process() -> None:
    """After the event in progress, before other events at the same time, in the order asked."""
    env = simpy.Environment()
    log: list[str] = []

    def other() -> Any:
        yield env.timeout(1.0)
        log.append("timeout at 1")

    def first() -> Any:
        yield env.timeout(1.0)
        call_soon(env, lambda: log.append("soon A"))
        call_soon(env, lambda: log.append("soon B"))
        log.append("first at 1")

    env.process(first())
    env.process(other())
    env.run()
    assert log == ["first at 1", "soon A", "soon B", "timeout at 1"]


def test_an_alarm_rings_at_the_exact_time() -> None:
    env = simpy.Environment()
    rang: list[float] = []
    t = 0.1 + 0.2  # 0.30000000000000004: exactly this, not now + (t - now)

    def ring() -> None:
        rang.append(env.now)
        if len(rang) < 3:
            alarm.set(env.now + t)

    alarm = Alarm(env, ring)
    alarm.set(t)
    env.run()
    assert rang == [t, t + t, t + t + t]
    with pytest.raises(ValueError, match="before now"):
        alarm.set(0.0)


def test_run_until_gives_what_simpys_run_gives_on_the_real_model() -> None:
    """The model's own loop (driver.run_until) against SimPy's Environment.run: every number and the event count."""
    from barntid.sim.engine.driver import run_until
    from barntid.sim.engine.model import UnitModel
    from barntid.sim.experiment.results import summarise_replication
    from tests.helpers import short

    sc = short(0.5)
    ours, simpys = UnitModel(sc, 1), UnitModel(sc, 1)
    run_until(ours.env, ours.horizon)
    simpys.env.run(until=simpys.horizon)
    assert ours.env.now == simpys.env.now == ours.horizon
    a, b = summarise_replication(ours), summarise_replication(simpys)
    assert repr((a.kpis, a.series, a.events)) == repr((b.kpis, b.series, b.events))
