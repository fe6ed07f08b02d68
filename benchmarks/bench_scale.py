"""Benchmark: how Barntid scales. Parallel speed-up, growth with unit size and horizon, memory, compare time.

    .venv/bin/python benchmarks/bench_scale.py [--repeats 3] [--only abcd]

(a) speed-up: the same 16 replications of sjobo-2015 (3 years) serially and on a 2-process pool that is
    started and warmed before timing; the two are timed alternately and their medians compared, so load
    from other work on a shared machine hits both alike. Checks that both give identical numbers.
(b) growth: one replication's wall time and events for units of 10, 30, 100 and 300 social workers over
    1, 5 and 20 years. Demand, the initial caseload (`initial.*`) and the administrative support are
    scaled in proportion to staff from Sjöbo 2015's positions (read from the file: 22.5 at the time of
    writing), so the load per worker stays the same.
    Time per worker-year (warm-up included) shows whether the cost is linear. For horizons up to 5 years
    the same replication is also timed with Python's cyclic garbage collector paused (a candidate
    optimisation; the KPIs are checked to be identical).
(c) memory: peak resident memory of run_experiment for 100 replications of 5 years of sjobo-2015, in a
    fresh child process: the parent (which keeps all results) and the largest pool worker.
(d) `barntid compare sjobo-2015 sjobo-2017 --half-width 0.005`: wall time (process start included) and
    the replications it needed.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from barntid.sim import Scenario, load, make_pool, run_experiment, run_replication, with_changes  # noqa: E402
from barntid.sim.experiment.runner import default_workers  # noqa: E402

S15 = ROOT / "scenarios" / "sjobo-2015.toml"
S17 = ROOT / "scenarios" / "sjobo-2017.toml"
BARNTID = ROOT / ".venv" / "bin" / "barntid"


def med(xs: list[float]) -> float:
    return statistics.median(xs)


def runs(xs: list[float]) -> str:
    return ", ".join(f"{x:.2f}" for x in xs)


# --- (a) parallel speed-up ----------------------------------------------------------------------------
def speedup(repeats: int) -> None:
    sc = with_changes(load(S15), {"simulation.years": 3})
    n = 16
    pool = make_pool(2)
    try:
        warm = with_changes(sc, {"simulation.years": 0.25})
        for f in [pool.submit(run_replication, warm, r, 1) for r in range(4)]:  # spawn and import in both
            f.result()
        serial_t, pool_t = [], []
        serial_res = pool_res = None
        for _ in range(repeats):
            t = time.perf_counter()
            serial_res = run_experiment(sc, n, workers=1)
            serial_t.append(time.perf_counter() - t)
            t = time.perf_counter()
            pool_res = run_experiment(sc, n, pool=pool)
            pool_t.append(time.perf_counter() - t)
        workers = len(getattr(pool, "_processes", {}) or {})
    finally:
        pool.shutdown(wait=True)
    assert serial_res is not None and pool_res is not None
    same = all(a.kpis == b.kpis and a.replication == b.replication
               for a, b in zip(serial_res.replications, pool_res.replications, strict=True))
    s, p = med(serial_t), med(pool_t)
    print(f"(a) speed-up, {n} replications of sjobo-2015 x 3 years, median of {repeats} (cores seen: "
          f"{default_workers()}, pool processes: {workers})")
    print(f"    serial            : {s:6.2f} s  ({s / n:.3f} s per replication; runs {runs(serial_t)})")
    print(f"    2-process pool    : {p:6.2f} s  (runs {runs(pool_t)})")
    print(f"    speed-up          : {s / p:6.2f} x  (ideal 2.00; efficiency {s / p / 2:.0%}; "
          f"best run against best run {min(serial_t) / min(pool_t):.2f} x)")
    print(f"    identical results : {'yes' if same else 'NO'}")


# --- (b) growth ---------------------------------------------------------------------------------------
def scaled(base: Scenario, workers: int, years: float) -> Scenario:
    f = workers / base.staff.social_workers
    ini = base.initial
    return with_changes(base, {
        "staff.social_workers": workers,
        "staff.admin_fte": round(base.staff.admin_fte * f, 2),
        "demand.reports_per_week": base.demand.reports_per_week * f,
        "initial.assessments": round(ini.assessments * f),
        "initial.investigations_by_month": [round(x * f) for x in ini.investigations_by_month],
        "initial.followups": round(ini.followups * f),
        "initial.newcomers": round(ini.newcomers * f),
        "initial.vacancies": round(ini.vacancies * f),
        "simulation.years": years,
    })


def growth(repeats: int) -> None:
    base = load(S15)
    sizes, horizons = (10, 30, 100, 300), (1, 5, 20)
    cells = {(w, y): scaled(base, w, y) for w in sizes for y in horizons}
    times: dict[tuple[int, int], list[float]] = {c: [] for c in cells}
    no_gc: dict[tuple[int, int], list[float]] = {c: [] for c in cells}
    events: dict[tuple[int, int], int] = {}
    contact: dict[tuple[int, int], float] = {}
    same = True
    run_replication(cells[(10, 1)], 0)  # warm imports
    for _ in range(repeats):
        for c, sc in cells.items():
            gc.collect()
            t = time.perf_counter()
            r = run_replication(sc, 0)
            times[c].append(time.perf_counter() - t)
            events[c], contact[c] = r.events, r.kpis["contact_share"]
            if c[1] <= 5:  # the same replication with Python's cyclic garbage collector paused
                gc.collect()
                gc.disable()
                try:
                    t = time.perf_counter()
                    r2 = run_replication(sc, 0)
                    no_gc[c].append(time.perf_counter() - t)
                finally:
                    gc.enable()
                same = same and r2.kpis == r.kpis
    print(f"(b) growth: one replication, median of {repeats}; Sjöbo 2015 scaled to the unit size "
          "(demand, initial caseload, admin support)")
    print(f"    {'workers':>7} {'years':>5} {'wall s':>8} {'events':>11} {'events/s':>10} "
          f"{'ms/worker-yr':>12} {'events/worker-yr':>16} {'contact':>7} {'ms/w-yr, GC off':>15}")
    per: list[float] = []
    for (w, y), sc in cells.items():
        wall = med(times[(w, y)])
        sim_years = (sc.simulation.warmup_weeks + round(y * 52)) / 52
        wy = w * sim_years
        per.append(wall / wy)
        off = f"{1000 * med(no_gc[(w, y)]) / wy:15.2f}" if no_gc[(w, y)] else f"{'-':>15}"
        print(f"    {w:7d} {y:5d} {wall:8.3f} {events[(w, y)]:11,d} {events[(w, y)] / wall:10,.0f} "
              f"{1000 * wall / wy:12.2f} {events[(w, y)] / wy:16,.0f} {contact[(w, y)]:7.1%} {off}")
    print(f"    time per worker-year: min {1000 * min(per):.2f} ms, median {1000 * med(per):.2f} ms, "
          f"max {1000 * max(per):.2f} ms (max/min {max(per) / min(per):.2f}; 1.00 would be perfectly linear)")
    print(f"    GC off (years <= 5 only) gives identical KPIs: {'yes' if same else 'NO'}")


# --- (c) memory ---------------------------------------------------------------------------------------
MEMORY_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from barntid.sim import load, run_experiment, with_changes
sc = with_changes(load({s15!r}), {{"simulation.years": 5}})
t = time.perf_counter()
res = run_experiment(sc, 100, workers={workers})
wall = time.perf_counter() - t
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({{"parent_kb": me, "child_kb": kids, "wall": wall, "reps": len(res.replications)}}))
"""


def memory(workers: int = 2) -> None:
    code = MEMORY_CHILD.format(root=str(ROOT), s15=str(S15), workers=workers)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    d: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    parent, child = d["parent_kb"] / 1024, d["child_kb"] / 1024
    total = parent + workers * child
    print(f"(c) memory: run_experiment, 100 replications of sjobo-2015 x 5 years, {workers} worker processes, "
          f"{d['wall']:.1f} s")
    print(f"    peak RSS parent (holds all results)   : {parent:7.1f} MB")
    print(f"    peak RSS largest pool worker          : {child:7.1f} MB")
    print(f"    parent + {workers} x worker (upper bound)       : {total:7.1f} MB  (target <= 500 MB: "
          f"{'met' if total <= 500 else 'NOT met'})")


# --- (d) compare --------------------------------------------------------------------------------------
def compare(repeats: int) -> None:
    cmd = [str(BARNTID), "compare", str(S15), str(S17), "--half-width", "0.005", "--json"]
    walls, inner, reps = [], [], []
    for _ in range(repeats):
        t = time.perf_counter()
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        walls.append(time.perf_counter() - t)
        data = json.loads(out)
        inner.append(float(data["seconds"]))
        reps.append(int(data["replications"]))
    w = med(walls)
    print(f"(d) barntid compare sjobo-2015 sjobo-2017 --half-width 0.005, median of {repeats}")
    print(f"    wall (process start included) : {w:6.2f} s  (runs {runs(walls)}; target <= 5 s: "
          f"{'met' if w <= 5 else 'NOT met'})")
    print(f"    simulation part               : {med(inner):6.2f} s  (runs {runs(inner)})")
    print(f"    paired replications used      : {reps[0]}{'' if len(set(reps)) == 1 else f' (varied: {reps})'}"
          f"  = {2 * reps[0]} replications of 3 years, {med(inner) / (2 * reps[0]):.3f} s each on "
          f"{default_workers()} cores")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--only", default="abcd", help="which parts to run, e.g. 'ad'")
    args = ap.parse_args()
    t = time.perf_counter()
    print(f"Python {sys.version.split()[0]}, {default_workers()} cores seen, {time.strftime('%Y-%m-%d %H:%M')}")
    parts = {"a": lambda: speedup(args.repeats), "b": lambda: growth(args.repeats), "c": memory,
             "d": lambda: compare(args.repeats)}
    for key in args.only:
        before = os.getloadavg()[0]
        parts[key]()
        print(f"    (load average before/after: {before:.2f} / {os.getloadavg()[0]:.2f} on "
              f"{os.cpu_count()} CPUs; other work on the machine slows the pool most)")
        sys.stdout.flush()
    print(f"total {time.perf_counter() - t:.0f} s")


if __name__ == "__main__":
    main()
