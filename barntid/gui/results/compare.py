"""Comparing scenarios: the pinned baseline and variants, and the side-by-side KPI table.

Differences come from ``paired_difference`` (replication by replication, same seed = common random numbers).
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from barntid.gui.i18n import lang
from barntid.present.format import fmt, fmt_difference, fmt_interval, label
from barntid.present.labels import CONTACT_MEASURES_NOTE, KPI_ORDER, KPIS
from barntid.present.timeline import goal_date_text, weeks_apart
from barntid.sim.experiment.results import Estimate, ExperimentResult, paired_difference
from barntid.sim.scenario.io import field_info, to_dict
from barntid.sim.scenario.schema import SECTIONS, Scenario

CURRENT_COLOR = "#1565c0"
BASELINE_COLOR = "#7a7a7a"
VARIANT_COLORS = ("#e65100", "#6a1b9a")
MAX_SCENARIOS = 4
MAX_VARIANTS = MAX_SCENARIOS - 2
HEADER_CHARS = 24  # a column heading is wrapped to lines of at most this many characters, never cut off


translate = QCoreApplication.translate


@dataclass(frozen=True)
class Entry:
    """One scenario result as charts and tables show it."""

    role: str  # "current", "baseline" or "variant"
    short: str  # "Aktuell", "Jämförelse", "Variant 1"
    result: ExperimentResult
    color: str
    changes: str = ""

    @property
    def label(self) -> str:
        return f"{self.short}: {self.changes}" if self.changes else f"{self.short}: {self.result.scenario.name}"


def describe_changes(base: Scenario, other: Scenario, limit: int = 2) -> str:
    """'Socialsekreterare 25, Parbesök på' – what differs from the baseline, in words."""
    a, b = to_dict(base), to_dict(other)
    parts: list[str] = []
    for section in SECTIONS:
        for key, value in b[section].items():
            if a[section].get(key) == value:
                continue
            name = lang.field_label(field_info(f"{section}.{key}"), key)
            if isinstance(value, bool | int | float):
                shown = lang.setting(field_info(f"{section}.{key}"), value, decimals=3)
            else:
                shown = translate("Compare", "ändrad")
            parts.append(f"{name} {shown}")
    if base.timeline != other.timeline:
        n = len(other.timeline)
        parts.append(translate("Compare", "tidslinje med %1 steg").replace("%1", str(n)) if n
                     else translate("Compare", "utan tidslinje"))
    if not parts:
        return translate("Compare", "som jämförelsen") if base is not other else ""
    more = len(parts) - limit
    text = ", ".join(parts[:limit])
    if more > 0:
        text += " " + translate("Compare", "och %1 till").replace("%1", str(more))
    return text


class Comparison:
    """The pinned baseline and up to two pinned variants; the current result makes up to four."""

    def __init__(self) -> None:
        self.baseline: ExperimentResult | None = None
        self.variants: list[ExperimentResult] = []

    def pin_baseline(self, result: ExperimentResult) -> None:
        self.baseline, self.variants = result, []

    def add_variant(self, result: ExperimentResult) -> None:
        if self.baseline is None:
            self.pin_baseline(result)
            return
        if any(result is v for v in (self.baseline, *self.variants)):
            return
        self.variants = [*self.variants, result][-MAX_VARIANTS:]

    def clear(self) -> None:
        self.baseline, self.variants = None, []

    def is_pinned(self, result: ExperimentResult | None) -> bool:
        return result is not None and any(result is r for r in (self.baseline, *self.variants))

    def entries(self, current: ExperimentResult | None) -> list[Entry]:
        out: list[Entry] = []
        base = self.baseline
        if base is not None:
            out.append(Entry("baseline", translate("Compare", "Jämförelse"), base, BASELINE_COLOR, base.scenario.name))
            for i, v in enumerate(self.variants):
                short = translate("Compare", "Variant %1").replace("%1", str(i + 1))
                out.append(Entry("variant", short, v, VARIANT_COLORS[i], describe_changes(base.scenario, v.scenario)))
        if current is not None and not self.is_pinned(current):
            changes = describe_changes(base.scenario, current.scenario) if base is not None else ""
            out.append(Entry("current", translate("Compare", "Aktuell"), current, CURRENT_COLOR, changes))
        return out


def difference_text(name: str, d: Estimate, sep: str = "  ") -> str:
    """'+2,1 p.e.  [+1,5 – +2,7 p.e.]': the core's difference format with its 95 % interval."""
    if not math.isfinite(d.mean):
        return "–"
    code = lang.current()
    text = fmt_difference(name, d.mean, code)
    if not math.isfinite(d.lo):
        return text
    lo, hi = fmt_difference(name, d.lo, code), fmt_difference(name, d.hi, code)
    unit = hi.split(" ", 1)[1] if " " in hi else ""
    if unit and lo.endswith(" " + unit):
        lo = lo[: -len(unit) - 1]  # the unit once, after the interval
    return f"{text}{sep}[{lo} – {hi}]"


P_E = QT_TRANSLATE_NOOP("Compare", "p.e. = procentenheter: skillnaden mellan två andelar (från 11 % till 13 % är "
                                   "+2 p.e.).")
ROW_HELP: dict[str, Any] = {
    "backlog": QT_TRANSLATE_NOOP("Compare", "Arbetsbalans: timmar av lagstadgat arbete och uppföljning som ligger "
                                            "och väntar på att bli gjorda (medel över tiden)."),
    "p_goal": QT_TRANSLATE_NOOP("Compare", "Andelen körningar där kontakttiden nådde målet."),
    "goal_date": QT_TRANSLATE_NOOP("Compare", "Den första veckan då minst 80 % av körningarna har nått målet, "
                                              "räknat över de fyra senaste veckorna; veckan börjar det datum som "
                                              "står inom parentes."),
}


def shows_goal_date(entries: list[Entry]) -> bool:
    """The comparison has a row for the goal date when a compared result has a timeline or reaches the goal."""
    return any(e.result.scenario.timeline or e.result.goal_date is not None for e in entries)


def wrap(text: str) -> str:
    return "\n".join(textwrap.wrap(text, HEADER_CHARS)) or text


def contact_measures_text() -> str:
    return translate("Compare", "Tid i direktkontakt räknar båda socialsekreterarna vid ett parbesök, som en "
                     "tidsstudie gör och som målet avser. Barnens tid räknar varje möte en gång: den tid barnen och "
                     "familjerna faktiskt får. Utan parbesök är de lika.")


class CompareTable(QTableWidget):
    """KPIs of every compared scenario, with the paired difference from the baseline and its 95 % interval."""

    ROWS = (*KPI_ORDER[:2], "p_goal", *KPI_ORDER[2:])

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.shown_rows: tuple[str, ...] = self.ROWS
        self.set_entries([])

    def rows(self, entries: list[Entry]) -> tuple[str, ...]:
        """The rows for these results: the goal date after the goal's probability when it says something."""
        if not shows_goal_date(entries):
            return self.ROWS
        i = self.ROWS.index("p_goal") + 1
        return (*self.ROWS[:i], "goal_date", *self.ROWS[i:])

    def set_entries(self, entries: list[Entry]) -> None:
        self.clear()
        self.shown_rows = rows = self.rows(entries)
        base = entries[0].result if entries and entries[0].role == "baseline" else None
        columns: list[tuple[str, Entry, bool]] = []
        for e in entries:
            columns.append((f"{e.short}\n{wrap(e.changes or e.result.scenario.name)}", e, False))
            if base is not None and e.role != "baseline":
                columns.append((translate("Compare", "Skillnad mot\njämförelsen\n(95 %-intervall)"), e, True))
        self.setRowCount(len(rows) + 1)
        self.setColumnCount(len(columns))
        self.setHorizontalHeaderLabels([c[0] for c in columns])
        for col, (head, _e, is_diff) in enumerate(columns):
            item = self.horizontalHeaderItem(col)
            if item is not None:
                item.setToolTip(head.replace("\n", " ") + ("\n" + translate("Compare", str(P_E)) if is_diff
                                                             else ""))
        self.setVerticalHeaderLabels([self._row_label(r, entries) for r in rows]
                                     + [translate("Compare", "Antal körningar")])
        note = CONTACT_MEASURES_NOTE[1 if lang.current() == "en" else 0]
        for row, name in enumerate(rows):
            row_item = self.verticalHeaderItem(row)
            if row_item is None:
                continue
            if name in ("contact_share", "child_contact_share"):
                row_item.setToolTip(note)
            elif name in ROW_HELP:
                row_item.setToolTip(translate("Compare", str(ROW_HELP[name])))
        for col, (_head, e, is_diff) in enumerate(columns):
            for row, name in enumerate(rows):
                self.setItem(row, col, self._cell(name, e.result, base if is_diff else None))
            if not is_diff:
                count = QTableWidgetItem(str(len(e.result.replications)))
                count.setToolTip(translate("Compare", "Startvärde för slumpen: %1").replace("%1", str(e.result.seed)))
                self.setItem(len(rows), col, count)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # every heading whole, never cut
        header.setStretchLastSection(True)

    @staticmethod
    def _row_label(name: str, entries: list[Entry]) -> str:
        if name == "p_goal":
            goal = entries[-1].result.goal if entries else 0.2
            return translate("Compare", "Sannolikhet att nå målet (%1)").replace("%1", lang.percent(goal, 1))
        if name == "goal_date":
            goal = entries[-1].result.goal if entries else 0.2
            return translate("Compare", "Målet %1 nås (vecka, 80 % av körningarna)").replace(
                "%1", lang.percent(goal, 1))
        unit = KPIS[name][2] if KPIS[name][3] == "num" else ""
        text = label(name, lang.current())
        return f"{text} ({QCoreApplication.translate('Units', unit)})" if unit else text

    def _cell(self, name: str, result: ExperimentResult, base: ExperimentResult | None) -> QTableWidgetItem:
        if name == "goal_date":
            if base is not None:
                return QTableWidgetItem(weeks_apart(base, result, lang.current()))
            return QTableWidgetItem(goal_date_text(result, lang.current()).replace(" (", "\n("))
        if name == "p_goal":
            if base is not None:
                return QTableWidgetItem(fmt_difference("vacancy_rate", result.p_goal - base.p_goal, lang.current()))
            return QTableWidgetItem("–" if math.isnan(result.p_goal) else lang.percent(result.p_goal, 0))
        if base is None:
            e = result.kpis[name]
            interval = fmt_interval(name, e, lang.current())
            text = fmt(name, e.mean, lang.current()) + (f"\n[{interval}]" if interval != "–" else "")
            return QTableWidgetItem(text)
        d = paired_difference(base, result, name)
        item = QTableWidgetItem(difference_text(name, d, "\n"))
        if math.isfinite(d.lo) and (d.lo > 0 or d.hi < 0):
            font = QFont()
            font.setBold(True)
            item.setFont(font)
            item.setToolTip(translate("Compare", "95 %-intervallet för skillnaden innehåller inte noll."))
        else:
            item.setForeground(QBrush(QColor("#555555")))
        return item
