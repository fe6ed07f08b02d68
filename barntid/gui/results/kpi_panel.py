"""Key figures in large type: contact share with its interval and chance of reaching the goal, deadline
compliance, turnover and cost; with the difference from the pinned baseline when there is one."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from barntid.gui.i18n import lang
from barntid.gui.results.compare import difference_text
from barntid.present.format import fmt, fmt_interval, label
from barntid.sim.experiment import plausibility
from barntid.sim.experiment.results import ExperimentResult, paired_difference

GOOD = "#1b5e20"
BAD = "#b3261e"
NEUTRAL = "#1a1a1a"
WARNING_STYLE = "background: #fff4e5; color: #663c00; border: 1px solid #ffb74d; border-radius: 4px; padding: 4px 8px;"

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


class KpiCard(QFrame):
    """Title, a big number, its 95 % interval, and one more line (goal chance or difference)."""

    def __init__(self, name: str, scale: float, headline: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.value_px = round(30 * scale * (1.7 if headline else 1.0))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("kpiCard")
        self.setStyleSheet("#kpiCard { background: #ffffff; border: 1px solid #cfd8dc; border-radius: 6px; }")
        box = QVBoxLayout(self)
        box.setContentsMargins(int(10 * scale), int(6 * scale), int(10 * scale), int(6 * scale))
        box.setSpacing(int(2 * scale))
        self.title = QLabel(hyphenable(label(name, lang.current())))
        self.title.setWordWrap(True)
        self.value = QLabel("–")
        self.interval = QLabel("")
        self.extra = QLabel("")
        self.extra.setWordWrap(True)
        self.title.setStyleSheet(f"font-size: {round(13 * scale)}px; color: #37474f; font-weight: 600;")
        self._colour(NEUTRAL)
        self.interval.setStyleSheet(f"font-size: {round(12 * scale)}px; color: #455a64;")
        self.extra.setStyleSheet(f"font-size: {round(12 * scale)}px; color: #263238;")
        for w in (self.title, self.value, self.interval, self.extra):
            w.setWordWrap(w is not self.value)
            box.addWidget(w)
        box.addStretch(1)

    def show_result(self, result: ExperimentResult | None, baseline: ExperimentResult | None) -> None:
        if result is None or not result.replications:
            self.value.setText("–")
            self.interval.setText(self.tr("Inget resultat ännu"))
            self.extra.setText("")
            self._colour(NEUTRAL)
            return
        e = result.kpis[self.name]
        self.value.setText(fmt(self.name, e.mean, lang.current()))
        interval = fmt_interval(self.name, e, lang.current())
        self.interval.setText(self.tr("95 %-intervall:\n%1").replace("%1", interval) if interval != "–"
                              else self.tr("(inget intervall: det behövs minst två körningar)"))
        lines = []
        if self.name == "contact_share":
            goal = result.goal
            reached = math.isfinite(e.mean) and e.mean >= goal - 1e-12
            self._colour(GOOD if reached else BAD)
            p = result.p_goal
            lines.append(self.tr("Mål %1 · sannolikhet att nå målet: %2")
                         .replace("%1", lang.percent(goal, 1))
                         .replace("%2", "–" if math.isnan(p) else lang.percent(p, 0)))
            child = result.kpis["child_contact_share"].mean
            if math.isfinite(child):
                lines.append(self.tr("Barnens tid (ett parbesök räknas en gång): %1")
                             .replace("%1", fmt("child_contact_share", child, lang.current())))
                self.extra.setToolTip(self.tr(
                    "Andelen tid i direktkontakt räknar båda socialsekreterarna vid ett parbesök, som en tidsstudie "
                    "gör och som målet avser. Barnens tid räknar varje möte en gång: den tid barnen och familjerna "
                    "faktiskt får."))
        if baseline is not None and baseline is not result:
            d = paired_difference(baseline, result, self.name)
            lines.append(self.tr("Mot jämförelsen: %1").replace("%1", difference_text(self.name, d, " ")))
            if self.name != "contact_share":
                self.extra.setToolTip(self.tr("p.e. = procentenheter: skillnaden mellan två andelar (från 11 % till "
                                              "13 % är +2 p.e.). Inom hakparentes: 95 %-intervallet."))
        self.extra.setText("\n".join(lines))

    def _colour(self, colour: str) -> None:
        self.value.setStyleSheet(f"font-size: {self.value_px}px; font-weight: 700; color: {colour};")


class KpiPanel(QWidget):
    """A row (or grid) of KPI cards and a line saying how many replications they rest on."""

    def __init__(self, scale: float = 1.0, rows: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = {name: KpiCard(name, scale, rows > 1 and name == "contact_share") for name in CARDS}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout()
        grid.setSpacing(int(8 * scale))
        # The contact share is the headline: two columns in one row, or the full height beside a 2 x 2 grid.
        others = [c for name, c in self.cards.items() if name != "contact_share"]
        if rows == 1:
            grid.addWidget(self.cards["contact_share"], 0, 0, 1, 2)
            for i, card in enumerate(others):
                grid.addWidget(card, 0, 2 + i)
        else:
            grid.addWidget(self.cards["contact_share"], 0, 0, 2, 1)
            for i, card in enumerate(others):
                grid.addWidget(card, i // 2, 1 + i % 2)
        for c in range(grid.columnCount()):
            grid.setColumnStretch(c, 1)
        outer.addLayout(grid)
        status = QHBoxLayout()
        self.status = QLabel(self.tr("Kör scenariot (F5) för att se nyckeltalen."))
        self.status.setStyleSheet(f"font-size: {round(12 * scale)}px; color: #455a64;")
        status.addWidget(self.status)
        outer.addLayout(status)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setVisible(False)
        outer.addWidget(self.warning)

    def show_result(self, result: ExperimentResult | None, baseline: ExperimentResult | None = None,
                    running: bool = False) -> None:
        for card in self.cards.values():
            card.show_result(result, baseline)
        notes = plausibility.warnings(result) if result is not None and not running else []
        self.warning.setText("\n".join(f"⚠ {n}" for n in notes))
        self.warning.setVisible(bool(notes))
        if result is None:
            return
        n = len(result.replications)
        years = lang.number(result.scenario.simulation.years, 2)
        text = self.tr("%1: medelvärden av %2 körningar à %3 år")
        text = text.replace("%1", result.scenario.name).replace("%2", str(n)).replace("%3", years)
        if running:
            text += " – " + self.tr("fler körningar pågår …")
        self.status.setText(text)
        self.status.setToolTip(self.tr("Varje körning simulerar enheten med annan slump; startvärde för slumpen: "
                                       "%1").replace("%1", str(result.seed)))
