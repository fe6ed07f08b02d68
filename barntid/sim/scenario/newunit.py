"""A new unit from a few key figures: what the figures are, checking them, and the scenario they give.

The command line (`barntid new`) and the GUI's wizard (Arkiv > Ny enhet …) read the same `FIGURES`: label,
unit, range, help and where a chief finds the figure. Shares are fractions here (0.3); the interfaces take
percent. `build` turns the figures into a validated Scenario with a first, analytic starting caseload
(Little's law with the model's durations); `barntid.sim.experiment.steady` replaces it with the model's
own steady state, and `render` writes the commented TOML file.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from barntid.sim.scenario.io import Problem, ScenarioError, field_info, validate
from barntid.sim.scenario.schema import Initial, Scenario

REPORTS_PER_CHILD = 1540 / 10_000  # orosanmälningar per barn och år, Socialstyrelsen 2018
WEEKS_PER_YEAR = 365 / 7
MONTH_DAYS = 365 / 12
ASSESSMENT_DAYS = 3.0  # mean days an initial assessment is open (first guess; the steady state measures it)
TURNOVER_RATIO = 0.36 / 0.32  # Sjöbo: the long-run rate 0.36 gives 32 % measured turnover (schema source)
NEWCOMER_SHARE = 0.25  # Öppna jämförelser 2019: 25 % under a year's experience (used without a turnover)


@dataclass(frozen=True)
class Figure:
    """One key figure a chief gives: its flag, label, unit, range, help and where to find it."""

    key: str
    label: str
    unit: str
    lo: float
    hi: float
    help: str
    where: str
    percent: bool = False
    integer: bool = False

    @property
    def flag(self) -> str:
        return "--" + self.key.replace("_", "-")

    def range_text(self, hi: float | None = None) -> str:
        top = self.hi if hi is None else hi
        return f"{_n(self.lo)}–{_n(top)} {self.unit}".strip()


def _n(v: float) -> str:
    """Swedish number: 12,5; 3 000 000 (grouped from 10 000 on)."""
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", "\u00a0") if abs(v) >= 10_000 else str(int(v))
    return f"{v:g}".replace(".", ",")


FIGURES: dict[str, Figure] = {f.key: f for f in (
    Figure("children", "Barn 0–17 år i kommunen", "barn", 1, 3_000_000,
           "Ger orosanmälningarna med riksnivån 1 540 per 10 000 barn och år (Socialstyrelsen 2018).",
           "SCB:s befolkningsstatistik eller Kolada (folkmängd 0–17 år)", integer=True),
    Figure("reports_per_year", "Orosanmälningar per år", "st/år", 1, 100_000,
           "Anmälningar om barn som kan behöva skydd eller stöd, förra året.",
           "Enhetens verksamhetssystem (ärendestatistik) eller årsredovisningen"),
    Figure("share_to_investigation", "Andel som leder till utredning", "%", 0, 100,
           "Andel av anmälningarna där utredning inleds. Riksnivå 38 % (Socialstyrelsen 2018).",
           "Verksamhetssystemet: inledda utredningar delat med anmälningar", percent=True),
    Figure("investigations_per_year", "Inledda utredningar per år", "st/år", 0, 100_000,
           "Om ni vet antalet: ersätter andelen ovan (högst lika många som anmälningarna).",
           "Verksamhetssystemet eller Kolada (inledda utredningar, barn och unga)"),
    Figure("open_investigations", "Pågående utredningar i dag", "st", 0, 100_000,
           "Om ni vet antalet: startläget fördelas på ålder som i jämvikt. Annars räknas det fram.",
           "Verksamhetssystemet: öppna utredningar i dag"),
    Figure("followups", "Pågående insatser som följs upp", "st", 0, 100_000,
           "Insatser (placeringar, öppenvård) som enheten följer upp i dag. Anger hur stor andel av "
           "utredningarna som leder till insats.", "Verksamhetssystemet: aktuella insatser"),
    Figure("posts", "Socialsekreterare", "heltidstjänster", 0.5, 1000,
           "Tjänster för handläggare med socionomexamen, tillsatta och vakanta.",
           "Bemanningsplanen, budgeten eller årsredovisningen"),
    Figure("admin", "Administrativt stöd", "heltidstjänster", 0, 200,
           "Administratörer som tar över delegerbar administration.", "Bemanningsplanen eller budgeten"),
    Figure("assistants", "Assistenter", "heltidstjänster", 0, 200,
           "Medarbetare utan socionomexamen som tar praktiska uppgifter.", "Bemanningsplanen eller budgeten"),
    Figure("turnover", "Personalomsättning förra året", "%", 0, 100,
           "Andel av socialsekreterarna som slutade under året.",
           "HR-systemet, personalbokslutet eller årsredovisningen", percent=True),
    Figure("vacancies", "Vakanta tjänster i dag", "st", 0, 1000,
           "Tjänster utan ordinarie socialsekreterare i dag (högst antalet tjänster).",
           "Bemanningsplanen eller HR", integer=True),
    Figure("consultants", "Konsulter i dag", "st", 0, 1000,
           "Inhyrda socialsekreterare i dag. Fler än noll: vakanser fylls med konsulter efter fyra veckor.",
           "Avtal med bemanningsföretag eller ekonomiuppföljningen", integer=True),
    Figure("measured_contact", "Uppmätt andel tid i direktkontakt", "%", 1, 80,
           "Från er egen tidsstudie (vanliga arbetsveckor). Modellen anpassas så att den återger andelen.",
           "Egen tidsstudie, t.ex. med den nationella tidsstudiens kategorier", percent=True),
)}

MEASURES = {"mobile_documentation": "Bärbara datorer", "pair_visits": "Parbesök",
            "school_contacts": "Möten i skolan", "checklists": "Checklistor", "socialjour": "Socialjour"}


@dataclass(frozen=True)
class UnitFigures:
    """What the chief knows. Shares are fractions (0.38), counts are counts; None: not known."""

    name: str
    posts: float
    children: int | None = None
    reports_per_year: float | None = None
    share_to_investigation: float | None = None
    investigations_per_year: float | None = None
    open_investigations: int | None = None
    followups: int | None = None
    admin: float | None = None
    assistants: float | None = None
    turnover: float | None = None
    vacancies: int | None = None
    consultants: int | None = None
    measured_contact: float | None = None
    measures: dict[str, bool] = field(default_factory=dict)

    @property
    def reports(self) -> float:
        """Reports of concern a year: given, or from the number of children at the national rate."""
        if self.reports_per_year is not None:
            return self.reports_per_year
        return (self.children or 0) * REPORTS_PER_CHILD

    @property
    def investigation_share(self) -> float:
        if self.investigations_per_year is not None and self.reports > 0:
            return self.investigations_per_year / self.reports
        if self.share_to_investigation is not None:
            return self.share_to_investigation
        return float(_default("demand.share_to_investigation"))


def parse_share(text: str, key: str) -> float:
    """A share typed in percent -> a fraction: '30', '30%', '12,5 %' -> 0.30, 0.125. A number between 0 and 1
    without a percent sign is refused as ambiguous (0.3 could mean 30 %); errors name the figure and range."""
    fig = FIGURES[key]
    raw = text.strip().replace("\u00a0", "").replace(" ", "")
    explicit = raw.endswith("%")
    num = raw.rstrip("%").replace(",", ".")
    if not re.fullmatch(r"[-+]?(\d+(\.\d*)?|\.\d+)", num):
        raise ScenarioError([Problem(fig.flag, f"'{text}' är inte ett tal i procent ({fig.range_text()})",
                                     fig.label)])
    value = float(num)
    if 0 < value < 1 and not explicit:
        shown = _n(round(value * 100, 6))
        raise ScenarioError([Problem(fig.flag, f"'{text}' är tvetydigt: andelar anges i procent. Skriv {shown} "
                                               f"för {shown} %, eller {text}% om du menar {text} %", fig.label)])
    return value / 100


def _default(key: str) -> Any:
    info = field_info(key)
    assert info is not None, key
    return info.default


def _out_of_range(fig: Figure, value: float, hi: float | None = None, why: str = "") -> Problem:
    shown = _n(value * 100 if fig.percent else value)
    tail = f" ({why})" if why else ""
    return Problem(fig.flag, f"värdet {shown} är utanför det tillåtna intervallet {fig.range_text(hi)}{tail}",
                   fig.label)


def problems(f: UnitFigures) -> list[Problem]:
    """Everything impossible about the figures, each naming the figure by its label and the allowed range."""
    out: list[Problem] = []
    if not f.name.strip():
        out.append(Problem("--name", "ange kommunens eller enhetens namn", "Namn"))
    elif len(f.name) > 200 or any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in f.name):
        out.append(Problem("--name", "högst 200 tecken och inga styrtecken", "Namn"))
    if (f.children is None) == (f.reports_per_year is None):
        out.append(Problem("--children", "ange antingen antalet barn 0–17 år eller orosanmälningar per år "
                                         "(en av dem)", FIGURES["children"].label))
    values = {k: getattr(f, k) for k in FIGURES}
    for key, value in values.items():
        fig = FIGURES[key]
        if value is None:
            continue
        v = value * 100 if fig.percent else value
        if not isinstance(v, int | float) or not math.isfinite(v) or not fig.lo <= v <= fig.hi:
            out.append(_out_of_range(fig, value))
        elif fig.integer and not float(v).is_integer():
            out.append(Problem(fig.flag, f"värdet {_n(v)} ska vara ett heltal ({fig.range_text()})", fig.label))
    if out:
        return out
    reports = f.reports
    if reports / WEEKS_PER_YEAR > 2000:
        out.append(_out_of_range(FIGURES["children"] if f.children is not None else FIGURES["reports_per_year"],
                                 f.children or reports, why="högst 2 000 orosanmälningar per vecka"))
    if f.investigations_per_year is not None and f.investigations_per_year > reports:
        out.append(_out_of_range(FIGURES["investigations_per_year"], f.investigations_per_year, reports,
                                 "högst ett års orosanmälningar"))
    if f.open_investigations is not None and f.open_investigations > reports:
        out.append(_out_of_range(FIGURES["open_investigations"], f.open_investigations, math.floor(reports),
                                 "högst ett års orosanmälningar"))
    inv_year = reports * f.investigation_share
    if f.followups is not None and f.followups > 10 * inv_year:
        out.append(_out_of_range(FIGURES["followups"], f.followups, math.floor(10 * inv_year),
                                 "högst tio års utredningar"))
    if f.followups and inv_year == 0:
        out.append(Problem(FIGURES["followups"].flag, "insatser följs upp efter utredningar, men enheten har "
                                                      "inga utredningar", FIGURES["followups"].label))
    whole = math.floor(f.posts)
    for key in ("vacancies", "consultants"):
        value = getattr(f, key)
        if value is not None and value > max(whole, 1):
            out.append(_out_of_range(FIGURES[key], value, max(whole, 1), "högst antalet tjänster"))
    unknown = sorted(set(f.measures) - set(MEASURES))
    if unknown:
        out.append(Problem("--measure", f"okända åtgärder: {', '.join(unknown)}; tillåtna: {', '.join(MEASURES)}",
                           "Åtgärder"))
    return out


def check(f: UnitFigures) -> None:
    """Raise ScenarioError naming every impossible figure."""
    found = problems(f)
    if found:
        raise ScenarioError(found)


def followup_months_open(mean_months: float) -> float:
    """Mean months a follow-up stays open: Exp(mean) months, at least 0.5, rounded up to whole rounds."""
    return 1.0 / (1.0 - math.exp(-1.0 / mean_months))


def investigation_survival(sc: Scenario, ages_months: np.ndarray, n: int = 20_000) -> np.ndarray:
    """P(an investigation is still open at each age), from its planned time and the wait for statements
    (docs/model.md 2.3); queueing delays are left to the steady-state run."""
    ef = sc.efforts
    rng = np.random.default_rng(2015)

    def lognormal(cv: float, size: int) -> np.ndarray:
        if cv <= 0:
            return np.ones(size)
        s2 = math.log1p(cv * cv)
        return np.asarray(rng.lognormal(-s2 / 2, math.sqrt(s2), size))

    span = ef.investigation_target_days * lognormal(ef.investigation_days_cv, n)
    wait = np.where(rng.random(n) < ef.statement_share, ef.statement_days * lognormal(0.5, n), 0.0)
    days = np.maximum(span, wait)
    return np.array([(days > a * MONTH_DAYS).mean() for a in ages_months])


def little_initial(sc: Scenario, f: UnitFigures) -> Initial:
    """A first starting caseload from Little's law: arrivals a month × the time a case stays open."""
    d = sc.demand
    per_month = d.reports_per_week * WEEKS_PER_YEAR / 12
    inv_month = per_month * d.share_to_investigation
    survival = investigation_survival(sc, np.arange(12) + 0.5)
    by_month = [inv_month * s for s in survival]
    while len(by_month) > 1 and by_month[-1] < 0.5:
        by_month.pop()
    if f.open_investigations is not None:
        total = sum(by_month) or 1.0
        by_month = [f.open_investigations * b / total for b in by_month]
    followups = f.followups if f.followups is not None else \
        inv_month * d.share_to_followup * followup_months_open(d.followup_months)
    return Initial.model_validate({**sc.initial.model_dump(), "followups": round(followups),
                                   "assessments": round(per_month * 12 / 365 * ASSESSMENT_DAYS),
                                   "investigations_by_month": tuple(round_counts(by_month))})


def round_counts(values: list[float]) -> list[int]:
    """Round a list of counts keeping their (rounded) total."""
    total = round(sum(values))
    floors = [math.floor(v) for v in values]
    order = sorted(range(len(values)), key=lambda i: values[i] - floors[i], reverse=True)
    for i in order[: max(0, total - sum(floors))]:
        floors[i] += 1
    return floors


def derived(f: UnitFigures) -> dict[str, Any]:
    """The scenario's values that follow from the figures, as dotted keys (the rest keep their defaults)."""
    ch: dict[str, Any] = {"name": f.name.strip(), "demand.reports_per_week": round(f.reports / WEEKS_PER_YEAR, 3),
                          "demand.share_to_investigation": round(f.investigation_share, 4),
                          "staff.social_workers": f.posts}
    inv_month = f.reports / 12 * f.investigation_share
    if f.followups is not None and inv_month > 0:
        months = float(_default("demand.followup_months"))
        share = f.followups / (inv_month * followup_months_open(months))
        if share > 1:  # more follow-ups than half the investigations can give: they last longer
            share = 1.0
            ratio = min(0.999, inv_month / max(f.followups, 1e-9))
            months = min(120.0, max(0.5, -1.0 / math.log(1.0 - ratio)))
        ch["demand.share_to_followup"] = round(share, 4)
        ch["demand.followup_months"] = round(months, 2)
    if f.admin is not None:
        ch["staff.admin_fte"] = f.admin
    if f.assistants is not None:
        ch["staff.assistant_fte"] = f.assistants
    whole = max(1, math.ceil(f.posts))
    vac = f.vacancies if f.vacancies is not None else min(whole, int(_default("initial.vacancies")))
    ch["initial.vacancies"] = vac
    share_new = min(1.0, f.turnover) if f.turnover is not None else NEWCOMER_SHARE
    ch["initial.newcomers"] = max(0, min(whole - vac, round(share_new * f.posts)))
    if f.turnover is not None:
        ch["turnover.annual_rate"] = round(min(3.0, f.turnover * TURNOVER_RATIO), 4)
    if f.consultants:
        ch["turnover.consultant_policy"] = "after"
    for key, on in f.measures.items():
        ch[f"measures.{key}"] = bool(on)
    if f.measures.get("pair_visits"):  # as in Sjöbo 2017: every investigation meeting, the rest alone
        ch["measures.pair_visits"] = 1.0
        ch["measures.pair_followup_meetings"] = False
        ch["measures.pair_school_meetings"] = False
    return ch


def build(f: UnitFigures, initial: Initial | None = None) -> Scenario:
    """The scenario for the figures; the starting caseload given, or a first one from Little's law."""
    check(f)
    data: dict[str, Any] = {}
    for key, value in derived(f).items():
        node = data
        *head, last = key.split(".")
        for part in head:
            node = node.setdefault(part, {})
        node[last] = value
    data["description"] = f"{f.name.strip()}: skapad från nyckeltal med barntid new."
    sc = validate(data)
    ini = initial or little_initial(sc, f)
    ini = Initial.model_validate({**ini.model_dump(), "vacancies": sc.initial.vacancies,
                                  "newcomers": sc.initial.newcomers})
    return sc.model_copy(update={"initial": ini})
