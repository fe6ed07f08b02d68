"""CSV and Excel export of results, shared by the command line and the GUI.

Text cells that begin with =, +, -, @ (or a tab or carriage return) are prefixed with an apostrophe so
spreadsheet programs never run them as formulas; numbers stay numbers.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from typing import Any

from barntid.present.format import label
from barntid.present.labels import KPIS
from barntid.sim.engine.accounting import CATEGORIES
from barntid.sim.experiment.results import ExperimentResult
from barntid.sim.scenario.files import atomic_path, atomic_write, safe_cell


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


def write_xlsx(path: str | os.PathLike[str], results: Sequence[ExperimentResult]) -> None:
    """An Excel workbook with one sheet per table (written atomically, like every export)."""
    from openpyxl import Workbook

    wb = Workbook()
    first = True
    for title, rows in result_tables(results).items():
        ws = wb.active if first else wb.create_sheet()
        assert ws is not None
        ws.title = title
        first = False
        for row in rows:
            ws.append([_xlsx_cell(v) for v in row])
    with atomic_path(path, ".xlsx") as tmp:
        wb.save(tmp)
