"""`barntid new`: a complete, commented scenario for your own unit from a few key figures.

Shares (--share-to-investigation, --turnover, --measured-contact) are given in percent: 30, 30% and 12,5 mean
30 % and 12.5 %. A number between 0 and 1 without a percent sign is refused as ambiguous (write 0,5% for half a
percent), so 0.3 is never read as 0.3 % when 30 % was meant.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from barntid.cli.common import check_out, workers_from_args
from barntid.sim.scenario.io import Problem, ScenarioError
from barntid.sim.scenario.newunit import FIGURES, MEASURES, WEEKS_PER_YEAR, UnitFigures, parse_share, problems

EXIT_NOT_CLOSE = 1


def figures_from_args(args: argparse.Namespace) -> UnitFigures:
    """The figures as given; every impossible one (a bad percent, a value out of range) in one ScenarioError."""
    bad: list[Problem] = []

    def pct(key: str) -> float | None:
        raw = getattr(args, key)
        try:
            return None if raw is None else parse_share(raw, key)
        except ScenarioError as exc:
            bad.extend(exc.problems)
            return None

    measures: dict[str, bool] = dict.fromkeys(args.measure or [], True)
    if args.no_socialjour:
        measures["socialjour"] = False
    values: dict[str, Any] = {k: getattr(args, k) for k in (
        "children", "reports_per_year", "investigations_per_year", "open_investigations", "followups",
        "admin", "assistants", "vacancies", "consultants")}
    f = UnitFigures(name=args.name, posts=args.posts, share_to_investigation=pct("share_to_investigation"),
                    turnover=pct("turnover"), measured_contact=pct("measured_contact"), measures=measures, **values)
    found = bad + problems(f)
    if found:
        raise ScenarioError(found)
    return f


def cmd_new(args: argparse.Namespace) -> int:
    from barntid.sim.decision.newunit import CONTACT_KPI, create
    from barntid.sim.experiment.runner import default_workers, make_pool
    from barntid.sim.scenario import timeuse
    from barntid.sim.scenario.files import atomic_write

    check_out(args.out, (".toml",), "OUT")
    if Path(args.out).exists() and not args.force:
        raise ScenarioError([Problem("OUT", f"{args.out} finns redan; välj ett annat namn, eller skriv över den "
                                            "med --force")])
    f = figures_from_args(args)
    table = timeuse.read(args.time_use) if args.time_use else None
    if args.fit_posts and table is None and f.measured_contact is None:
        raise ScenarioError([Problem("--fit-posts", "kräver --measured-contact eller --time-use")])
    workers = workers_from_args(args) or default_workers()
    pool = make_pool(workers) if workers > 1 else None
    try:
        unit = create(f, table, fit_posts=args.fit_posts, pool=pool, progress=_progress)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    if sys.stderr.isatty():
        sys.stderr.write("\r" + " " * 100 + "\r")
    atomic_write(args.out, unit.text)
    sc = unit.scenario
    ini = sc.initial
    print(f"Skrev {args.out}: {sc.name}, {sc.demand.reports_per_week * WEEKS_PER_YEAR:.0f} orosanmälningar per år "
          f"({_d(round(sc.demand.reports_per_week, 1))} per vecka), "
          f"{_d(sc.staff.social_workers)} socialsekreterartjänster.")
    print(f"Startläge i jämvikt: {ini.assessments} förhandsbedömningar, {sum(ini.investigations_by_month)} "
          f"utredningar (per månad av ålder: {', '.join(map(str, ini.investigations_by_month))}), "
          f"{ini.followups} uppföljningar.")
    if not unit.checks:
        print(f"Kör det: barntid run {args.out}")
        return 0
    print(f"Kalibrerat: {unit.fitted}")
    close = True
    for c in unit.checks:
        what = "kontakttid, vanliga veckor" if c.name == CONTACT_KPI else c.name
        e = c.estimate
        ok = abs(c.error) <= 0.01
        close &= ok
        print(f"Kontroll ({what}), frö {c.seed}, {e.n} replikeringar: uppmätt {_p(c.target)}, modellen {_p(e.mean)} "
              f"(95 %: {_p(e.lo)}–{_p(e.hi)}), skillnad {_d(round(100 * c.error, 1))} p.e."
              + ("" if ok else " – INTE inom 1 procentenhet"))
    return 0 if close else EXIT_NOT_CLOSE


def _d(x: float) -> str:
    return f"{x:g}".replace(".", ",")


def _p(x: float) -> str:
    return f"{100 * x:.1f} %".replace(".", ",")


def _progress(text: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        sys.stderr.write("\r" + f"{text} ({done}/{total})"[:100].ljust(100))
        sys.stderr.flush()


def _h(text: str) -> str:
    """argparse formats help with %: a literal percent sign is %%."""
    return text.replace("%", "%%")


def register(sub: Any) -> None:
    n = sub.add_parser("new", help="skapa ett scenario för er egen enhet från några nyckeltal",
                       description="Skriver ett komplett, kommenterat scenario. Andelar anges i procent (30 eller "
                                   "30%); tal mellan 0 och 1 utan % avvisas som tvetydiga.")
    n.add_argument("out", metavar="OUT.toml", help="filen som skrivs (skrivs aldrig över utan --force)")
    n.add_argument("--name", required=True, help="kommunens eller enhetens namn")
    demand = n.add_mutually_exclusive_group(required=True)
    for key in ("children", "reports_per_year"):
        fig = FIGURES[key]
        demand.add_argument(fig.flag, type=int if fig.integer else float,
                            help=_h(f"{fig.label} ({fig.range_text()}); finns i: {fig.where}"))
    n.add_argument("--posts", type=float, required=True,
                   help=_h(f"{FIGURES['posts'].label} ({FIGURES['posts'].range_text()})"))
    for key in ("admin", "assistants", "followups", "open_investigations", "investigations_per_year",
                "vacancies", "consultants"):
        fig = FIGURES[key]
        n.add_argument(fig.flag, type=int if fig.integer or key in ("followups", "open_investigations") else float,
                       help=_h(f"{fig.label} ({fig.range_text()}); finns i: {fig.where}"))
    for key in ("share_to_investigation", "turnover", "measured_contact"):
        fig = FIGURES[key]
        n.add_argument(fig.flag, metavar="PROCENT",
                       help=_h(f"{fig.label} i procent ({fig.range_text()}): 30, 30% eller 12,5"))
    n.add_argument("--time-use", metavar="FILE.csv|FILE.xlsx",
                   help="uppmätt tidsanvändning i den nationella tidsstudiens kategorier (mall: "
                        "scenarios/tidsstudie-mall.csv)")
    n.add_argument("--fit-posts", action="store_true",
                   help="kalibrera antalet tjänster (i stället för tiden för indirekt arbete) mot den uppmätta "
                        "kontakttiden")
    n.add_argument("--measure", action="append", choices=[k for k in MEASURES if k != "socialjour"],
                   help="en åtgärd som används i dag (upprepa för fler)")
    n.add_argument("--no-socialjour", action="store_true", help="enheten har ingen socialjour")
    n.add_argument("--workers", type=int, help="antal processer (standard: alla kärnor)")
    n.add_argument("--force", action="store_true", help="skriv över OUT om filen finns")
    n.set_defaults(func=cmd_new)
