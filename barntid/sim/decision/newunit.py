"""A new unit from key figures, end to end: scenario, steady-state start, calibration, confirmation, file.

`create` is what `barntid new` and the GUI's wizard run. With a measured contact share it fits one unknown:
by default the hours of indirect work (documentation, administration, travel, collaboration, scaled
together), or the number of posts if asked. The share compared is the contact share of ordinary weeks (a time
study measures ordinary working weeks, as Sjöbo's did). With a time-use table it fits the effort hours to
every measured category with `calibrate` (whole-year time use, as `barntid calibrate`). Either way it then
runs the fitted unit with another seed and reports how close it came, with a 95 % interval.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from concurrent.futures import Executor
from dataclasses import dataclass, field

import numpy as np

from barntid.sim.decision.calibrate import GROUPS, _clipped, calibrate
from barntid.sim.experiment.results import Estimate, ExperimentResult, estimate
from barntid.sim.experiment.runner import run_experiment
from barntid.sim.experiment.steady import steady_initial
from barntid.sim.scenario.commented import render
from barntid.sim.scenario.io import Problem, ScenarioError, get, with_changes
from barntid.sim.scenario.newunit import (
    FIGURES,
    MEASURES,
    REPORTS_PER_CHILD,
    TURNOVER_RATIO,
    UnitFigures,
    build,
    round_counts,
)
from barntid.sim.scenario.schema import Scenario

CONTACT_KPI = "contact_share_ordinary_weeks"
INDIRECT = ("documentation", "administration", "travel", "collaboration")
FIT_TOLERANCE = 0.002  # aim within 0.2 points on the fitting seed, so the confirmation is within 1 point
Report = Callable[[str, int, int], None]  # (what is happening, done, total)


@dataclass(frozen=True)
class Check:
    """How close the fitted unit comes to one measured share, run with another seed."""

    name: str  # CONTACT_KPI or a time-use category
    target: float
    estimate: Estimate
    seed: int

    @property
    def error(self) -> float:
        return self.estimate.mean - self.target


@dataclass(frozen=True)
class NewUnit:
    scenario: Scenario
    text: str
    fitted: str = ""  # what calibration changed, in words; "" without a measurement
    checks: list[Check] = field(default_factory=list)


def create(f: UnitFigures, time_use: Mapping[str, float] | None = None, fit_posts: bool = False,
           replications: int = 8, confirm_replications: int = 10, pool: Executor | None = None,
           progress: Report | None = None) -> NewUnit:
    """Build, start in steady state, calibrate to any measurement, confirm with seed + 1, and render."""
    if time_use is not None and f.measured_contact is not None:
        raise ScenarioError([Problem("--time-use", "ange antingen en uppmätt andel kontakttid eller en "
                                                   "tidsanvändningstabell, inte båda", "Tidsanvändning")])
    say: Report = progress or (lambda _t, _d, _n: None)
    sc = build(f)
    notes = figure_notes(f, sc)
    fitted = ""
    if f.measured_contact is not None or time_use:
        sc = _with_steady(f, sc, pool, say)  # fit on a unit that starts as it runs
        if f.measured_contact is not None:
            sc, fitted = fit_contact(sc, f.measured_contact, fit_posts, replications, pool, say)
        else:
            assert time_use is not None
            sc, fitted = fit_time_use(sc, time_use, fit_posts, replications, pool, say)
        for key in _changed_keys(build(f), sc):
            notes[key] = "Kalibrerat: " + fitted
    sc = _with_steady(f, sc, pool, say)  # the start for the final staffing and efforts
    checks: list[Check] = []
    if fitted:
        say("Kontrollkörning med ett annat slumpfrö", 0, 1)
        checks = confirm(sc, f.measured_contact, time_use, confirm_replications, pool)
    notes.update({f"initial.{k}": "Jämviktsläge för inflödet och bemanningen, uppmätt i modellen (medel av "
                                  "fyra replikeringar, vid början av år 2 och år 3)."
                  for k in ("assessments", "investigations_by_month", "followups")})
    if f.open_investigations is not None:
        notes["initial.investigations_by_month"] = (f"Era {f.open_investigations} pågående utredningar, "
                                                    "fördelade på ålder som i modellens jämviktsläge.")
    if f.followups is not None:
        notes["initial.followups"] = "Från era uppgifter."
    header = [f"Barntid-scenario: {sc.name}. Skapat från enhetens nyckeltal med barntid new (eller Arkiv > Ny "
              "enhet …). Varje värde har en kommentar: från era uppgifter, härlett ur dem, kalibrerat, eller "
              "standardvärdet med dess källa (docs/model.md, avsnitt 3)."]
    if fitted:
        header.append(f"Kalibrering: {fitted}")
    return NewUnit(sc, render(sc, notes, header), fitted, checks)


def _with_steady(f: UnitFigures, sc: Scenario, pool: Executor | None, say: Report) -> Scenario:
    say("Räknar fram startläget (jämvikt)", 0, 4)
    ini = steady_initial(sc, pool=pool, progress=lambda d, n: say("Räknar fram startläget (jämvikt)", d, n))
    changes: dict[str, object] = {"initial.assessments": ini.assessments,
                                  "initial.investigations_by_month": list(ini.investigations_by_month),
                                  "initial.followups": ini.followups}
    if f.open_investigations is not None:
        shares = ini.investigations_by_month if sum(ini.investigations_by_month) else (1,)
        changes["initial.investigations_by_month"] = round_counts([f.open_investigations * v / sum(shares)
                                                                   for v in shares])
    if f.followups is not None:
        changes["initial.followups"] = f.followups
    return with_changes(sc, changes)


def _contact(sc: Scenario, replications: int, pool: Executor | None, seed: int | None = None) -> ExperimentResult:
    return run_experiment(sc, replications=replications, seed=seed, workers=None if pool else 1, pool=pool)


def _solve(evaluate: Callable[[float], float], x0: float, target: float, increasing: bool,
           lo: float, hi: float, say: Report, iterations: int = 10) -> tuple[float, float]:
    """x in [lo, hi] where the (monotone, noisy but with common random numbers) evaluate(x) meets target:
    secant steps in log x inside a shrinking bracket. Returns the best x and its value."""
    pts: list[tuple[float, float]] = []
    x = x0
    for it in range(iterations):
        y = evaluate(x)
        pts.append((x, y))
        say(f"Kalibrerar: varv {it + 1}, {_dec(round(100 * y, 1))} % mot uppmätta {_dec(round(100 * target, 1))} %",
            it + 1, iterations)
        if abs(y - target) <= FIT_TOLERANCE:
            break
        below = [p for p in pts if (p[1] < target) == increasing]  # x too small (if increasing)
        above = [p for p in pts if (p[1] < target) != increasing]
        if below and above:
            a = max(below, key=lambda p: p[0]) if increasing else min(below, key=lambda p: p[0])
            b = min(above, key=lambda p: p[0]) if increasing else max(above, key=lambda p: p[0])
            la, lb = math.log(a[0]), math.log(b[0])
            t = (target - a[1]) / (b[1] - a[1]) if b[1] != a[1] else 0.5
            nx = math.exp(la + min(0.9, max(0.1, t)) * (lb - la))
        else:
            slope = 1.0 if increasing else -1.0  # a first guess of the elasticity of the share in x
            ratio = max(0.5, min(2.0, (target / max(y, 1e-4)) ** (1.5 / slope)))
            nx = x * ratio
        nx = min(hi, max(lo, nx))
        if abs(nx - x) < 1e-6 * x:
            break
        x = nx
    return min(pts, key=lambda p: abs(p[1] - target))


def scaled_efforts(sc: Scenario, factor: float, groups: tuple[str, ...] = INDIRECT,
                   base: Scenario | None = None) -> Scenario:
    """`sc` with every effort in the groups `factor` times its value in `base` (default `sc`), within range."""
    ref = base or sc
    return _clipped(sc, {k: round(get(ref, k) * factor, 4) for g in groups for k in GROUPS[g]})


def fit_contact(sc: Scenario, target: float, fit_posts: bool, replications: int, pool: Executor | None,
                say: Report) -> tuple[Scenario, str]:
    """Fit indirect-work hours (or posts) so the ordinary-week contact share is the measured one."""
    def at(x: float) -> Scenario:
        return with_changes(sc, {"staff.social_workers": round(x, 1)}) if fit_posts else scaled_efforts(sc, x)

    def evaluate(x: float) -> float:
        return float(_contact(at(x), replications, pool).kpis[CONTACT_KPI].mean)

    x0 = sc.staff.social_workers if fit_posts else 1.0
    lo, hi = (max(0.5, x0 / 4), min(1000.0, x0 * 4)) if fit_posts else (0.2, 5.0)
    x, _y = _solve(evaluate, x0, target, fit_posts, lo, hi, say)
    what = (f"antalet tjänster ({_dec(round(x, 1))} i stället för {_dec(x0)})" if fit_posts else
            f"tiden för indirekt arbete (dokumentation, administration, resor, samverkan) × {_dec(round(x, 2))}")
    return at(x), (f"{what}, så att andelen tid i direktkontakt under vanliga veckor blir den uppmätta "
                   f"{_dec(round(100 * target, 1))} %.")


def fit_time_use(sc: Scenario, target: Mapping[str, float], fit_posts: bool, replications: int,
                 pool: Executor | None, say: Report) -> tuple[Scenario, str]:
    """Posts to the measured contact share first if asked, then the efforts to every category (calibrate)."""
    what = ""
    if fit_posts and "contact" in target:
        x0 = sc.staff.social_workers

        def evaluate(x: float) -> float:
            res = _contact(with_changes(sc, {"staff.social_workers": round(x, 1)}), replications, pool)
            return res.time_use["contact"]

        x, _ = _solve(evaluate, x0, target["contact"], True, max(0.5, x0 / 4), min(1000.0, x0 * 4), say)
        sc = with_changes(sc, {"staff.social_workers": round(x, 1)})
        what = f"antalet tjänster ({_dec(round(x, 1))} i stället för {_dec(x0)}) och "
    fit = calibrate(sc, target, replications=replications, workers=None if pool else 1, pool=pool,
                    progress=lambda i, w: say(f"Kalibrerar tidsanvändningen: varv {i}, största avvikelse "
                                              f"{100 * w:.1f} p.e.", i, 8))
    return fit.scenario, f"{what}arbetsinsatserna, så att tidsanvändningen blir den uppmätta ({fit.iterations} varv)."


def confirm(sc: Scenario, contact: float | None, time_use: Mapping[str, float] | None, replications: int,
            pool: Executor | None) -> list[Check]:
    """Run the fitted unit with seed + 1 and compare each measured share, with a 95 % interval."""
    seed = sc.simulation.seed + 1
    res = _contact(sc, replications, pool, seed)
    if contact is not None:
        return [Check(CONTACT_KPI, contact, res.kpis[CONTACT_KPI], seed)]
    checks = []
    for cat, t in (time_use or {}).items():
        shares = np.array([r.hours[cat] / r.worked_hours for r in res.replications if r.worked_hours > 0])
        checks.append(Check(cat, t, estimate(shares, "contact_share"), seed))
    return checks


def _changed_keys(a: Scenario, b: Scenario) -> list[str]:
    out = []
    for section in ("staff", "efforts", "measures"):
        ma, mb = getattr(a, section), getattr(b, section)
        out += [f"{section}.{k}" for k in type(ma).model_fields if getattr(ma, k) != getattr(mb, k)]
    return out


def figure_notes(f: UnitFigures, sc: Scenario) -> dict[str, str]:
    """Where each value taken from or derived from the figures came from, for the file's comments."""
    d = sc.demand
    yours = "Från era uppgifter."
    if f.children is not None:
        reports = (f"Från era uppgifter: {_th(f.children)} barn 0–17 år × 1 540 orosanmälningar per 10 000 barn "
                   f"och år (Socialstyrelsen 2018) = {_th(f.children * REPORTS_PER_CHILD)} per år.")
    else:
        reports = f"Från era uppgifter: {_th(f.reports)} orosanmälningar per år."
    notes = {"name": yours, "demand.reports_per_week": reports}
    if f.investigations_per_year is not None:
        notes["demand.share_to_investigation"] = (f"Från era uppgifter: {f.investigations_per_year:.0f} inledda "
                                                  f"utredningar av {f.reports:.0f} anmälningar per år.")
    elif f.share_to_investigation is not None:
        notes["demand.share_to_investigation"] = yours
    if f.followups is not None:
        text = (f"Härlett ur era {f.followups} pågående insatser: så många är öppna i jämvikt med "
                f"{_dec(round(f.reports * d.share_to_investigation / 12, 1))} nya utredningar i månaden.")
        notes["demand.share_to_followup"] = notes["demand.followup_months"] = text
    for key, attr in (("staff.social_workers", "posts"), ("staff.admin_fte", "admin"),
                      ("staff.assistant_fte", "assistants"), ("initial.vacancies", "vacancies")):
        if getattr(f, attr) is not None:
            notes[key] = yours
    if f.turnover is not None:
        notes["turnover.annual_rate"] = (f"Härlett ur er personalomsättning {100 * f.turnover:.0f} % förra året: "
                                         f"långsiktig risk = omsättningen × {_dec(round(TURNOVER_RATIO, 3))} "
                                         "(i Sjöbo 2015 ger 0,36 en uppmätt omsättning på 32 %).")
        notes["initial.newcomers"] = "Härlett: personalomsättningen × tjänsterna (anställda det senaste året)."
    if f.consultants:
        notes["turnover.consultant_policy"] = (f"Ni har {f.consultants} konsulter i dag: vakanta tjänster fylls med "
                                               "konsulter (efter Konsult efter, nedan).")
    for key, on in f.measures.items():
        notes[f"measures.{key}"] = f"Från era uppgifter: {MEASURES[key].lower()} {'används' if on else 'används inte'}."
    return notes


def _dec(x: float) -> str:
    """12,5 (Swedish decimal comma)."""
    return f"{x:g}".replace(".", ",")


def _th(n: float) -> str:
    """1 540 (Swedish thousands separator)."""
    return f"{n:,.0f}".replace(",", "\u00a0")


__all__ = ["FIGURES", "Check", "NewUnit", "create"]
