"""Formatting numbers and key-figure tables for people (Swedish by default)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

from barntid.present.labels import CATEGORY_LABELS, KPIS
from barntid.sim.experiment.results import Estimate, ExperimentResult

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
        text = f"{_no_negative_zero(100 * value, 1):.1f} %"
    elif kind == "sek":
        mkr = _no_negative_zero(value / 1e6, 2)
        text = f"{mkr:.2f} mkr" if lang == "sv" else f"SEK {mkr:.2f} m"
    else:
        text = f"{_no_negative_zero(value, 1):.1f}"
    return text.replace(".", ",") if lang == "sv" else text


def _no_negative_zero(value: float, decimals: int) -> float:
    """0.0 for a value that rounds to zero at the shown precision: never '-0,0'."""
    return 0.0 if round(value, decimals) == 0 else value


def rounds_to_zero(name: str, value: float) -> bool:
    """True when a difference is shown as 0 at its display precision (0,0 p.e., 0,00 mkr, 0,0)."""
    kind = KPIS[name][3] if name in KPIS else "num"
    scaled = 100 * value if kind == "pct" else value / 1e6 if kind == "sek" else value
    return round(scaled, 2 if kind == "sek" else 1) == 0


def fmt_difference(name: str, value: float, lang: str = "sv") -> str:
    """A difference: shares in percentage points ('+7,2 p.e.'), other figures with their sign; one that
    rounds to zero is shown without a sign ('0,0 p.e.')."""
    if value is None or not math.isfinite(value):
        return "–"
    kind = KPIS[name][3] if name in KPIS else "num"
    sign = "" if rounds_to_zero(name, value) else "+" if value > 0 else "−"  # a zero is '0,0', not '−0,0'
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


def printable(text: object) -> str:
    """Text safe for a terminal: control characters (escape codes, bells) are shown as \\x1b etc., not obeyed."""
    s = str(text)
    if not any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in s):
        return s
    return "".join(c if c in "\n\t" or not (ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0) else f"\\x{ord(c):02x}"
                   for c in s)


def table(rows: Iterable[Row], header: Row) -> str:
    """A plain aligned text table for the terminal (control characters in cells made visible)."""
    all_rows = [[printable(c).replace("\n", " ") for c in header], *[[printable(c).replace("\n", " ") for c in r]
                                                                     for r in rows]]
    widths = [max(len(r[i]) for r in all_rows) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in all_rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


