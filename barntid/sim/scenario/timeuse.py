"""A unit's measured time use, read from a CSV or Excel table in the national time study's categories.

The table (template: scenarios/tidsstudie-mall.csv and .xlsx) has a category in the first column and its
share of working time **in percent** in the second (13 or 13 % or 13,0 mean 13 %); an empty share means not
measured, other columns are ignored, and a first row whose share is not a number is the header. A table
whose every share is at most 1 and which sum to at most 1 looks like decimal fractions and is refused, so
that 0.13 is never silently read as 0.13 %. An Excel cell formatted as percent is read as the percent shown.
"""

from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path
from typing import Any

from barntid.sim.scenario.io import MAX_FILE_BYTES, Problem, ScenarioError, read_text

# The categories a unit can measure and Barntid can fit (barntid.sim.decision.calibrate.FITTABLE), with the
# names a Swedish table may use for them.
NAMES: dict[str, tuple[str, ...]] = {
    "contact": ("direkt tid", "direktkontakt", "direkt tid med barn och familj", "direkt tid med barn och vuxna",
                "direktkontakt med barn och familj", "kontakt"),
    "documentation": ("indirekt handläggning", "dokumentation", "handläggning", "dokumentation och handläggning"),
    "administration": ("administration",),
    "travel": ("resor", "restid"),
    "collaboration": ("samverkan", "samverkan och möten"),
    "supervision": ("handledning",),
    "development": ("kompetensutveckling",),
}


def category(text: str) -> str | None:
    """The category a table's first column names (English key or Swedish name), or None."""
    t = " ".join(str(text).strip().lower().split())
    for key, names in NAMES.items():
        if t == key or t in names:
            return key
    return None


def _share(raw: Any, percent_format: bool = False) -> float | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return float(raw) * (100 if percent_format else 1)
    text = str(raw).strip().replace("\u00a0", "").replace(" ", "").rstrip("%").replace(",", ".")
    if not re.fullmatch(r"[-+]?\d+(\.\d*)?|[-+]?\.\d+", text):
        raise ValueError(str(raw))
    return float(text)


def parse_rows(rows: list[tuple[Any, Any, bool]], source: str) -> dict[str, float]:
    """(category cell, share cell, cell formatted as percent) rows -> {category: share as a fraction}."""
    problems: list[Problem] = []
    shares: dict[str, float] = {}
    allowed = ", ".join(n[0] if n else k for k, n in NAMES.items())
    for i, (name, raw, pct) in enumerate(rows, 1):
        if name is None or not str(name).strip():
            continue
        try:
            value = _share(raw, pct)
        except ValueError:
            if i == 1:  # the header row
                continue
            problems.append(Problem(f"rad {i}", f"andelen '{raw}' är inte ett tal (procent, t.ex. 13)"))
            continue
        key = category(str(name))
        if key is None:
            if i == 1 and value is None:
                continue
            problems.append(Problem(f"rad {i}", f"okänd kategori '{name}'; tillåtna: {allowed}"))
        elif value is None:
            continue
        elif key in shares:
            problems.append(Problem(f"rad {i}", f"kategorin '{name}' finns redan på en tidigare rad"))
        elif not 0 <= value < 100:
            problems.append(Problem(f"rad {i}", f"andelen {value:g} är utanför det tillåtna intervallet 0–100 %"))
        else:
            shares[key] = value
    if not problems and not shares:
        problems.append(Problem("", "tabellen har inga uppmätta andelar (kategori i första kolumnen, procent i "
                                    "andra)"))
    if not problems and all(v <= 1 for v in shares.values()) and sum(shares.values()) <= 1:
        problems.append(Problem("", "andelarna ser ut som decimaltal; skriv dem i procent (13 för 13 %)"))
    if not problems and sum(shares.values()) > 100.5:
        problems.append(Problem("", f"andelarna summerar till {sum(shares.values()):g} %, mer än 100 %"))
    if problems:
        raise ScenarioError(problems, source)
    return {k: v / 100 for k, v in shares.items()}


def read_csv_text(text: str, source: str = "") -> dict[str, float]:
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if ";" in first else "\t" if "\t" in first else ","
    rows = [(r[0] if r else None, r[1] if len(r) > 1 else None, False)
            for r in csv.reader(io.StringIO(text), delimiter=delimiter)]
    return parse_rows(rows, source)


def read_xlsx(path: str | os.PathLike[str]) -> dict[str, float]:
    from openpyxl import load_workbook

    p = Path(path)
    if p.stat().st_size > MAX_FILE_BYTES:
        raise ScenarioError([Problem("", f"filen är större än gränsen {MAX_FILE_BYTES // 1000} kB")], str(p))
    try:
        wb = load_workbook(p, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise ScenarioError([Problem("", f"kan inte läsa Excel-filen: {exc}")], str(p)) from None
    try:
        ws = wb.worksheets[0]
        rows = []
        for row in ws.iter_rows(max_col=2):
            cells = list(row) + [None] * (2 - len(row))
            a, b = cells[0], cells[1]
            rows.append((getattr(a, "value", None), getattr(b, "value", None),
                         "%" in str(getattr(b, "number_format", "") or "")))
    finally:
        wb.close()
    return parse_rows(rows, str(p))


def read(path: str | os.PathLike[str]) -> dict[str, float]:
    """Measured shares (fractions) by category from a .csv or .xlsx file; ScenarioError naming the row."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ScenarioError([Problem("--time-use", f"'{p.name}' ska sluta på .csv eller .xlsx")])
    if not p.is_file():
        raise ScenarioError([Problem("--time-use", f"filen {p} finns inte")])
    if suffix == ".xlsx":
        return read_xlsx(p)
    return read_csv_text(read_text(p), str(p))
