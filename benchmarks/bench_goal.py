"""Benchmark: goal seeking in this tree beside another revision's (today's algorithm), in one run.

The other revision is checked out into a temporary git worktree. Each search runs in a child process of its
own (imports, the process pool and the baseline included, as a user waits for them), alternating between the
trees `--repeats` times, so noise from other work hits both alike. Both use the dialog's defaults: Sjöbo 2015,
target 20 %, probability 80 %, the default levers, 8 replications per plan (the old one 16 to confirm; the new
one confirms with the scenario's 30). The new search is timed twice: cold (today not yet run) and warm (today
already run by the main window, as in the application).

    .venv/bin/python benchmarks/bench_goal.py [--base ab51b34] [--workers 2] [--repeats 1]
    .venv/bin/python benchmarks/bench_goal.py --quick     # a tiny setting, only to see that it runs

`--python PATH` also times this tree cold under another interpreter, alternating with the rest (its environment
needs Barntid's simulation dependencies: `PATH -m pip install numpy simpy==4.1.2 pydantic tomlkit platformdirs`).
The interpreter's build matters: pyenv compiles CPython without profile-guided optimisation unless told to,
Debian's and python.org's builds use it.

`--app` also times the search as a chief meets it, in the application (offscreen, this interpreter), for both
trees: Nå målet opened on Sjöbo 2015 before any run (it starts the main window's run) and Sök pressed at once
(the search waits for that run). It prints the search from the end of the main window's run to the plan on
screen, the whole from opening the dialog, and the window's own CPU time (redrawing takes a core from the pool
on a 2-core machine). An older tree without this path is reported as not measured.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import inspect, json, sys, time
sys.path.insert(0, {tree!r})
from barntid.sim import load, with_changes
from barntid.sim.decision import goal

def main():
    sc = load({tree!r} + "/scenarios/sjobo-2015.toml")
    levers = None
    if {quick!r}:
        sc = with_changes(sc, {{"simulation.years": 0.25, "simulation.replications": 3}})
        levers = [goal.Lever("staff.admin_fte", (1.0, 1.5, 2.0)),
                  goal.Lever("measures.mobile_documentation", (False, True))]
    new = "search_replications" in inspect.signature(goal.seek).parameters
    kw = dict(search_replications=8) if new else dict(replications=8, confirm_replications=16)
    t = time.perf_counter()
    if new and {warm!r}:
        from barntid.sim.experiment.cache import baseline, shared
        from barntid.sim.experiment.runner import make_pool
        with make_pool({workers}) as pool:
            baseline(sc, pool)  # the main window's run, done before the dialog opens
            t = time.perf_counter()
            res = goal.seek(sc, 0.20, 0.80, levers, pool=pool, **kw)
    else:
        res = goal.seek(sc, 0.20, 0.80, levers, workers={workers}, **kw)
    seconds = time.perf_counter() - t
    plan = res.plan
    holds = (res.holds(plan) if new else res.confirmation is not None
             and res.confirmation.p_goal >= 0.8 - 1e-12) if plan is not None else False
    print(json.dumps({{"seconds": seconds, "plan": plan.settings if plan else None,
                      "cost": plan.cost if plan else None, "holds": holds,
                      "contact": plan.contact.mean if plan else None}}))

if __name__ == "__main__":
    main()
"""


# The application as a chief uses it (offscreen): Nå målet opened on Sjöbo 2015 before any run (it starts the
# main window's run), Sök pressed at once (the search waits for that run). Times: the main window's run, the
# search from the end of that run to the plan on screen, and the whole from opening the dialog.
CHILD_APP = """
import json, os, resource, sys, tempfile, time
sys.path.insert(0, {tree!r})
tmp = tempfile.mkdtemp(prefix="bench-goal-")
os.environ["BARNTID_DATA_DIR"] = tmp + "/data"
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

def wait(signal):
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(600_000, loop.quit)
    loop.exec()

def main():
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp + "/settings")
    app = QApplication(sys.argv[:1])
    from barntid.gui.window.main_window import MainWindow
    window = MainWindow(workers={workers})
    window.show()
    window.open_file({tree!r} + "/scenarios/sjobo-2015.toml")
    times = {{}}
    cpu = lambda: sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
    window.run_finished.connect(lambda *_: (times.setdefault("today", time.perf_counter()),
                                            times.setdefault("cpu_today", cpu())))
    done = []
    t = time.perf_counter()
    dialog = window.decision_menu.open("goal")
    dialog.controls.succeeded.connect(lambda r: (done.append(r), times.setdefault("done", time.perf_counter()),
                                                 times.setdefault("cpu_done", cpu())))
    c0 = cpu()
    dialog.controls.start_button.click()
    while not done:
        wait(dialog.controls.succeeded)
    res = done[0]
    plan = res.plan
    print(json.dumps({{"seconds": times["done"] - times["today"], "today": times["today"] - t,
                      "whole": times["done"] - t, "cpu_today": times["cpu_today"] - c0,
                      "cpu_search": times["cpu_done"] - times["cpu_today"], "plan": plan.settings if plan else None,
                      "cost": plan.cost if plan else None, "holds": res.holds(plan) if plan else False,
                      "contact": plan.contact.mean if plan else None}}))
    window.document.undo_stack.setClean()
    window.close()
    app.quit()

if __name__ == "__main__":
    main()
"""


def measure(tree: Path, workers: int, quick: bool, warm: bool, python: str = sys.executable,
            app: bool = False) -> dict[str, object]:
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(CHILD_APP.format(tree=str(tree), workers=workers) if app else
                CHILD.format(tree=str(tree), workers=workers, quick=quick, warm=warm))
    out = subprocess.run([python, f.name], capture_output=True, text=True, check=not app, cwd=tree)
    Path(f.name).unlink()
    if out.returncode != 0:  # an older tree without the application's API for this
        return {}
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="ab51b34", help="the revision with today's algorithm (ab51b34: main before "
                                                      "this work)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--quick", action="store_true", help="a quarter year, 3 replications, two small levers")
    ap.add_argument("--python", help="also time this tree cold with this interpreter")
    ap.add_argument("--app", action="store_true", help="also time the search in the application (offscreen)")
    args = ap.parse_args()
    runs: dict[str, list[dict[str, object]]] = {"base": [], "cold": [], "warm": []}
    if args.python:
        runs["other"] = []
    if args.app:
        runs["app"], runs["base_app"] = [], []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(base), args.base], cwd=ROOT, check=True)
        try:
            for _ in range(args.repeats):
                runs["base"].append(measure(base, args.workers, args.quick, False))
                runs["cold"].append(measure(ROOT, args.workers, args.quick, False))
                runs["warm"].append(measure(ROOT, args.workers, args.quick, True))
                if args.python:
                    runs["other"].append(measure(ROOT, args.workers, args.quick, False, args.python))
                if args.app:
                    runs["app"].append(measure(ROOT, args.workers, args.quick, False, app=True))
                    runs["base_app"].append(measure(base, args.workers, args.quick, False, app=True))
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT, check=False)
    median = {k: statistics.median(float(str(r["seconds"])) for r in v) for k, v in runs.items() if all(v)}
    what = "quick setting" if args.quick else "Sjöbo 2015, 20 %, 80 %, default levers"
    print(f"Goal seeking, {what}, {args.workers} workers (median of {args.repeats}), {interpreter(sys.executable)}:")
    names = [("base", f"{args.base} (today's)"), ("cold", "this tree, today not yet run"),
             ("warm", "this tree, today run by the main window")]
    if args.python:
        names.append(("other", f"this tree, today not yet run, {interpreter(args.python)}"))
    if args.app:
        names.append(("app", "this tree in the application: Sök, from the end of the main window's run"))
        names.append(("base_app", f"{args.base} in the application, the same"))
    for key, name in names:
        if key not in median:
            print(f"  {name}: not measured (the tree has no such path)")
            continue
        last = runs[key][-1]
        cost = "" if last["cost"] is None else f"{float(str(last['cost'])) / 1e6:.2f} mkr"
        print(f"  {name}: {median[key]:.1f} s  plan {last['plan']}  cost {cost}  holds {last['holds']}")
    for key in ("app", "base_app"):
        if key in median:
            tree = "this tree" if key == "app" else args.base
            today, whole, cpu_today, cpu_search = (statistics.median(float(str(r[k])) for r in runs[key])
                                                   for k in ("today", "whole", "cpu_today", "cpu_search"))
            print(f"  the application, {tree}: from opening Nå målet before any run to the plan on screen "
                  f"{whole:.1f} s, of which the main window's run {today:.1f} s; the window's own CPU time "
                  f"{cpu_today:.1f} s during that run and {cpu_search:.1f} s during the search")
    if "app" in median and "base_app" in median:
        print(f"  ratio in the application, this/{args.base}: search {median['app'] / median['base_app']:.2f}")
    print("  (cost: base = simulated annual cost of the plan; this tree = extra budget cost per year)")
    print(f"  ratio this/base: cold {median['cold'] / median['base']:.2f}, warm {median['warm'] / median['base']:.2f}")
    if args.python:
        print(f"  ratio cold, {args.python} / {sys.executable}: {median['other'] / median['cold']:.2f}")


def interpreter(python: str) -> str:
    version = subprocess.run([python, "-c", "import platform; print(platform.python_version())"],
                             capture_output=True, text=True).stdout.strip()
    return f"Python {version} ({python})"


if __name__ == "__main__":
    main()
