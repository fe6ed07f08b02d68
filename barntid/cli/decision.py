"""Decision-support commands: goal, sensitivity, calibrate, report (registered by barntid.cli.main)."""

from __future__ import annotations

import argparse
import json
import math
import sys
from typing import Any

from barntid.cli.common import check_out, common, load_noting, scenario_from_args, workers_from_args
from barntid.present.format import fmt, fmt_difference, label, table
from barntid.sim.scenario.files import atomic_write
from barntid.sim.scenario.io import Problem, ScenarioError, dumps, read_text

Namespace = argparse.Namespace


def _progress(text: str) -> None:
    if sys.stderr.isatty():
        sys.stderr.write("\r" + text[:150].ljust(150))
        sys.stderr.flush()


def _done_progress() -> None:
    if sys.stderr.isatty():
        sys.stderr.write("\r" + " " * 150 + "\r")


def _r(x: float) -> float | None:
    return round(x, 6) if math.isfinite(x) else None


def _finite(obj: Any) -> Any:
    """JSON has no NaN: an undefined number (e.g. no contact share without social workers) becomes null."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_finite(v) for v in obj]
    return obj


def _json(obj: Any) -> str:
    return json.dumps(_finite(obj), ensure_ascii=False, indent=2, allow_nan=False)


def cmd_goal(args: Namespace) -> int:
    from barntid.present.goal_text import result_json, result_text
    from barntid.sim.decision.goal import GoalProgress, seek
    from barntid.sim.decision.levers import parse_lever

    sc = scenario_from_args(args.scenario, args)
    for flag, value, lo, hi in (("--target", args.target, 0.01, 1.0), ("--probability", args.probability, 0.01, 1.0)):
        if not lo <= value <= hi:
            raise ScenarioError([Problem(flag, f"värdet {value} är utanför det tillåtna intervallet {lo:g}–{hi:g}")])
    if not 2 <= args.search_replications <= 200:
        raise ScenarioError([Problem("--search-replications", f"värdet {args.search_replications} är utanför det "
                                                              "tillåtna intervallet 2–200")])
    levers = [parse_lever(sc, text) for text in args.lever] if args.lever else None

    def progress(p: GoalProgress) -> None:
        left = "" if p.seconds_left is None else f", cirka {p.seconds_left:.0f} s kvar"
        _progress(f"{PHASES.get(p.phase, p.phase)}: {p.tried} planer prövade, {p.replications} körningar{left}")

    res = seek(sc, args.target, args.probability, levers, search_replications=args.search_replications,
               keep_child_time=args.keep_child_time, workers=workers_from_args(args), progress=progress)
    _done_progress()
    if args.json:
        print(_json(result_json(res, sc.name, sc.simulation.seed)))
    else:
        print(result_text(res, sc.name, sc.simulation.seed))
    return 0


PHASES = {"today": "I dag", "search": "Söker", "confirm": "Kontrollerar planen", "nearest": "Kör närmaste planen"}


def cmd_sensitivity(args: Namespace) -> int:
    from barntid.sim.decision.sensitivity import numeric_keys, sobol, tornado

    sc = scenario_from_args(args.scenario, args)
    keys = [k.strip() for k in args.keys.split(",")] if args.keys is not None else numeric_keys(sc)
    if args.sobol:
        def run(pool: Any) -> Any:
            return sobol(sc, keys, share=args.share, base_samples=args.samples, replications=args.replications or 4,
                         workers=workers_from_args(args), pool=pool, progress=lambda i, n: _progress(f"Sobol: {i}/{n}"))

        if args.scheduler:
            from barntid.sim.experiment.sweep import DaskCluster

            with DaskCluster(args.scheduler) as cluster:
                s = run(cluster.executor)
        else:
            s = run(None)
        _done_progress()
        rows = [[label(k), f"{a:.2f} ± {b:.2f}", f"{c:.2f} ± {d:.2f}"]
                for k, a, b, c, d in zip(s.keys, s.first, s.first_ci, s.total, s.total_ci, strict=True)]
        if args.json:
            print(_json({"keys": s.keys, "first": s.first, "total": s.total, "runs": s.runs}))
        else:
            print(table(rows, ["Parameter", "Första ordningen", "Totalt"]))
        return 0
    t = tornado(sc, keys, share=args.share, replications=args.replications or 8, workers=workers_from_args(args),
                progress=lambda i, n: _progress(f"Känslighet: {i}/{n}"))
    _done_progress()
    if args.json:
        print(_json({"base": t.base, "share": t.share, "bars": [
            {"key": b.key, "low_value": b.low_value, "high_value": b.high_value, "low": b.low, "high": b.high}
            for b in t.bars]}))
        return 0
    print(f"Kontakttid {fmt('contact_share', t.base)} när varje parameter ändras ±{t.share:.0%} (en i taget):")
    rows = [[b.key, f"{b.low_value:g} / {b.high_value:g}", fmt("contact_share", b.low), fmt("contact_share", b.high),
             fmt_difference("contact_share", b.swing).lstrip("+")] for b in t.bars]
    print(table(rows, ["Parameter", "Värde −/+", "Kontakt vid −", "Kontakt vid +", "Utslag"]))
    return 0


def cmd_calibrate(args: Namespace) -> int:
    from barntid.sim.decision.calibrate import calibrate
    from barntid.sim.scenario.io import parse_value

    text = read_text(args.scenario)
    sc = load_noting(args.scenario)
    if args.out:
        check_out(args.out, (".toml",))
    target: dict[str, float] = {}
    for item in args.target:
        key, sep, value = item.partition("=")
        v = parse_value(value)
        if not sep or not isinstance(v, int | float) or isinstance(v, bool):
            raise ScenarioError([Problem("--target", f"'{item}' ska skrivas KATEGORI=ANDEL, t.ex. contact=0.13")])
        target[key.strip()] = float(v)
    if args.reports_per_week is not None:
        from barntid.sim.scenario.io import with_changes

        sc = with_changes(sc, {"demand.reports_per_week": args.reports_per_week})
    fit = calibrate(sc, target, tolerance=args.tolerance, workers=workers_from_args(args),
                    progress=lambda i, w: _progress(f"Kalibrering: varv {i}, största avvikelse {100 * w:.1f} p.e."))
    _done_progress()
    rows = [[label(c), fmt("contact_share", t), fmt("contact_share", fit.achieved[c]),
             fmt_difference("contact_share", fit.achieved[c] - t)] for c, t in fit.target.items()]
    print(table(rows, ["Kategori", "Uppmätt", "Modellen", "Skillnad"]))
    ok = fit.worst <= args.tolerance
    print(f"{'Anpassad' if ok else 'Inte helt anpassad'} efter {fit.iterations} varv "
          f"(tolerans {100 * args.tolerance:.1f} p.e.).".replace(".", ",", 1))
    if args.out:
        atomic_write(args.out, dumps(fit.scenario, text))
        print(f"Sparat: {args.out}")
    return 0 if ok else 1


def cmd_report(args: Namespace) -> int:
    from barntid.gui.report.pdf import write_report
    from barntid.present.report import ReportInfo

    check_out(args.out, (".pdf",))
    decision = ""
    if args.decision_text:
        decision = read_text(args.decision_text)  # the same checks as a scenario file: exit 2 with a message
        if any(ord(c) < 0x20 and c not in "\t\n\r" for c in decision):
            raise ScenarioError([Problem("--decision-text", "filen innehåller styrtecken; spara den som vanlig text "
                                                            "(UTF-8)")])
    info = ReportInfo(municipality=_plain_text(args.municipality), author=_plain_text(args.author),
                      decision_text=decision)
    base = scenario_from_args(args.base, args)
    proposal = scenario_from_args(args.proposal, args)
    write_report(base, proposal, args.out, workers=workers_from_args(args), info=info)
    print(f"Rapporten är sparad: {args.out}")
    return 0


def _plain_text(text: str | None) -> str:
    """A one-line field for the report: control characters dropped, surrounding blanks trimmed."""
    return "".join(c for c in text or "" if ord(c) >= 0x20 and not 0x7F <= ord(c) < 0xA0).strip()


def register(sub: Any) -> None:
    g = sub.add_parser("goal", help="billigaste sättet att nå målet för kontakttid")
    g.add_argument("scenario")
    common(g)
    g.add_argument("--target", type=float, default=0.20, help="mål för andelen kontakttid (standard 0.20)")
    g.add_argument("--probability", type=float, default=0.80, help="sannolikhet att nå målet (standard 0.80)")
    g.add_argument("--lever", action="append", metavar="KEY=START:STOP:STEP",
                   help="en parameter som får ändras och dess värden, från minst till mest hjälp, t.ex. "
                        "staff.admin_fte=1:4:0.5 (standard: tjänster, administration, assistenter, åtgärder, "
                        "konsulter)")
    g.add_argument("--keep-child-time", action="store_true",
                   help="barnens tid (varje möte räknat en gång) får inte bli lägre än i dag")
    g.add_argument("--search-replications", type=int, default=8, metavar="K",
                   help="körningar per plan i sökningen (standard 8); planen kontrolleras sedan med "
                        "scenariots egna körningar (--replications), som huvudfönstret")
    g.set_defaults(func=cmd_goal)

    s = sub.add_parser("sensitivity", help="känslighetsanalys: tornado (±20 %%) eller Sobol")
    s.add_argument("scenario")
    common(s)
    s.add_argument("--share", type=float, default=0.2, help="hur mycket varje parameter ändras (standard 0.2)")
    s.add_argument("--keys", help="kommaseparerade parametrar (standard: alla numeriska)")
    s.add_argument("--sobol", action="store_true", help="global analys (Sobol, kräver SALib)")
    s.add_argument("--samples", type=int, default=64, help="Sobol: antal basprov (standard 64)")
    s.add_argument("--scheduler", metavar="ADDRESS", help="Sobol: kör på ett Dask-kluster (som barntid sweep)")
    s.set_defaults(func=cmd_sensitivity)

    c = sub.add_parser("calibrate", help="anpassa arbetsinsatserna till enhetens uppmätta tidsanvändning")
    c.add_argument("scenario")
    c.add_argument("--target", action="append", required=True, metavar="KATEGORI=ANDEL",
                   help="uppmätt andel, t.ex. --target contact=0.13 --target documentation=0.35")
    c.add_argument("--reports-per-week", type=float, help="enhetens inflöde av orosanmälningar per vecka")
    c.add_argument("--tolerance", type=float, default=0.01, help="godtagbar avvikelse (standard 0.01)")
    c.add_argument("--workers", type=int)
    c.add_argument("--out", metavar="FILE.toml", help="spara det anpassade scenariot")
    c.set_defaults(func=cmd_calibrate)

    r = sub.add_parser("report", help="PDF-rapport till socialnämnden: utgångsläge och förslag")
    r.add_argument("base")
    r.add_argument("proposal")
    common(r)
    r.add_argument("--out", required=True, metavar="FILE.pdf")
    r.add_argument("--municipality", metavar="KOMMUN", help="kommunens namn, t.ex. \"Sjöbo kommun\"")
    r.add_argument("--author", metavar="NAMN", help="handläggare: den som skriver underlaget")
    r.add_argument("--decision-text", metavar="FIL",
                   help="textfil (UTF-8) med förslaget till beslut; utan den får rapporten en rad att fylla i")
    r.set_defaults(func=cmd_report)
