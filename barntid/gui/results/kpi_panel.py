"""Key figures in large type: contact share with its interval and chance of reaching the goal, deadline
compliance, turnover and cost; with the difference from the pinned baseline when there is one.

A result is shown as FINAL (all replications of the scenario on screen: the contact share in the goal's colour),
PRELIMINARY (a quick estimate or a run still going: neutral colour, marked "Preliminärt", no goal chance) or
STALE (of the scenario before the last change: grey, "Räknar …")."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from barntid.gui.i18n import lang
from barntid.gui.results.compare import difference_text
from barntid.present.format import fmt, fmt_difference, fmt_interval, label
from barntid.present.timeline import goal_date_text
from barntid.sim.experiment import plausibility
from barntid.sim.experiment.results import ExperimentResult, paired_difference
from barntid.sim.scenario.schema import Scenario

GOOD = "#1b5e20"
BAD = "#b3261e"
NEUTRAL = "#1a1a1a"
WARNING_STYLE = "background: #fff4e5; color: #663c00; border: 1px solid #ffb74d; border-radius: 4px; padding: 4px 8px;"
PRELIMINARY = "#546e7a"
STALE = "#90a4ae"


class Shown(StrEnum):
    FINAL = "final"
    PRELIMINARY = "preliminary"
    STALE = "stale"


def shown_state(result: ExperimentResult | None, scenario: Scenario | None, running: bool) -> Shown:
    """How far a result on screen can be trusted for `scenario` (None: the result's own scenario)."""
    if result is None:
        return Shown.STALE
    target = scenario or result.scenario
    if result.scenario.model_copy(update={"simulation": target.simulation}) != target:
        return Shown.STALE
    complete = (len(result.replications) >= target.simulation.replications
                and result.scenario.simulation == target.simulation)
    return Shown.FINAL if complete and not running else Shown.PRELIMINARY


@dataclass(frozen=True)
class CardSizes:
    """Pixel sizes of a card's text: title, value (the headline card's is larger) and the small lines."""

    title: int = 13
    value: int = 30
    headline: int = 51
    small: int = 12

    @staticmethod
    def scaled(scale: float) -> CardSizes:
        return CardSizes(round(13 * scale), round(30 * scale), round(51 * scale), round(12 * scale))

CARDS = ("contact_share", "assessment_within_14d", "investigation_within_4m", "turnover_rate", "annual_cost_sek")


# Where the long compounds of the key figures' names may break (soft hyphens), so a narrow card breaks them
# at the join instead of cutting them off.
COMPOUNDS = ("Förhands|bedömningar", "Skydds|bedömningar", "Personal|omsättning", "social|sekreterare")


def hyphenable(text: str) -> str:
    for compound in COMPOUNDS:
        whole = compound.replace("|", "")
        text = text.replace(whole, compound.replace("|", "\u00ad"))
        text = text.replace(whole.capitalize(), compound.replace("|", "\u00ad").capitalize())
    return text


def keep_together(text: str) -> str:
    """A number and its unit never split over two lines (a narrow card wrapped a lone '%' or 'mkr')."""
    return re.sub(r"(\d) (?=%|p\.e\.|mkr\b|tkr\b|kr\b|h\b|dagar\b|veckor\b|st\b)", "\\1\u00a0", text)


def goal_date_line(result: ExperimentResult) -> str:
    """'Målet 20 % nås: vecka 12 2016 (21 mars 2016)' or 'Målet 20 % nås inte under körningen'."""
    goal = lang.percent(result.goal, 1)
    if result.goal_date is None:
        return QCoreApplication.translate("KpiCard", "Målet %1 nås inte under körningen").replace("%1", goal)
    return (QCoreApplication.translate("KpiCard", "Målet %1 nås: %2").replace("%1", goal)
            .replace("%2", goal_date_text(result, lang.current())))


class KpiCard(QFrame):
    """Title, a big number, its 95 % interval, and one more line (goal chance or difference)."""

    def __init__(self, name: str, scale: float, headline: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name, self.headline = name, headline
        self.sizes = CardSizes.scaled(scale)
        self.colour = NEUTRAL
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("kpiCard")
        self.setStyleSheet("#kpiCard { background: #ffffff; border: 1px solid #cfd8dc; border-radius: 6px; }")
        self.box = QVBoxLayout(self)
        self.title = QLabel(hyphenable(label(name, lang.current())))
        self.title.setWordWrap(True)
        self.subject = QLabel("")  # what the figures are of, when it needs saying ("Steg 3 + egen ändring")
        self.subject.setVisible(False)
        self.tag = QLabel("")  # "Preliminärt …" or "Räknar …"
        self.tag.setVisible(False)
        self.value = QLabel("–")
        self.interval = QLabel("")
        self.extra = QLabel("")
        for w in (self.title, self.subject, self.tag, self.value, self.interval, self.extra):
            w.setWordWrap(w is not self.value)
            self.box.addWidget(w)
        self.box.addStretch(1)
        self.set_sizes(self.sizes, scale)

    def set_sizes(self, sizes: CardSizes, spacing: float = 1.0) -> None:
        self.sizes = sizes
        m = round(8 * spacing)
        self.box.setContentsMargins(m + 2, m - 2, m + 2, m - 2)
        self.box.setSpacing(max(1, round(2 * spacing)))
        self.title.setStyleSheet(f"font-size: {sizes.title}px; color: #37474f; font-weight: 600;")
        self.subject.setStyleSheet(f"font-size: {sizes.small}px; color: #0d47a1; font-weight: 700;")
        self.tag.setStyleSheet(f"font-size: {sizes.small}px; color: {PRELIMINARY}; font-weight: 700;")
        self.interval.setStyleSheet(f"font-size: {sizes.small}px; color: #455a64;")
        self.extra.setStyleSheet(f"font-size: {sizes.small}px; color: #263238;")
        self._colour(self.colour)

    def set_subject(self, text: str) -> None:
        self.subject.setText(text)
        self.subject.setVisible(bool(text))

    def show_result(self, result: ExperimentResult | None, baseline: ExperimentResult | None,
                    state: Shown = Shown.FINAL, compact: bool = False) -> None:
        """`compact`: the interval on one line and the difference from the baseline only (theme day)."""
        if result is None or not result.replications:
            self.value.setText("–")
            self.interval.setText(self.tr("Inget resultat ännu") if state != Shown.STALE else "")
            self.extra.setText("")
            self._tag(state)
            self._colour(NEUTRAL)
            return
        e = result.kpis[self.name]
        stale_headline = state == Shown.STALE and self.headline  # the old figure would read as the new one's
        self.value.setText("…" if stale_headline else fmt(self.name, e.mean, lang.current()))
        interval = fmt_interval(self.name, e, lang.current())
        if compact:  # the unit once: '19,0–19,6 %'
            lo, hi = fmt(self.name, e.lo, lang.current()), fmt(self.name, e.hi, lang.current())
            unit = hi.split(" ", 1)[1] if " " in hi else ""
            interval = f"{lo.removesuffix(' ' + unit) if unit else lo}–{hi}" if interval != "–" else "–"
        text = self.tr("95 %-intervall: %1") if compact else self.tr("95 %-intervall:\n%1")
        self.interval.setText(keep_together(text.replace("%1", interval)) if interval != "–"
                              else self.tr("(inget intervall: det behövs minst två körningar)"))
        self._tag(state)
        lines = []
        if self.name == "contact_share":
            goal = result.goal
            reached = math.isfinite(e.mean) and e.mean >= goal - 1e-12
            # The goal's colour only on a final figure: a quick estimate of 20,0 % must not turn green first.
            self._colour({Shown.FINAL: GOOD if reached else BAD, Shown.PRELIMINARY: PRELIMINARY}.get(state, STALE))
            p = result.p_goal
            if state == Shown.FINAL:
                text = self.tr("Mål %1: sannolikhet %2") if compact else self.tr(
                    "Mål %1 · sannolikhet att nå målet (körningens medel): %2")
                lines.append(text.replace("%1", lang.percent(goal, 1))
                             .replace("%2", "–" if math.isnan(p) else lang.percent(p, 0)))
            else:
                lines.append(self.tr("Mål %1").replace("%1", lang.percent(goal, 1)))
            tips = []
            if state == Shown.FINAL and not compact:  # theme day says it above the chart
                lines.append(goal_date_line(result))
                tips.append(self.tr("Sannolikheten att nå målet är andelen körningar vars medel över hela "
                                    "resultatperioden når målet. Målet räknas som nått den första veckan då minst "
                                    "80 % av körningarna har nått det, räknat över de fyra senaste veckorna; datumet "
                                    "är veckans måndag. En plan som når målet sent kan alltså ha ett datum men en "
                                    "låg sannolikhet."))
            child = result.kpis["child_contact_share"].mean
            if math.isfinite(child) and not compact:
                lines.append(self.tr("Barnens tid (ett parbesök räknas en gång): %1")
                             .replace("%1", fmt("child_contact_share", child, lang.current())))
                tips.append(self.tr(
                    "Andelen tid i direktkontakt räknar båda socialsekreterarna vid ett parbesök, som en tidsstudie "
                    "gör och som målet avser. Barnens tid räknar varje möte en gång: den tid barnen och familjerna "
                    "faktiskt får."))
            if tips:
                self.extra.setToolTip("\n\n".join(tips))
        else:  # grey like the headline while preliminary: every figure on screen is from the same run
            self._colour({Shown.FINAL: NEUTRAL, Shown.PRELIMINARY: PRELIMINARY}.get(state, STALE))
        if baseline is not None and baseline is not result:
            d = paired_difference(baseline, result, self.name)
            shown = fmt_difference(self.name, d.mean, lang.current()) if compact else difference_text(self.name, d, " ")
            lines.append(self.tr("Mot jämförelsen: %1").replace("%1", shown))
            if self.name != "contact_share":
                self.extra.setToolTip(self.tr("p.e. = procentenheter: skillnaden mellan två andelar (från 11 % till "
                                              "13 % är +2 p.e.). Inom hakparentes: 95 %-intervallet."))
        self.extra.setText(keep_together("\n".join(lines)))

    def _tag(self, state: Shown) -> None:
        texts = {Shown.PRELIMINARY: self.tr("Preliminärt"), Shown.STALE: self.tr("Räknar …")}
        self.tag.setText(texts.get(state, ""))
        self.tag.setVisible(state != Shown.FINAL and self.headline)

    def _colour(self, colour: str) -> None:
        self.colour = colour
        px = self.sizes.headline if self.headline else self.sizes.value
        self.value.setStyleSheet(f"font-size: {px}px; font-weight: 700; color: {colour};")


NARROW_PX = 900
"""Below this width the main window's row of cards becomes the contact card beside a 2 x 2 grid."""


class KpiPanel(QWidget):
    """A row, a grid or a column of KPI cards and a line saying how many replications they rest on."""

    def __init__(self, scale: float = 1.0, rows: int = 1, parent: QWidget | None = None,
                 names: tuple[str, ...] = CARDS) -> None:
        super().__init__(parent)
        self.cards = {name: KpiCard(name, scale, rows != 1 and name == "contact_share") for name in names}
        self.compact = rows == 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = grid = QGridLayout()
        grid.setSpacing(int(8 * scale))
        self.rows = self.asked_rows = rows
        self.arrange(rows)
        outer.addLayout(grid)
        status = QHBoxLayout()
        self.status = QLabel(self.tr("Kör scenariot (F5) för att se nyckeltalen."))
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"font-size: {round(12 * scale)}px; color: #455a64;")
        status.addWidget(self.status)
        outer.addLayout(status)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setVisible(False)
        outer.addWidget(self.warning)

    def set_sizes(self, sizes: CardSizes, spacing: float = 1.0) -> None:
        for card in self.cards.values():
            card.set_sizes(sizes, spacing)
        self.grid.setSpacing(round(8 * spacing))
        self.status.setStyleSheet(f"font-size: {sizes.small}px; color: #455a64;")

    def arrange(self, rows: int) -> None:
        """The contact share is the headline: two columns in one row (rows=1), the full height beside a 2 x 2
        grid (rows=2), or the top of a column (rows=0)."""
        grid = self.grid
        for card in self.cards.values():
            grid.removeWidget(card)
        for c in range(grid.columnCount()):
            grid.setColumnStretch(c, 0)
        others = [c for name, c in self.cards.items() if name != "contact_share"]
        if rows == 0:
            for i, card in enumerate(self.cards.values()):
                grid.addWidget(card, i, 0)
            grid.setRowStretch(len(self.cards), 1)
        elif rows == 1:
            grid.addWidget(self.cards["contact_share"], 0, 0, 1, 2)
            for i, card in enumerate(others):
                grid.addWidget(card, 0, 2 + i)
        else:
            grid.addWidget(self.cards["contact_share"], 0, 0, 2, 1)
            for i, card in enumerate(others):
                grid.addWidget(card, i // 2, 1 + i % 2)
        for c in range({0: 1, 1: 2 + len(others), 2: 3}[rows]):  # the columns in use
            grid.setColumnStretch(c, 1)
        self.rows = rows

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.asked_rows == 1:  # a row too narrow for five cards (a 1366x768 laptop): the 2 x 2 grid instead
            width = event.size().width()
            narrow = width < NARROW_PX if self.rows == 1 else width < NARROW_PX + 60  # no flicker at the edge
            if narrow != (self.rows == 2):
                self.arrange(2 if narrow else 1)
        self.fit_height()

    def fit_height(self) -> None:
        """At least the height the cards' wrapped lines need at this width. A layout sizes the panel by its
        preferred width, so on a narrow window (1366x768) the contact card's last lines were cut off."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            need = layout.heightForWidth(self.width())
            if need > 0 and need != self.minimumHeight():
                self.setMinimumHeight(need)

    def show_result(self, result: ExperimentResult | None, baseline: ExperimentResult | None = None,
                    running: bool = False, state: Shown | None = None) -> None:
        """`state` defaults to preliminary while running, else final."""
        state = state or (Shown.PRELIMINARY if running else Shown.FINAL)
        for card in self.cards.values():
            card.show_result(result, baseline, state, self.compact)
        notes = plausibility.warnings(result) if result is not None and state == Shown.FINAL else []
        self.warning.setText("\n".join(f"⚠ {n}" for n in notes))
        self.warning.setVisible(bool(notes))
        if result is not None:
            self._status(result, running)
        self.fit_height()

    def _status(self, result: ExperimentResult, running: bool) -> None:
        n = len(result.replications)
        years = lang.number(result.scenario.simulation.years, 2)
        text = self.tr("%1: medelvärden av %2 körningar à %3 år")
        text = text.replace("%1", result.scenario.name).replace("%2", str(n)).replace("%3", years)
        if running:
            text += " – " + self.tr("fler körningar pågår …")
        self.status.setText(text)
        self.status.setToolTip(self.tr("Varje körning simulerar enheten med annan slump; startvärde för slumpen: "
                                       "%1").replace("%1", str(result.seed)))
