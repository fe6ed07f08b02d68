"""CSV and Excel export of results, shared by the command line and the GUI.

CSV is for programs: the stable key-figure columns (scenario, kpi, label, mean, ci95_low, ...). Excel is for
people: Swedish headers, percent and krona formats, and one sheet each for the key figures, the comparison
(when more than one result is exported: the first is the baseline), the time use, the weekly series, the
parameters used, the plan's timeline (when a result has one) and every run. The week the goal is first reached
is a row of the key figures and the comparison when a result has a timeline or reaches the goal.

Text cells that begin with =, +, -, @ (or a tab or carriage return) are prefixed with an apostrophe so
spreadsheet programs never run them as formulas; numbers stay numbers.
"""

from __future__ import annotations

import csv
import math
import os
from collections.abc import Sequence
from typing import Any

from barntid.present.calendar import week_start
from barntid.present.format import label
from barntid.present.labels import KPI_ORDER, KPIS, SERIES_LABELS
from barntid.present.report import clean_source, param_label, param_unit, param_value
from barntid.present.timeline import change_text, goal_date_text, goal_heading, ordered_steps
from barntid.sim.engine.accounting import CATEGORIES, SERIES
from barntid.sim.experiment.results import Estimate, ExperimentResult, paired_difference
from barntid.sim.scenario.files import atomic_path, atomic_write, safe_cell
from barntid.sim.scenario.io import get
from barntid.sim.scenario.schema import SECTIONS, Scenario


def result_tables(results: Sequence[ExperimentResult]) -> dict[str, list[list[Any]]]:
    """The sheets an export holds: KPI summary, time use, and every replication's KPIs."""
    summary: list[list[Any]] = [["scenario", "kpi", "label", "mean", "ci95_low", "ci95_high", "replications",
                                 "seed"]]
    time_use: list[list[Any]] = [["scenario", "category", "label", "share_of_worked_hours"]]
    reps: list[list[Any]] = [["scenario", "replication", *KPIS]]
    for res in results:
        name = res.scenario.name
        for k, e in res.kpis.items():
            summary.append([name, k, label(k), e.mean, e.lo, e.hi, e.n, res.seed])
        summary.append([name, "p_goal", "Sannolikhet att nå målet", res.p_goal, None, None,
                        len(res.replications), res.seed])
        for c in CATEGORIES:
            time_use.append([name, c, label(c), res.time_use[c]])
        for r in res.replications:
            reps.append([name, r.replication, *(r.kpis[k] for k in KPIS)])
    return {"KPI": summary, "Tidsanvändning": time_use, "Replikeringar": reps}


def write_csv(path: str | os.PathLike[str], results: Sequence[ExperimentResult]) -> None:
    """One CSV with the KPI summary (UTF-8 with BOM so Excel reads å, ä, ö)."""
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";")
    for row in result_tables(results)["KPI"]:
        writer.writerow([safe_cell(v) for v in row])
    atomic_write(path, "\ufeff" + buf.getvalue())


def _xlsx_cell(value: Any) -> Any:
    """A cell value Excel can hold: control characters (other than tab and line breaks) are dropped."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = safe_cell(value)
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


PERCENT = "0.0%"
KRONOR = '#,##0" kr"'
NUMBER = "0.0"
INTEGER = "0"
DATE = "yyyy-mm-dd"
THOUSANDS = "#,##0"
GENERAL = "General"
POINTS = '+0.0" p.e.";-0.0" p.e.";0.0" p.e."'  # a difference of shares, stored in percentage points
KRONOR_DIFF = '+#,##0" kr";-#,##0" kr";0" kr"'
NUMBER_DIFF = "+0.0;-0.0;0.0"
FORMATS = {"pct": PERCENT, "sek": KRONOR, "num": NUMBER}
DIFF_FORMATS = {"pct": POINTS, "sek": KRONOR_DIFF, "num": NUMBER_DIFF}
GOAL_LABEL = "Sannolikhet att nå målet"
MAX_WIDTH = 45  # longer text (a seasonal profile, a source) wraps in its cell


def _kind(name: str) -> str:
    return KPIS[name][3] if name in KPIS else "pct"  # p_goal is a share


def _unit(name: str) -> str:
    return KPIS[name][2] if name in KPIS else "% av körningarna"


def _number(value: float) -> float | None:
    return value if math.isfinite(value) else None


Cell = tuple[Any, str | None]  # a value and its Excel number format


def _summary_sheet(results: Sequence[ExperimentResult]) -> list[list[Cell]]:
    rows: list[list[Cell]] = [[(h, None) for h in ("Scenario", "Nyckeltal", "Enhet", "Medelvärde",
                                                   "95 %-intervall, nedre", "95 %-intervall, övre", "Körningar",
                                                   "Slumpfrö")]]
    for res in results:
        estimates = [(k, e.mean, e.lo, e.hi) for k, e in res.kpis.items()]
        estimates.insert(1, ("p_goal", res.p_goal, math.nan, math.nan))
        for k, mean, lo, hi in estimates:
            f = FORMATS[_kind(k)]
            rows.append([(res.scenario.name, None), (GOAL_LABEL if k == "p_goal" else label(k), None),
                         (_unit(k), None), (_number(mean), f), (_number(lo), f), (_number(hi), f),
                         (len(res.replications), INTEGER), (res.seed, INTEGER)])
            if k == "p_goal" and goal_row_wanted(results):
                rows.append([(res.scenario.name, None), (WEEKS_LABEL, None), (WEEKS_UNIT + goal_note(res), None),
                             (res.weeks_to_goal, INTEGER), (None, None), (None, None),
                             (len(res.replications), INTEGER), (res.seed, INTEGER)])
    return rows


WEEKS_LABEL = "Veckor tills målet nås (80 % av körningarna)"
WEEKS_UNIT = "veckor efter inkörningen"
DATE_LABEL = "Målet nås (veckan som börjar)"
WEEKS_DIFF = '+0" veckor";-0" veckor";0" veckor"'


def goal_row_wanted(results: Sequence[ExperimentResult]) -> bool:
    """The goal's week is exported when a result has a timeline or reaches the goal."""
    return any(r.scenario.timeline or r.goal_date is not None for r in results)


def goal_note(res: ExperimentResult) -> str:
    """', vecka 20 2016 (16 maj 2016)' or ', nås inte under körningen' after the unit."""
    return f": {goal_date_text(res)}"


def _comparison_sheet(results: Sequence[ExperimentResult]) -> list[list[Cell]]:
    """The first result as the baseline; each other beside it with the paired difference and its 95 % interval."""
    base, others = results[0], results[1:]
    header: list[Cell] = [("Nyckeltal", None), ("Enhet", None), (base.scenario.name, None)]
    for o in others:
        header += [(o.scenario.name, None), (f"Skillnad mot {base.scenario.name}", None),
                   ("Skillnad, 95 %-intervall, nedre", None), ("Skillnad, 95 %-intervall, övre", None)]
    rows = [header]
    for k in (*KPI_ORDER[:2], "p_goal", *KPI_ORDER[2:]):
        kind = _kind(k)
        scale = 100.0 if kind == "pct" else 1.0  # differences of shares in percentage points
        def value(r: ExperimentResult, k: str = k) -> float:
            return r.p_goal if k == "p_goal" else r.kpis[k].mean

        row: list[Cell] = [(GOAL_LABEL if k == "p_goal" else label(k), None), (_unit(k), None),
                           (_number(value(base)), FORMATS[kind])]
        for o in others:
            if k == "p_goal":
                d = Estimate(o.p_goal - base.p_goal, math.nan, math.nan, 0)
            else:
                d = paired_difference(base, o, k)
            f = DIFF_FORMATS[kind]
            row += [(_number(value(o)), FORMATS[kind]), (_number(scale * d.mean), f), (_number(scale * d.lo), f),
                    (_number(scale * d.hi), f)]
        rows.append(row)
    if goal_row_wanted(results):
        row = [(DATE_LABEL, None), ("datum", None), (base.goal_date, DATE)]
        for o in others:
            a, b = base.weeks_to_goal, o.weeks_to_goal
            diff = b - a if a is not None and b is not None else None
            row += [(o.goal_date, DATE), (diff, WEEKS_DIFF), (None, None), (None, None)]
        i = next(i for i, r in enumerate(rows) if r[0][0] == GOAL_LABEL) + 1
        rows.insert(i, row)
    return rows


def _timeline_sheet(results: Sequence[ExperimentResult]) -> list[list[Cell]]:
    """Every step of every exported plan, a change a row: date, title, the change in words and as in the file."""
    rows: list[list[Cell]] = [[(h, None) for h in ("Scenario", "Datum", "Steg", "Ändring", "Värde",
                                                   "Nyckel i scenariofilen")]]
    for res in results:
        for _n, step in ordered_steps(res.scenario):
            for key, value in step.changes.items() or {"": None}.items():
                rows.append([(res.scenario.name, None), (step.date, DATE), (step.title, None),
                             (change_text(key, value) if key else "inga ändringar", None),
                             (value if isinstance(value, int | float) and not isinstance(value, bool)
                              else param_value(key, value) if key else None, None), (key, None)])
        rows.append([(res.scenario.name, None), (res.goal_date, DATE), (goal_heading(res), None),
                     (goal_date_text(res), None), (None, None), (None, None)])
    return rows


def _time_use_sheet(results: Sequence[ExperimentResult]) -> list[list[Cell]]:
    rows: list[list[Cell]] = [[("Kategori", None), *((f"{r.scenario.name}: andel av arbetstiden", None)
                                                     for r in results)]]
    for c in CATEGORIES:
        rows.append([(label(c), None), *((_number(r.time_use[c]), PERCENT) for r in results)])
    return rows


def _series_sheet(results: Sequence[ExperimentResult]) -> list[list[Cell]]:
    """Mean per week of every weekly series, one column per scenario and series."""
    header: list[Cell] = [("Vecka", None), ("Veckan börjar", None)]
    columns: list[tuple[Any, str]] = []
    for res in results:
        for name in SERIES:
            sv, _en, unit, kind = SERIES_LABELS[name]
            header.append((f"{res.scenario.name}: {sv} ({unit})" if len(results) > 1 else f"{sv} ({unit})", None))
            columns.append((res.series(name)[0], FORMATS[kind]))
    weeks = max((len(c) for c, _f in columns), default=0)
    rows = [header]
    for w in range(weeks):
        sim = results[0].scenario.simulation
        begins = week_start(results[0].scenario.calendar.start_date, sim.warmup_weeks, w + 1)
        rows.append([(w + 1, INTEGER), (begins, DATE),
                     *((_number(float(c[w])) if w < len(c) else None, f) for c, f in columns)])
    return rows


def _parameter_sheet(results: Sequence[ExperimentResult]) -> list[list[Cell]]:
    """Every parameter of every exported scenario: label, value, unit and source."""
    names = [r.scenario.name for r in results]
    rows: list[list[Cell]] = [[("Parameter", None), *((f"Värde: {n}" if len(names) > 1 else "Värde", None)
                                                      for n in names), ("Enhet", None), ("Källa", None),
                               ("Nyckel i scenariofilen", None)]]
    for section in SECTIONS:
        for name, info in type(getattr(Scenario(), section)).model_fields.items():
            key = f"{section}.{name}"
            extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
            raw_unit = str(extra.get("unit", ""))
            share = raw_unit == "andel" or raw_unit.startswith("andel ")
            values: list[Cell] = []
            for r in results:
                v = get(r.scenario, key)
                if isinstance(v, bool) or not isinstance(v, int | float):
                    values.append((param_value(key, v), None))
                elif share:
                    values.append((v, PERCENT))
                else:
                    values.append((v, THOUSANDS if raw_unit.startswith("kr") else GENERAL))
            unit = param_unit(key) if share or values[0][1] is not None else ""
            rows.append([(param_label(key), None), *values, (unit, None),
                         (clean_source(str(extra.get("source", ""))), None), (key, None)])
    return rows


def _replication_sheet(results: Sequence[ExperimentResult]) -> list[list[Cell]]:
    rows: list[list[Cell]] = [[("Scenario", None), ("Körning", None),
                               *((f"{label(k)} ({KPIS[k][2]})", None) for k in KPIS)]]
    for res in results:
        for r in res.replications:
            rows.append([(res.scenario.name, None), (r.replication, INTEGER),
                         *((_number(r.kpis[k]), FORMATS[_kind(k)]) for k in KPIS)])
    return rows


def workbook_sheets(results: Sequence[ExperimentResult]) -> dict[str, list[list[Cell]]]:
    """The sheets of the Excel export, each a list of rows of (value, number format)."""
    sheets = {"Nyckeltal": _summary_sheet(results)}
    if len(results) > 1:
        sheets["Jämförelse"] = _comparison_sheet(results)
    sheets["Tidsanvändning"] = _time_use_sheet(results)
    sheets["Veckoserier"] = _series_sheet(results)
    if results:
        sheets["Parametrar"] = _parameter_sheet(results)
    if any(r.scenario.timeline for r in results):
        sheets["Tidslinje"] = _timeline_sheet(results)
    sheets["Körningar"] = _replication_sheet(results)
    return sheets


def write_xlsx(path: str | os.PathLike[str], results: Sequence[ExperimentResult]) -> None:
    """An Excel workbook for people: Swedish headers, percent and krona formats, readable column widths,
    one sheet per table (key figures, comparison, time use, weekly series, parameters, every run), written
    atomically like every export."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    first = True
    for title, rows in workbook_sheets(results).items():
        ws = wb.active if first else wb.create_sheet()
        assert ws is not None
        ws.title = title
        first = False
        widths: dict[int, int] = {}
        for r, row in enumerate(rows, start=1):
            for c, (value, number_format) in enumerate(row, start=1):
                cell = ws.cell(row=r, column=c, value=_xlsx_cell(value))
                if number_format is not None:
                    cell.number_format = number_format
                elif r > 1 and isinstance(value, str) and len(value) > MAX_WIDTH:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                if r > 1:  # the widest value sets the width; headers wrap
                    text = f"{value:,.1f}" if isinstance(value, float) else str("" if value is None else value)
                    widths[c] = max(widths.get(c, 0), min(MAX_WIDTH, len(text) + (4 if number_format else 2)))
        for cell in ws[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="E3F2FD")
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for c, (header, _f) in enumerate(rows[0], start=1):
            # a long header wraps over two or three lines rather than making the column as wide as itself
            head = len(str(header))
            width = max(12, widths.get(c, 0), min(head + 2, max(head // 2 + 2, 16), 32))
            ws.column_dimensions[get_column_letter(c)].width = width
        ws.freeze_panes = "B2" if title in ("Veckoserier", "Jämförelse", "Tidsanvändning") else "A2"
    with atomic_path(path, ".xlsx") as tmp:
        wb.save(tmp)
