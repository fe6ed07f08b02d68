"""The report for the social welfare committee (socialnämnden): a Swedish PDF, baseline beside proposal.

Both scenarios run with the same seeds (common random numbers), so the differences carry 95% intervals of
the paired differences. The charts are the application's own chart widgets, drawn offscreen, so the report
shows exactly what the chief saw; pages are written with matplotlib's PdfPages (no pyplot).
"""

from __future__ import annotations

import datetime as dt
import os
import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

import matplotlib
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from barntid.present.format import fmt, fmt_difference, label
from barntid.sim.engine.accounting import KPI_NAMES
from barntid.sim.experiment.results import ExperimentResult, paired_difference
from barntid.sim.experiment.runner import run_experiment
from barntid.sim.scenario.files import atomic_path, resolve_target
from barntid.sim.scenario.io import field_info, get
from barntid.sim.scenario.schema import SECTIONS, Scenario

matplotlib.rcParams["text.parse_math"] = False  # names come from users: "$x$" is text, not mathtext

if TYPE_CHECKING:  # the charts are Qt widgets, imported only when the report is written
    from barntid.gui.results.chart_base import ChartWidget

A4 = (8.27, 11.69)
BLUE, GREY = "#1565c0", "#9e9e9e"
ASSUMPTION_KEYS = (
    "demand.reports_per_week", "demand.share_to_investigation", "demand.share_to_followup",
    "demand.followup_months", "staff.weekly_hours", "staff.leave_days", "staff.sickness_share",
    "turnover.annual_rate", "turnover.recruitment_weeks", "turnover.ramp_months",
    "efforts.investigation_casework_hours", "efforts.visit_contact_hours", "efforts.visit_documentation_hours",
    "effects.laptop_documentation_saving", "effects.pair_laptop_documentation_saving",
    "effects.school_travel_saving", "effects.checklist_casework_saving", "effects.admin_handover_share",
    "costs.social_worker_salary", "costs.consultant_monthly",
)


def _ensure_app() -> object:
    from PySide6.QtWidgets import QApplication

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication.instance() or QApplication([])


def _value(key: str, value: object) -> str:
    info = field_info(key)
    extra = info.json_schema_extra if info is not None and isinstance(info.json_schema_extra, dict) else {}
    if isinstance(value, bool):
        return "på" if value else "av"
    if isinstance(value, float):
        text = f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", " ").replace(".", ",")
    else:
        text = str(value)
    return f"{text} {extra.get('unit', '')}".strip()


def _assumption(key: str, value: object) -> list[str]:
    """[label, value with unit, source] for the assumptions table."""
    info = field_info(key)
    extra = info.json_schema_extra if info is not None and isinstance(info.json_schema_extra, dict) else {}
    source = textwrap.shorten(str(extra.get("source", "")), 44, placeholder=" …")
    return [(info.title if info is not None else None) or key, _value(key, value), source or "Antagande"]


def _changes(base: Scenario, proposal: Scenario) -> list[tuple[str, str, str]]:
    rows = []
    for section in SECTIONS:
        a, b = getattr(base, section), getattr(proposal, section)
        for name in type(a).model_fields:
            va, vb = getattr(a, name), getattr(b, name)
            if va != vb:
                key = f"{section}.{name}"
                info = field_info(key)
                rows.append((info.title if info and info.title else key, _value(key, va), _value(key, vb)))
    return rows


def _text_page(pdf: PdfPages, title: str, blocks: list[tuple[str, list[str]]], table: list[list[str]] | None = None,
               col_widths: list[float] | None = None) -> None:
    fig = Figure(figsize=A4)
    fig.text(0.08, 0.95, title, fontsize=17, fontweight="bold", color=BLUE, va="top")
    y = 0.90
    for heading, lines in blocks:
        if heading:
            fig.text(0.08, y, heading, fontsize=12, fontweight="bold", va="top")
            y -= 0.028
        for line in lines:
            for part in textwrap.wrap(line, 95) or [""]:
                fig.text(0.08, y, part, fontsize=10, va="top")
                y -= 0.021
        y -= 0.012
    if table:
        ax = fig.add_axes((0.04, 0.05, 0.92, max(0.1, y - 0.07)))
        ax.set_axis_off()
        t = ax.table(cellText=table[1:], colLabels=table[0], loc="upper center", cellLoc="left",
                     colWidths=col_widths)
        t.auto_set_font_size(False)
        t.set_fontsize(8.5)
        t.scale(1, 1.45)
        for (r, _), cell in t.get_celld().items():
            cell.set_edgecolor("#cfd8dc")
            if r == 0:
                cell.set_facecolor("#e3f2fd")
                cell.set_text_props(fontweight="bold")
    pdf.savefig(fig)  # type: ignore[no-untyped-call]


def _kpi_table(base: ExperimentResult, prop: ExperimentResult) -> list[list[str]]:
    rows = [["Nyckeltal", "Utgångsläge", "Förslag", "Skillnad", "95 %-intervall"]]
    for k in KPI_NAMES:
        d = paired_difference(base, prop, k)
        rows.append([label(k), fmt(k, base.kpis[k].mean), fmt(k, prop.kpis[k].mean), fmt_difference(k, d.mean),
                     f"{fmt_difference(k, d.lo)} – {fmt_difference(k, d.hi)}"])
    rows.insert(2, ["Sannolikhet att nå målet", fmt("vacancy_rate", base.p_goal), fmt("vacancy_rate", prop.p_goal),
                    fmt_difference("vacancy_rate", prop.p_goal - base.p_goal), ""])
    return rows


def _chart_pages(pdf: PdfPages, charts: Sequence[ChartWidget], dpi: int = 150) -> None:
    """Two charts per A4 page, each drawn by its widget at print resolution."""
    images = []
    for chart in charts:
        fig = chart.figure
        fig.set_size_inches(A4[0] - 0.6, A4[1] / 2 - 0.5)
        fig.set_dpi(dpi)
        chart.redraw()
        canvas = fig.canvas
        assert isinstance(canvas, FigureCanvasAgg)  # the widgets draw with Agg
        canvas.draw()  # type: ignore[no-untyped-call]  # matplotlib's Agg canvas has no annotations
        images.append(np.asarray(canvas.buffer_rgba()).copy())  # type: ignore[no-untyped-call]
    for i in range(0, len(images), 2):
        page = Figure(figsize=A4, dpi=dpi)
        for j, img in enumerate(images[i:i + 2]):
            ax = page.add_axes((0.03, 0.51 - 0.49 * j, 0.94, 0.47))
            ax.imshow(img, interpolation="lanczos")
            ax.set_axis_off()
        pdf.savefig(page, dpi=dpi)  # type: ignore[no-untyped-call]


def write_report(base: Scenario, proposal: Scenario, path: str | os.PathLike[str], replications: int | None = None,
                 workers: int | None = None) -> None:
    """Run both scenarios with the same seed and write the committee report as a PDF (atomically)."""
    resolve_target(path)  # a folder or a device is refused before the long run, not after it
    _ensure_app()
    from barntid.gui.results.charts import ContactShareChart, CostChart, DeadlineChart, StaffChart, TimeUseChart
    from barntid.gui.results.compare import Entry

    n = replications or base.simulation.replications
    seed = base.simulation.seed
    b = run_experiment(base, replications=n, seed=seed, workers=workers)
    p = run_experiment(proposal, replications=n, seed=seed, workers=workers)
    d = paired_difference(b, p, "contact_share")
    cost = paired_difference(b, p, "annual_cost_sek")
    goal = fmt("contact_share", base.simulation.goal)
    summary = [
        f"Förslaget '{proposal.name}' jämförs med utgångsläget '{base.name}'. Andelen av socialsekreterarnas "
        f"arbetstid i direktkontakt med barn och familjer blir {fmt('contact_share', p.kpis['contact_share'].mean)} "
        f"mot {fmt('contact_share', b.kpis['contact_share'].mean)} i dag: {fmt_difference('contact_share', d.mean)} "
        f"(95 %-intervall {fmt_difference('contact_share', d.lo)} till {fmt_difference('contact_share', d.hi)}).",
        f"Målet är {goal}. Sannolikheten att nå det är {fmt('vacancy_rate', p.p_goal)} med förslaget och "
        f"{fmt('vacancy_rate', b.p_goal)} i dag.",
        f"Årskostnaden blir {fmt('annual_cost_sek', p.kpis['annual_cost_sek'].mean)}, "
        f"{fmt_difference('annual_cost_sek', cost.mean)} jämfört med i dag.",
    ]
    method = [
        f"Barntid simulerar enhetens arbete vecka för vecka: orosanmälningar, förhandsbedömningar (14 dagar), "
        f"utredningar (4 månader), uppföljningar och planerade möten med barnen, personalens tid, frånvaro och "
        f"personalomsättning. Båda alternativen körs {n} gånger över {base.simulation.years:g} år med samma "
        f"slumptal (frö {seed}), så att skillnaderna beror på förslaget och inte på slumpen.",
        "Intervallen visar osäkerheten i simuleringen, inte i antagandena; antagandena står på sista sidan.",
    ]
    changes = _changes(base, proposal)
    with atomic_path(path, ".pdf") as tmp, PdfPages(tmp) as pdf:
        _text_page(pdf, "Tid för barnen: underlag till socialnämnden",
                   [("", [f"Datum: {dt.date.today().isoformat()}. Framtaget med Barntid."]),
                    ("Sammanfattning", summary), ("Metod", method)],
                   _kpi_table(b, p), [0.34, 0.15, 0.15, 0.15, 0.21])
        entries = [Entry("baseline", "Utgångsläge", b, GREY), Entry("current", "Förslag", p, BLUE)]
        charts = [cls(None, 1.0, False) for cls in (ContactShareChart, TimeUseChart, StaffChart, DeadlineChart,
                                                    CostChart)]
        for chart in charts:
            chart.set_entries(entries)
        _chart_pages(pdf, charts)
        assumptions = [_assumption(k, get(base, k)) for k in ASSUMPTION_KEYS]
        _text_page(pdf, "Förslaget och antagandena",
                   [("Det här ändras i förslaget", [f"{n_}: {a} → {c}" for n_, a, c in changes] or
                     ["Inga parametrar skiljer; förslaget är samma scenario."]),
                    ("Viktiga antaganden i båda alternativen", [
                        "Källor: Socialstyrelsen, SCB via Akademikerförbundet SSR, Öppna jämförelser, den nationella "
                        "samordnarens tidsstudie 2017 och Sjöbo kommun 2017; 'Antagande' är modellens egna värden. "
                        "Fullständig beskrivning: docs/model.md."])],
                   [["Parameter", "Värde", "Källa"], *assumptions], [0.38, 0.18, 0.44])
