"""The `barntid` command. Without arguments it opens the desktop application.

Bad input of any kind exits with status 2 and a message that names the field; never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import multiprocessing
import os
import sys
import time
from collections.abc import Sequence
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from barntid import __version__
from barntid.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FAILED,
    Progress,
    check_out,
    common,
    load_noting,
    parse_sets,
    scenario_from_args,
    workers_from_args,
)
from barntid.cli.decision import register as register_decision
from barntid.cli.newunit import register as register_new
from barntid.present.export import write_csv, write_xlsx
from barntid.present.format import fmt, fmt_difference, kpi_rows, label, printable, table
from barntid.sim.experiment import plausibility
from barntid.sim.experiment.results import ExperimentResult, paired_difference
from barntid.sim.experiment.runner import ReplicationError, WorkerLost, run_experiment
from barntid.sim.scenario.io import Problem, ScenarioError

EXIT_BROKEN_PIPE = 141  # what a shell reports for a tool ended by SIGPIPE


def cmd_run(args: argparse.Namespace) -> int:
    """Run, then write what the user asked for (the file, then the table), and only then the history."""
    sc = scenario_from_args(args.scenario, args)
    plausibility.check_meaningful(sc)
    if args.out:
        check_out(args.out, (".csv", ".xlsx"))
    try:
        res = run_experiment(sc, workers=workers_from_args(args), progress=Progress(sc.name))
    except WorkerLost as exc:
        print(printable(f"Fel: {exc}{_write_partial(args.out, exc)}"), file=sys.stderr)
        return EXIT_FAILED
    if args.out:
        _write_results(args.out, res)
    _print_run(args, res)
    for line in plausibility.warnings(res):
        print(f"Obs: {line}", file=sys.stderr)
    if not args.no_history:
        _remember(res)
    return 0


def _write_results(path: str, res: ExperimentResult) -> None:
    (write_xlsx if path.lower().endswith(".xlsx") else write_csv)(path, [res])


def _write_partial(path: str | None, exc: WorkerLost) -> str:
    """Write the replications a run finished before a worker died to --out; the rest of the one-line message."""
    done = len(exc.partial.replications)
    if not path:
        return ""
    if not done:
        return f"; inget skrevs till {path}"
    try:
        _write_results(path, exc.partial)
    except OSError as err:
        return f"; de {done} klara kunde inte skrivas till {path}: {err.strerror or err}"
    return f"; de {done} klara replikeringarna är skrivna till {path}"


def _print_run(args: argparse.Namespace, res: ExperimentResult) -> None:
    sc = res.scenario
    if args.json:
        out = res.to_dict()
        if getattr(args, "series", False):
            out["series"] = res.series_dict()
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return
    lang = args.lang
    head = ["Nyckeltal", "Medel", "95 %-intervall"] if lang == "sv" else ["Indicator", "Mean", "95% interval"]
    print(f"{sc.name}: {len(res.replications)} replikeringar, frö {res.seed}, {sc.simulation.years:g} år"
          if lang == "sv" else f"{sc.name}: {len(res.replications)} replications, seed {res.seed}, "
          f"{sc.simulation.years:g} years")
    print(table(kpi_rows(res, lang), head))
    print()
    print(table([[label(c, lang), fmt("contact_share", v, lang)] for c, v in res.time_use.items()],
                ["Tidsanvändning", "Andel"] if lang == "sv" else ["Time use", "Share"]))


def _remember(res: ExperimentResult) -> None:
    """Store the run in the history; if that is impossible (busy, full disk), one line says so."""
    import sqlite3

    from barntid.sim.experiment.history import History

    try:
        hist = History()
        if hist.notice:
            print(hist.notice, file=sys.stderr)
        try:
            hist.add(res)
        finally:
            hist.close()
    except (OSError, sqlite3.Error) as exc:  # the run's result matters more than its history
        print(f"Obs: körningen sparades inte i körhistoriken: {exc}", file=sys.stderr)


def cmd_history(args: argparse.Namespace) -> int:
    from barntid.sim.experiment.history import MAX_LIST, History

    if not 1 <= args.limit <= MAX_LIST:
        raise ScenarioError([Problem("--limit", f"värdet {args.limit} är utanför det tillåtna intervallet "
                                                f"1–{MAX_LIST}")])
    hist = History()
    if hist.notice:
        print(hist.notice, file=sys.stderr)
    if args.show is not None:
        rec = hist.get(args.show)
        if rec is None:
            print(f"Ingen körning med nummer {args.show}", file=sys.stderr)
            return EXIT_BAD_INPUT
        if args.scenario_out:
            from barntid.sim.scenario.files import atomic_write

            check_out(args.scenario_out, (".toml",), "--scenario-out")
            atomic_write(args.scenario_out, rec.scenario_toml)
        print(json.dumps(rec.results, ensure_ascii=False, indent=2))
        return 0
    rows = []
    for rec in hist.list(args.limit):
        cs = rec.results.get("kpis", {}).get("contact_share", {}).get("mean")
        name = rec.scenario_name + (" (temadag)" if rec.kind == "theme_day" else "")
        rows.append([str(rec.id), time.strftime("%Y-%m-%d %H:%M", time.localtime(rec.created)), name,
                     str(rec.replications), str(rec.seed),
                     fmt("contact_share", cs if cs is not None else math.nan), rec.version])
    print(table(rows, ["Nr", "Tid", "Scenario", "Repl.", "Frö", "Kontakttid", "Version"]))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    sc = load_noting(args.scenario)
    print(printable(f"{args.scenario}: giltigt scenario '{sc.name}'"))
    return 0


def compare_results(base: ExperimentResult, others: Sequence[ExperimentResult]) -> dict[str, Any]:
    out: dict[str, Any] = {"base": base.scenario.name, "replications": len(base.replications),
                           "seed": base.seed, "variants": {}}
    for v in others:
        out["variants"][v.scenario.name] = {
            k: {"mean": _clean(v.kpis[k].mean), "difference": _clean(d.mean), "ci95": [_clean(d.lo), _clean(d.hi)]}
            for k in v.kpis for d in [paired_difference(base, v, k)]}
    return out


def _clean(x: float) -> float | None:
    return round(x, 6) if math.isfinite(x) else None


def cmd_compare(args: argparse.Namespace) -> int:
    scenarios = [scenario_from_args(p, args) for p in [args.base, *args.variants]]
    seed = scenarios[0].simulation.seed if args.seed is None else args.seed
    n = scenarios[0].simulation.replications if args.replications is None else args.replications
    if args.half_width is not None:
        if not 0 < args.half_width < 1:
            raise ScenarioError([Problem("--half-width", f"värdet {args.half_width} är utanför det tillåtna "
                                                         "intervallet 0–1 (andel, t.ex. 0.005)")])
        if args.replications is None:
            n = 10  # a first batch; more are added until the interval is narrow enough
    from barntid.sim.experiment.compare import compare_until

    start = time.perf_counter()
    results = compare_until(scenarios, seed=seed, replications=n, half_width=args.half_width,
                            workers=workers_from_args(args), progress=Progress("Jämför"))
    elapsed = time.perf_counter() - start
    base, others = results[0], results[1:]
    if args.json:
        data = compare_results(base, others)
        data["seconds"] = round(elapsed, 2)
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    lang = args.lang
    for v in others:
        print(f"{v.scenario.name} jämfört med {base.scenario.name} ({len(v.replications)} replikeringar, "
              f"samma slumptal, {elapsed:.1f} s)")
        rows = []
        for k, e in v.kpis.items():
            d = paired_difference(base, v, k)
            rows.append([label(k, lang), fmt(k, base.kpis[k].mean, lang), fmt(k, e.mean, lang),
                         fmt_difference(k, d.mean, lang), f"{fmt_difference(k, d.lo, lang)} – "
                         f"{fmt_difference(k, d.hi, lang)}" if math.isfinite(d.lo) else "–"])
        print(table(rows, ["Nyckeltal", "Bas", "Variant", "Skillnad", "95 %-intervall för skillnaden"]))
        print()
    return 0


def cmd_sweep(args: argparse.Namespace) -> int:
    from barntid.sim.experiment.runner import default_workers, make_pool
    from barntid.sim.experiment.sweep import DaskCluster, Design, sweep_rows, write_csv

    sc = scenario_from_args(args.scenario, args)
    design = Design.from_flags(sc, args.vary)
    check_out(args.out, (".csv",))
    workers = workers_from_args(args) or default_workers()
    n, seed = sc.simulation.replications, sc.simulation.seed
    total = len(design) * n
    where = args.scheduler or (f"{min(workers, total)} processer" if workers > 1 and total > 1 else "1 process")
    print(f"{sc.name}: {len(design)} punkter × {n} replikeringar = {total} körningar, frö {seed}, "
          f"{sc.simulation.years:g} år, på {where}", file=sys.stderr)
    start = time.perf_counter()
    progress = Progress("Svep")
    if args.scheduler:
        with DaskCluster(args.scheduler) as cluster:
            rows = sweep_rows(design, n, seed, cluster.executor, progress, window=max(64, 4 * cluster.threads))
    elif workers > 1 and total > 1:
        pool = make_pool(min(workers, total))
        try:
            rows = sweep_rows(design, n, seed, pool, progress, window=4 * workers)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    else:
        rows = sweep_rows(design, n, seed, None, progress)
    write_csv(args.out, rows)
    print(f"{args.out}: {len(rows) - 1} punkter, {time.perf_counter() - start:.1f} s")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="barntid", description="Barntid: simulera tid för barn i den sociala "
                                "barn- och ungdomsvården. Utan kommando öppnas programmet.")
    p.add_argument("--version", action="version", version=f"barntid {__version__}")
    sub = p.add_subparsers(dest="command")

    r = sub.add_parser("run", help="kör ett scenario och visa nyckeltalen")
    r.add_argument("scenario")
    common(r)
    r.add_argument("--out", metavar="FILE", help="spara resultatet som .csv eller .xlsx")
    r.add_argument("--no-history", action="store_true", help="spara inte körningen i körhistoriken")
    r.add_argument("--series", action="store_true",
                   help="med --json: lägg till varje veckoseries medelvärde och 95 %%-band (det diagrammen visar)")
    r.set_defaults(func=cmd_run)

    h = sub.add_parser("history", help="lista tidigare körningar")
    h.add_argument("--limit", type=int, default=50)
    h.add_argument("--show", type=int, metavar="NR", help="visa en körnings resultat som JSON")
    h.add_argument("--scenario-out", metavar="FILE.toml", help="med --show: spara körningens scenario")
    h.set_defaults(func=cmd_history)

    c = sub.add_parser("check", help="kontrollera ett scenario (status 0 om giltigt, annars 2)")
    c.add_argument("scenario")
    c.set_defaults(func=cmd_check)

    m = sub.add_parser("compare", help="jämför varianter med ett basscenario (samma slumptal)")
    m.add_argument("base")
    m.add_argument("variants", nargs="+")
    common(m)
    m.add_argument("--half-width", type=float, metavar="H",
                   help="lägg till replikeringar tills 95 %%-intervallet för skillnaden i kontakttid är högst H")
    m.set_defaults(func=cmd_compare)

    w = sub.add_parser("sweep", help="fullständigt faktorförsök: kör alla kombinationer av parametervärden, "
                                     "spara en CSV-rad per punkt")
    w.add_argument("scenario")
    w.add_argument("--vary", action="append", required=True, metavar="KEY=START:STOP:STEP",
                   help="parameter och värden, STOP inräknat, t.ex. --vary staff.social_workers=18:26:2; "
                        "eller en lista: --vary measures.pair_visits=false,true (upprepa för fler parametrar)")
    w.add_argument("--replications", "-n", type=int, help="replikeringar per punkt (1–1000), samma i alla punkter")
    w.add_argument("--years", type=float, help="simulerade år (0,25–20)")
    w.add_argument("--seed", type=int, help="slumpfrö, samma i alla punkter (gemensamma slumptal)")
    w.add_argument("--set", action="append", metavar="KEY=VALUE", help="ändra en parameter i alla punkter")
    w.add_argument("--out", required=True, metavar="FILE.csv", help="CSV-fil med en rad per punkt")
    w.add_argument("--scheduler", metavar="ADDRESS",
                   help="kör på ett Dask-kluster, t.ex. tcp://värd:8786 (kräver pip install .[dask])")
    w.add_argument("--workers", type=int, help="antal lokala processer (standard: alla kärnor; ej med --scheduler)")
    w.set_defaults(func=cmd_sweep)

    register_decision(sub)
    register_new(sub)

    g = sub.add_parser("gui", help="öppna programmet")
    g.add_argument("scenario", nargs="?")
    g.add_argument("--run", action="store_true", help="kör scenariot direkt")
    g.add_argument("--screenshot", metavar="FILE.png", help="spara en skärmbild när resultatet är klart och avsluta")
    g.add_argument("--theme-day", action="store_true", help="öppna i temadagsläge")
    g.add_argument("--storyline", metavar="FILE.toml", help="öppna en berättelse i temadagsläge (i stället för ett "
                   "scenario)")
    g.add_argument("--step", type=int, default=1, metavar="N",
                   help="med --storyline: gå till steg N (1 = första) innan skärmbilden tas")
    g.add_argument("--pin-step", type=int, metavar="N",
                   help="med --storyline: fäst steg N:s resultat som jämförelse först")
    g.add_argument("--set", action="append", metavar="KEY=VALUE",
                   help="med --storyline: ändra en parameter för hand på steget (upprepa för fler)")
    g.add_argument("--preliminary", action="store_true",
                   help="med --screenshot: ta bilden vid den snabba uppskattningen, inte vid det slutliga resultatet")
    g.add_argument("--report", metavar="FILE.pdf",
                   help="med --run och --screenshot: skriv också rapporten till nämnden för resultatet (i en egen "
                        "process, som Arkiv → Rapport till nämnden) innan programmet avslutas")
    g.add_argument("--lang", choices=["sv", "en"], default=None)
    g.set_defaults(func=cmd_gui)
    return p


def cmd_gui(args: argparse.Namespace) -> int:
    from barntid.gui.app import main as gui_main

    if args.report:
        if not (args.run and args.screenshot):
            raise ScenarioError([Problem("--report", "används bara med --run och --screenshot")])
        check_out(args.report, (".pdf",), "--report")
    if args.storyline is None and (args.pin_step is not None or args.set or args.step != 1):
        raise ScenarioError([Problem("--step", "--step, --pin-step och --set används bara med --storyline")])
    if args.storyline is not None and args.scenario:
        raise ScenarioError([Problem("--storyline", "ange antingen ett scenario eller en berättelse")])
    args.changes = parse_sets(args.set or [])

    return int(gui_main(args))


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a no-op unless this is a frozen program started as a worker
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not argv:
        argv = ["gui"]
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        return int(args.func(args))
    except BrokenPipeError:  # the reader went away (`barntid history | head`): end quietly, as other tools do
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except ScenarioError as exc:
        print(printable("Fel i scenariot" + (f" {exc.source}" if exc.source else "") + ":"), file=sys.stderr)
        for problem in exc.problems:
            print(printable(f"  - {problem}"), file=sys.stderr)
        return EXIT_BAD_INPUT
    except (ReplicationError, WorkerLost) as exc:
        print(f"Fel: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenProcessPool:
        print("Fel: en arbetsprocess avslutades oväntat (dödad eller slut på minne); körningen avbröts",
              file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Avbrutet.", file=sys.stderr)
        return 130
    except OSError as exc:
        where = getattr(exc, "filename", None)
        print(printable(f"Fel: {exc.strerror or exc}" + (f": {where}" if where else "")), file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
