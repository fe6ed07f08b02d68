"""The words and tables of the committee report (no Qt, no matplotlib): what the PDF says, testable as text.

`barntid.gui.report.pdf` lays these out on A4 pages; everything a committee secretary reads is made here:
how the two alternatives are named, the summary, the decision section, the key figures with their units,
what the proposal changes and the assumptions with their sources.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from barntid.present.format import fmt, fmt_difference, label, rounds_to_zero
from barntid.present.labels import KPI_ORDER, KPIS
from barntid.sim.experiment.results import ExperimentResult, paired_difference
from barntid.sim.scenario.io import field_info, get
from barntid.sim.scenario.schema import SECTIONS, Scenario

NBSP = "\u00a0"  # between a number and its unit, and in thousands: never broken over two lines
TITLE = "Tid för barnen: underlag till socialnämnden"
ASSUMPTION_KEYS = (
    "demand.reports_per_week", "demand.share_to_investigation", "demand.share_to_followup",
    "demand.followup_months", "staff.weekly_hours", "staff.leave_days", "staff.sickness_share",
    "turnover.annual_rate", "turnover.recruitment_weeks", "turnover.ramp_months",
    "efforts.investigation_casework_hours", "efforts.visit_contact_hours", "efforts.visit_documentation_hours",
    "effects.laptop_documentation_saving", "effects.pair_laptop_documentation_saving",
    "effects.school_travel_saving", "effects.checklist_casework_saving", "effects.admin_handover_share",
    "costs.social_worker_salary", "costs.consultant_monthly",
)
# Settings the report overrides (both alternatives run with the baseline's count and random numbers).
NOT_A_CHANGE = ("simulation.replications", "simulation.seed")
SINGULAR = {"heltidstjänster": "heltidstjänst", "veckor": "vecka", "månader": "månad", "timmar": "timme",
            "dagar": "dag"}
DECISION_PLACEHOLDER = [
    "Socialnämnden föreslås besluta",
    "att ____________________________________________________________________",
    "att ____________________________________________________________________",
]
DECISION_HINT = ("(Förslaget till beslut är inte ifyllt. Skriv det i Barntid under Rapport till nämnden, eller "
                 "med barntid report --decision-text FIL.)")


@dataclass(frozen=True)
class ReportInfo:
    """What the user tells the report: shown on the first page and in every page's footer."""

    municipality: str = ""
    author: str = ""
    decision_text: str = ""
    date: dt.date | None = None  # today when None

    @property
    def day(self) -> dt.date:
        return self.date or dt.date.today()

    def footer(self) -> str:
        parts = [TITLE, self.municipality.strip(), self.day.isoformat()]
        return " · ".join(p for p in parts if p)


@dataclass(frozen=True)
class KpiRow:
    """One row of the key-figure table: every cell as printed, and whether the difference is clear."""

    label: str
    unit: str
    base: str
    proposal: str
    difference: str
    interval: str
    clear: bool  # the 95 % interval of the difference leaves out zero


def number(value: float, decimals: int = 2) -> str:
    """'34 000', '11,5', '0,15': Swedish decimal comma, thousands kept together, no trailing zeros, no '-0'."""
    if not math.isfinite(value):
        return "–"
    if round(value, decimals) == 0:
        value = 0.0
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    text = text.replace(",", NBSP).replace(".", ",")
    return text.replace("-", "−")


def _extra(key: str) -> dict[str, Any]:
    info = field_info(key)
    extra = info.json_schema_extra if info is not None else None
    return extra if isinstance(extra, dict) else {}


def param_label(key: str) -> str:
    info = field_info(key)
    return (info.title if info is not None else None) or key


def param_unit(key: str) -> str:
    """The unit as the report prints it: shares ('andel') are percent."""
    unit = str(_extra(key).get("unit", ""))
    if unit == "andel" or unit.startswith("andel "):
        return "%" + unit[len("andel"):]
    return unit


def _with_unit(text: str, unit: str, value: float | None = None) -> str:
    if not unit:
        return text
    if value is not None and value == 1 and unit in SINGULAR:
        unit = SINGULAR[unit]
    return f"{text}{NBSP}{unit}"


def _item(value: Any) -> str:
    """One surge or one wave of unaccompanied children, in words."""
    start, weeks = getattr(value, "start_week", 0), getattr(value, "weeks", 0)
    when = f"vecka {start}–{start + weeks - 1}"
    if hasattr(value, "multiplier"):
        return f"{when}: inflödet ×{NBSP}{number(value.multiplier)}"
    if hasattr(value, "per_week"):
        return f"{when}: {number(value.per_week)}{NBSP}barn/vecka"
    return when


def param_value(key: str, value: Any) -> str:
    """A parameter's value with its unit, as a person reads it: '38 %', '34 000 kr/månad', 'på'."""
    unit = str(_extra(key).get("unit", ""))
    if isinstance(value, bool):
        return "på" if value else "av"
    if isinstance(value, BaseModel):
        return _item(value)
    if isinstance(value, tuple | list):
        if not value:
            return "inga"
        if all(isinstance(v, BaseModel) for v in value):
            return "; ".join(_item(v) for v in value)
        return _with_unit("; ".join(param_value("", v) for v in value), unit)
    if isinstance(value, int | float):
        if unit == "andel" or unit.startswith("andel "):
            return _with_unit(number(100 * value, 1), param_unit(key))
        return _with_unit(number(value), unit, value)
    return str(value)


def clean_source(text: str) -> str:
    """A source as a reader can follow it: no file paths of the program's repository."""
    text = re.sub(r"\(docs/model\.md,?\s*([\d.]+)\)", r"(Barntids modellbeskrivning, avsnitt \1)", text)
    text = re.sub(r"docs/model\.md,?\s*([\d.]+)", r"Barntids modellbeskrivning, avsnitt \1", text)
    text = re.sub(r"\b[\w./-]+/[\w.-]+\.(md|py|toml|json)\b", "Barntids modellbeskrivning", text)
    return text.strip()


def change_rows(base: Scenario, proposal: Scenario) -> list[tuple[str, str, str]]:
    """(parameter, utgångsläge, förslag) for every parameter the proposal changes."""
    rows = []
    for section in SECTIONS:
        a, b = getattr(base, section), getattr(proposal, section)
        for name in type(a).model_fields:
            key = f"{section}.{name}"
            va, vb = getattr(a, name), getattr(b, name)
            if va != vb and key not in NOT_A_CHANGE:
                rows.append((param_label(key), param_value(key, va), param_value(key, vb)))
    return rows


def proposal_title(base: Scenario, proposal: Scenario, limit: int = 2) -> str:
    """The proposal's name, or, when it has the baseline's name, the baseline and what differs:
    'Sjöbo 2015 med Administrativt stöd 2 heltidstjänster'."""
    if proposal.name.strip() != base.name.strip():
        return proposal.name
    parts = [f"{name} {after}" for name, _before, after in change_rows(base, proposal)]
    if proposal.timeline and proposal.timeline != base.timeline:
        n = len(proposal.timeline)
        parts.append(f"en plan i {n} steg" if n != 1 else "en plan i ett steg")
    if not parts:
        return f"{proposal.name} (oförändrat)"
    text = ", ".join(parts[:limit])
    more = len(parts) - limit
    if more > 0:
        text += f" och {more} {'ändring' if more == 1 else 'ändringar'} till"
    return f"{base.name} med {text}"


def whole_percent(share: float) -> str:
    """'20 %', '12,5 %': a share in percent with a decimal only when it has one."""
    return _with_unit(number(100 * share, 1), "%") if math.isfinite(share) else "–"


def kpi_unit(name: str) -> str:
    """The unit a key figure's row is printed in: 'timmar', '% av avtalad tid', 'mkr per år'."""
    unit, kind = KPIS[name][2], KPIS[name][3]
    if kind == "sek":
        return "mkr per år"  # both costs are per year; the table shows them in millions
    return unit


def _keep(text: str) -> str:
    """A value and its unit on one line ('12,30 mkr')."""
    return text.replace(" ", NBSP)


def _interval(name: str, lo: float, hi: float) -> str:
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return "–"
    a, b = fmt_difference(name, lo), fmt_difference(name, hi)
    unit = b.split(" ", 1)[1] if " " in b else ""
    if unit and a.endswith(" " + unit):
        a = a[: -len(unit) - 1]  # the unit once, after the interval
    return f"{_keep(a)} till {_keep(b)}"


def kpi_rows(base: ExperimentResult, proposal: ExperimentResult) -> list[KpiRow]:
    """The key figures of both alternatives with the paired difference and its 95 % interval."""
    rows = []
    for k in KPI_ORDER:
        d = paired_difference(base, proposal, k)
        clear = math.isfinite(d.lo) and (d.lo > 0 or d.hi < 0) and not rounds_to_zero(k, d.mean)
        rows.append(KpiRow(label(k), kpi_unit(k), _keep(fmt(k, base.kpis[k].mean)),
                           _keep(fmt(k, proposal.kpis[k].mean)), _keep(fmt_difference(k, d.mean)),
                           _interval(k, d.lo, d.hi), clear))
        if k == "child_contact_share":
            rows.append(KpiRow(f"Körningar som når målet ({whole_percent(base.goal)})", "% av körningarna",
                               whole_percent(base.p_goal), whole_percent(proposal.p_goal),
                               fmt_difference("vacancy_rate", proposal.p_goal - base.p_goal), "", False))
    return rows


def summary(base: ExperimentResult, proposal: ExperimentResult, base_title: str, prop_title: str) -> list[str]:
    """The report's first paragraphs: the comparison, the contact share, the goal and the cost."""
    d = paired_difference(base, proposal, "contact_share")
    cost = paired_difference(base, proposal, "annual_cost_sek")
    b_c, p_c = base.kpis["contact_share"].mean, proposal.kpis["contact_share"].mean
    contact = (f"Andelen av socialsekreterarnas arbetstid i direktkontakt med barn och familjer blir "
               f"{fmt('contact_share', p_c)} med förslaget mot {fmt('contact_share', b_c)} i utgångsläget")
    if rounds_to_zero("contact_share", d.mean):
        contact += ", i stort sett oförändrad"
    else:
        contact += f", en skillnad på {fmt_difference('contact_share', d.mean)}"
    if math.isfinite(d.lo):
        contact += f" (95 %-intervall {_interval('contact_share', d.lo, d.hi)})"
    b_ch, p_ch = base.kpis["child_contact_share"].mean, proposal.kpis["child_contact_share"].mean
    if abs(p_ch - p_c) < 5e-4 and abs(b_ch - b_c) < 5e-4:
        child = ("Barnens tid, där ett parbesök räknas en gång, är densamma i båda alternativen eftersom inga "
                 "möten hålls i par.")
    else:
        child = (f"Barnens tid, där ett parbesök räknas en gång, blir {fmt('child_contact_share', p_ch)} mot "
                 f"{fmt('child_contact_share', b_ch)}. Andelen tid i direktkontakt räknar båda "
                 "socialsekreterarna vid ett parbesök, som en tidsstudie gör och som målet avser; barnens tid är "
                 "den tid barnen och familjerna faktiskt får.")
    cost_text = f"Årskostnaden blir {fmt('annual_cost_sek', proposal.kpis['annual_cost_sek'].mean)}"
    if rounds_to_zero("annual_cost_sek", cost.mean):
        cost_text += ", samma som i utgångsläget."
    else:
        cost_text += f", {fmt_difference('annual_cost_sek', cost.mean)} jämfört med utgångsläget."
    return [
        f"Förslaget ”{prop_title}” jämförs med utgångsläget ”{base_title}”.",
        contact + ".",
        child,
        f"Målet är {whole_percent(base.goal)} av arbetstiden. Förslaget når målet i "
        f"{whole_percent(proposal.p_goal)} av körningarna, utgångsläget i {whole_percent(base.p_goal)}.",
        cost_text,
    ]


def method(base: Scenario, replications: int) -> list[str]:
    years = number(base.simulation.years, 1)
    return [
        "Barntid simulerar enhetens arbete vecka för vecka: orosanmälningar, förhandsbedömningar (14 dagar), "
        "utredningar (4 månader), uppföljningar och planerade möten med barnen, personalens tid, frånvaro och "
        f"personalomsättning. Båda alternativen körs {replications} gånger över {years} år med samma "
        "slumpmässiga händelser, så att skillnaderna beror på förslaget och inte på slumpen.",
        "Nyckeltalen är medelvärden av körningarna. Intervallen (95 %) visar osäkerheten i simuleringen, inte i "
        "antagandena; antagandena och deras källor står sist i rapporten.",
    ]


TABLE_NOTE = ("p.e. = procentenheter. En skillnad i fetstil är tydlig: dess 95 %-intervall innehåller inte noll. "
              "Skillnaderna gäller förslaget minus utgångsläget, körning för körning.")


def decision_lines(info: ReportInfo) -> tuple[list[str], bool]:
    """The decision section's paragraphs and whether the user wrote them (else a placeholder to fill in)."""
    text = info.decision_text.strip()
    if not text:
        return list(DECISION_PLACEHOLDER), False
    return [line.rstrip() for line in text.splitlines()], True


def assumption_rows(base: Scenario, proposal: Scenario) -> list[tuple[str, str, str]]:
    """(parameter, value with unit, source) for the assumptions both alternatives rest on."""
    rows = []
    for key in ASSUMPTION_KEYS:
        value = param_value(key, get(base, key))
        other = param_value(key, get(proposal, key))
        if other != value:
            value += f" (förslaget: {other})"
        source = clean_source(str(_extra(key).get("source", "")))
        rows.append((param_label(key), value, source or "Antagande"))
    return rows


SOURCES_NOTE = ("Källor: Socialstyrelsen, SCB via Akademikerförbundet SSR, Öppna jämförelser, den nationella "
                "samordnarens tidsstudie 2017 och Sjöbo kommun 2017. ”Antagande” är ett värde som modellen bygger "
                "på utan mätning; ”Kalibrerat” är valt så att modellen återger en uppmätt siffra. Modellen och "
                "alla antaganden beskrivs i Barntids modellbeskrivning.")
