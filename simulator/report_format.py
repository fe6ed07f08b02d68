"""Formatting numbers and KPI tables for people (Swedish by default), and CSV/Excel export.

Text cells that begin with =, +, -, @ (or a tab or carriage return) are prefixed with an apostrophe so
spreadsheet programs never run them as formulas; numbers stay numbers.
"""

from __future__ import annotations

import csv
import math
import os
from collections.abc import Iterable, Sequence
from typing import Any

from .accounting import CATEGORIES, CATEGORY_LABELS, KPIS
from .results import Estimate, ExperimentResult
from .scenario_io import atomic_write

Row = Sequence[Any]


def label(name: str, lang: str = "sv") -> str:
    if name in KPIS:
        return KPIS[name][0 if lang == "sv" else 1]
    if name in CATEGORY_LABELS:
        return CATEGORY_LABELS[name][0 if lang == "sv" else 1]
    return name


def fmt(name: str, value: float, lang: str = "sv") -> str:
    """One KPI value as a person reads it: '11,2 %', '13,4 mkr', '7,9'."""
    if value is None or not math.isfinite(value):
        return "–"
    kind = KPIS[name][3] if name in KPIS else "num"
    if kind == "pct":
        text = f"{100 * value:.1f} %"
    elif kind == "sek":
        text = f"{value / 1e6:.2f} mkr" if lang == "sv" else f"SEK {value / 1e6:.2f} m"
    else:
        text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "sv" else text


def fmt_difference(name: str, value: float, lang: str = "sv") -> str:
    """A difference: shares in percentage points ('+7,2 p.e.'), other figures with their sign."""
    if value is None or not math.isfinite(value):
        return "–"
    sign = "+" if value >= 0 else "−"
    kind = KPIS[name][3] if name in KPIS else "num"
    if kind == "pct":
        text = f"{100 * abs(value):.1f} " + ("p.e." if lang == "sv" else "pp")
    else:
        text = fmt(name, abs(value), lang)
    return sign + (text.replace(".", ",", 1) if lang == "sv" and kind == "pct" else text)


def fmt_interval(name: str, e: Estimate, lang: str = "sv") -> str:
    if not math.isfinite(e.lo):
        return "–"
    return f"{fmt(name, e.lo, lang)} – {fmt(name, e.hi, lang)}"


def kpi_rows(result: ExperimentResult, lang: str = "sv") -> list[list[str]]:
    rows = [[label(k, lang), fmt(k, e.mean, lang), fmt_interval(k, e, lang)] for k, e in result.kpis.items()]
    goal = "Sannolikhet att nå målet" if lang == "sv" else "Probability of reaching the goal"
    rows.insert(1, [f"{goal} ({fmt('contact_share', result.goal, lang)})", fmt("vacancy_rate", result.p_goal,
                                                                                 lang), ""])
    return rows


def table(rows: Iterable[Row], header: Row) -> str:
    """A plain aligned text table for the terminal."""
    all_rows = [list(map(str, header)), *[list(map(str, r)) for r in rows]]
    widths = [max(len(r[i]) for r in all_rows) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in all_rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def safe_cell(value: Any) -> Any:
    """Neutralise text that a spreadsheet would read as a formula; leave numbers alone."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


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


def write_xlsx(path: str | os.PathLike[str], results: Sequence[ExperimentResult]) -> None:
    """An Excel workbook with one sheet per table."""
    from openpyxl import Workbook

    wb = Workbook()
    first = True
    for title, rows in result_tables(results).items():
        ws = wb.active if first else wb.create_sheet()
        assert ws is not None
        ws.title = title
        first = False
        for row in rows:
            ws.append([safe_cell(v) for v in row])
    tmp = f"{os.fspath(path)}.tmp"
    wb.save(tmp)
    os.replace(tmp, path)
