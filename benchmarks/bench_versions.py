"""Benchmark: the cost of one Sjöbo 3-year replication in this tree beside another revision, in one run.

The other revision is checked out into a temporary git worktree; both trees are timed in child processes
that alternate, `--repeats` times each, so noise from other work on a shared machine hits both alike.
Each child imports the model, runs one replication untimed (warm caches), then times `--reps`
replications and prints seconds per replication and events per replication.

    .venv/bin/python benchmarks/bench_versions.py [--base 9f94174] [--repeats 5] [--reps 3]

The base revision's package may be `barntid` or the older `simulator`: the child finds whichever is there.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import sys, time
sys.path.insert(0, {tree!r})
try:
    from barntid.sim import load, run_replication
except ImportError:
    from simulator import load, run_replication
sc = load({tree!r} + "/scenarios/sjobo-2015.toml")
run_replication(sc, 0)
t = time.perf_counter()
events = 0
for r in range({reps}):
    events += run_replication(sc, r).events
print((time.perf_counter() - t) / {reps}, events / {reps})
"""


def measure(tree: Path, reps: int) -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", CHILD.format(tree=str(tree), reps=reps)], capture_output=True,
                         text=True, check=True, cwd=tree)
    seconds, events = out.stdout.split()
    return float(seconds), float(events)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="9f94174", help="the revision to compare with (9f94174: before issue 11)")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--reps", type=int, default=3, help="replications timed per measurement")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(base), args.base], cwd=ROOT, check=True)
        try:
            times: dict[str, list[float]] = {"base": [], "this": []}
            events: dict[str, float] = {}
            for _ in range(args.repeats):
                for name, tree in (("base", base), ("this", ROOT)):
                    s, e = measure(tree, args.reps)
                    times[name].append(s)
                    events[name] = e
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT, check=False)
    b, t = statistics.median(times["base"]), statistics.median(times["this"])
    print(f"Sjöbo 2015, one 3-year replication (median of {args.repeats} x {args.reps}):")
    print(f"  {args.base}: {b:.3f} s  ({events['base']:,.0f} events)")
    print(f"  this tree: {t:.3f} s  ({events['this']:,.0f} events)")
    print(f"  ratio this/base: {t / b:.2f}  (events {events['this'] / events['base']:.2f}, "
          f"time per event {(t / events['this']) / (b / events['base']):.2f})")


if __name__ == "__main__":
    main()
