"""Benchmark: the model's events per second beside a bare SimPy loop of timeouts, and the CLI's wall time.

Three loops run in this process, alternately, `--repeats` times; medians and ratios are printed, so noise
from other work on a shared machine hits all alike:

- a bare SimPy loop: processes doing nothing but `yield env.timeout(d)` with pre-drawn delays (the
  reference the issue names);
- the same bare loop on Barntid's light processes (`barntid/sim/engine/driver.py`: `yield d`), which the model
  uses, so the second ratio shows the model's own work per event like for like;
- the Sjöbo 2015 model, one 3-year replication (construction included);
- the same replication driven by SimPy's own `Environment.run` instead of the model's `driver.run_until`
  (identical events; the ratio is what the model's loop saves).

Then `barntid run sjobo-2015 -n 30 --years 3` is timed end to end (process start, imports, the pool over
all cores) a few times.

    .venv/bin/python benchmarks/bench_core.py [--repeats 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import simpy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from barntid.sim import load, run_replication  # noqa: E402
from barntid.sim.engine.driver import run_until, spawn  # noqa: E402
from barntid.sim.engine.model import UnitModel  # noqa: E402


def bare_loop(n_events: int = 300_000, n_procs: int = 100) -> float:
    """Events per second of SimPy processes doing nothing but timeouts with pre-drawn delays."""
    env = simpy.Environment()
    delays = np.random.default_rng(1).exponential(1.0, n_events).tolist()
    per = n_events // n_procs

    def proc(i: int):  # type: ignore[no-untyped-def]
        for d in delays[i * per:(i + 1) * per]:
            yield env.timeout(d)

    for i in range(n_procs):
        env.process(proc(i))
    t = time.perf_counter()
    env.run()
    dt = time.perf_counter() - t
    return int(next(env._eid)) / dt


def light_loop(n_events: int = 300_000, n_procs: int = 100) -> float:
    """The bare loop on Barntid's light processes: each process yields its pre-drawn delays."""
    env = simpy.Environment()
    delays = np.random.default_rng(1).exponential(1.0, n_events).tolist()
    per = n_events // n_procs

    def proc(i: int):  # type: ignore[no-untyped-def]
        yield from delays[i * per:(i + 1) * per]

    for i in range(n_procs):
        spawn(env, proc(i))
    t = time.perf_counter()
    env.run()
    dt = time.perf_counter() - t
    return int(next(env._eid)) / dt


def model_loop(rep: int, simpy_run: bool = False) -> tuple[float, int, float]:
    sc = load(ROOT / "scenarios" / "sjobo-2015.toml")
    t = time.perf_counter()
    m = UnitModel(sc, rep, sc.simulation.seed)
    if simpy_run:
        m.env.run(until=m.horizon)
    else:
        run_until(m.env, m.horizon)
    dt = time.perf_counter() - t
    events = m.events
    return events / dt, events, dt


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--cli-repeats", type=int, default=3)
    args = ap.parse_args()
    run_replication(load(ROOT / "scenarios" / "sjobo-2015.toml"), 0)  # warm imports and caches
    bare, light, model, secs, events, simpy_secs = [], [], [], [], 0, []
    for r in range(args.repeats):
        bare.append(bare_loop())
        light.append(light_loop())
        rate, events, dt = model_loop(r)
        model.append(rate)
        secs.append(dt)
        simpy_secs.append(model_loop(r, simpy_run=True)[2])
    b, lt, m = statistics.median(bare), statistics.median(light), statistics.median(model)
    n = args.repeats
    print(f"bare SimPy loop of timeouts      : {b:12,.0f} events/s (median of {n}; runs "
          f"{', '.join(f'{x / 1000:,.0f}k' for x in bare)})")
    print(f"bare loop, Barntid light process : {lt:12,.0f} events/s (median of {n})")
    print(f"Barntid model (Sjöbo 2015)       : {m:12,.0f} events/s (median of {n}; "
          f"{events:,} events, {statistics.median(secs):.3f} s per 3-year replication)")
    print(f"ratio model / bare SimPy loop    : {m / b:12.2f}   (issue 2 target >= 0.33, issue 5 target >= 0.50)")
    print(f"ratio model / bare light loop    : {m / lt:12.2f}   (like for like: the model's own work per event)")
    ours, theirs = statistics.median(secs), statistics.median(simpy_secs)
    print(f"model's loop against SimPy's run : {ours:.3f} s against {theirs:.3f} s per replication, ratio "
          f"{ours / theirs:.2f}")
    walls = []
    cmd = [str(ROOT / ".venv" / "bin" / "barntid"), "run", str(ROOT / "scenarios" / "sjobo-2015.toml"),
           "--replications", "30", "--years", "3", "--json"]
    for _ in range(args.cli_repeats):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        walls.append(time.perf_counter() - t)
    print(f"barntid run sjobo-2015 -n 30 --years 3: median {statistics.median(walls):.2f} s wall "
          f"(runs: {', '.join(f'{w:.2f}' for w in walls)}; target <= 10 s)")


if __name__ == "__main__":
    main()
