"""'Kalibrera mot uppmätt tidsanvändning': fit the effort parameters to a unit's own time study.

The user types the shares of working time their unit measured (blank = not measured) and their inflow of
reports; the core's `calibrate` runs off the UI thread. A table and a chart compare measured and modelled
shares; 'Använd' puts the fitted parameters into the scenario as one undoable edit.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QDoubleValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from barntid.gui.decision.charts import CalibrationChart, category_label, key_label, value_text
from barntid.gui.decision.dialog import Apply, DecisionDialog
from barntid.gui.i18n import lang
from barntid.gui.tasks.controls import JobControls, PoolGetter
from barntid.gui.tasks.job import JobContext, Progress
from barntid.sim.decision.calibrate import FITTABLE, Fit, calibrate
from barntid.sim.scenario.io import field_info, to_dict, with_changes
from barntid.sim.scenario.schema import SECTIONS, Scenario

ORDER: tuple[str, ...] = ("contact", "documentation", "administration", "travel", "collaboration", "supervision",
                          "development")
"""The national time study's categories, in the order people read them."""
NATIONAL_2017: dict[str, float] = {"contact": 13, "documentation": 35, "administration": 11, "travel": 9,
                                   "supervision": 3, "development": 2}
"""The national coordinator's time study 2017 (1 302 social workers), in per cent."""


def parse_percent(text: str) -> float | None:
    """'13,5' -> 13.5; blank -> None; raises ValueError on anything else."""
    text = text.strip().replace(",", ".").replace("%", "").strip()
    if not text:
        return None
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def changes_between(old: Scenario, new: Scenario, skip: tuple[str, ...] = ("simulation",)) -> dict[str, Any]:
    """Dotted keys whose value differs, section by section (the simulation settings are left out)."""
    a, b = to_dict(old), to_dict(new)
    out: dict[str, Any] = {}
    for section in SECTIONS:
        if section in skip:
            continue
        for key, value in b[section].items():
            if a[section].get(key) != value:
                out[f"{section}.{key}"] = value
    return out


class CalibrationDialog(DecisionDialog):
    """Measured shares and demand in; fit table, measured-versus-model chart and 'Använd' out."""

    def __init__(self, scenario: Callable[[], Scenario], apply: Apply, pool: PoolGetter,
                 parent: QWidget | None = None) -> None:
        super().__init__(scenario, apply, pool, parent)
        self.setWindowTitle(self.tr("Kalibrera mot uppmätt tidsanvändning"))
        self.fit: Fit | None = None
        self.started_from: Scenario | None = None
        self.fields: dict[str, QLineEdit] = {}
        self._build()
        self.resize(1320, 820)

    def _build(self) -> None:
        sc = self.scenario()
        measured = QGroupBox(self.tr("Uppmätt andel av arbetstiden (%) – lämna tomt om ni inte mätt"))
        grid = QGridLayout(measured)
        validator = QDoubleValidator(0.0, 99.0, 1, self)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        for i, c in enumerate(c for c in ORDER if c in FITTABLE):
            edit = QLineEdit()
            edit.setValidator(validator)
            edit.setPlaceholderText(self.tr("ej mätt"))
            edit.setMaximumWidth(110)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.fields[c] = edit
            label = QLabel(category_label(c))
            label.setBuddy(edit)
            grid.addWidget(label, i, 0)
            grid.addWidget(edit, i, 1)
            grid.addWidget(QLabel("%"), i, 2)
        national = QPushButton(self.tr("Fyll i nationella tidsstudien 2017"))
        national.setAutoDefault(False)
        national.setToolTip(self.tr("1 302 socialsekreterare i cirka 50 kommuner: direkt tid 13 %, "
                                    "handläggning 35 %, administration 11 %, resor 9 %, handledning 3 %, "
                                    "kompetensutveckling 2 %."))
        national.clicked.connect(self.fill_national)
        grid.addWidget(national, len(self.fields), 0, 1, 3)
        grid.setColumnStretch(0, 1)

        self.reports = QDoubleSpinBox()
        self.reports.setRange(0, 2000)
        self.reports.setDecimals(1)
        self.reports.setSingleStep(0.5)
        self.reports.setValue(sc.demand.reports_per_week)
        self.reports.setSuffix(self.tr(" per vecka"))
        self.tolerance = QDoubleSpinBox()
        self.tolerance.setRange(0.1, 10)
        self.tolerance.setDecimals(1)
        self.tolerance.setSingleStep(0.1)
        self.tolerance.setValue(1.0)
        self.tolerance.setSuffix(self.tr(" p.e."))
        self.iterations = QSpinBox()
        self.iterations.setRange(1, 50)
        self.iterations.setValue(8)
        self.replications = QSpinBox()
        self.replications.setRange(1, 200)
        self.replications.setValue(8)
        self.years = self.years_box(sc)
        settings = QGroupBox(self.tr("Enheten och beräkningen"))
        form = QFormLayout(settings)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Orosanmälningar"), self.reports)
        form.addRow(self.tr("Godta avvikelse upp till"), self.tolerance)
        form.addRow(self.tr("Högst antal varv"), self.iterations)
        form.addRow(self.tr("Replikeringar per varv"), self.replications)
        form.addRow(self.tr("Simulerade år per körning"), self.years)

        self.controls = JobControls(self.tr("Kalibrera"), self.pool)
        self.controls.start_button.clicked.connect(self.start)
        self.controls.succeeded.connect(self._on_result)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Kategori"), self.tr("Uppmätt"), self.tr("Modellen"),
                                              self.tr("Skillnad")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        rows = len(self.fields) * self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(rows + self.table.horizontalHeader().sizeHint().height() + 6)
        self.changes_label = QLabel()
        self.changes_label.setWordWrap(True)
        self.changes_label.setStyleSheet("color: #37474f;")
        self.use_button = QPushButton(self.tr("Använd"))
        self.use_button.setToolTip(self.tr("Lägger in de kalibrerade parametrarna i scenariot (kan ångras)."))
        self.use_button.setEnabled(False)
        self.use_button.clicked.connect(self.use_fit)
        buttons = self.button_row(self.use_button)

        inputs = QHBoxLayout()
        inputs.addWidget(measured, 1)
        inputs.addWidget(settings, 1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(inputs)
        ll.addWidget(self.controls)
        ll.addWidget(self.table)
        ll.addWidget(self.changes_label)
        ll.addStretch(1)
        ll.addLayout(buttons)
        self.chart = CalibrationChart()
        self.chart.setMinimumWidth(440)
        self.side_by_side(left, self.chart, (4, 5))

    def fill_national(self) -> None:
        for c, edit in self.fields.items():
            v = NATIONAL_2017.get(c)
            edit.setText(lang.number(v, 1) if v is not None else "")

    def set_measured(self, shares: dict[str, float]) -> None:
        """Fill the inputs from shares (0–1); other categories are cleared (for tests and scripts)."""
        for c, edit in self.fields.items():
            edit.setText(lang.number(100 * shares[c], 2) if c in shares else "")

    def on_scenario_changed(self, scenario: Scenario) -> None:
        self.follow_years(self.years, scenario)
        if self.controls is None or not self.controls.busy:
            self.reports.setValue(scenario.demand.reports_per_week)

    def target(self) -> dict[str, float]:
        """The measured shares (0–1) of the filled-in categories; raises ValueError naming a bad one."""
        out: dict[str, float] = {}
        for c, edit in self.fields.items():
            try:
                v = parse_percent(edit.text())
            except ValueError:
                raise ValueError(self.tr("%1: '%2' är inte ett tal.").replace("%1", category_label(c)).replace(
                    "%2", edit.text())) from None
            if v is None:
                continue
            if not 0 <= v < 100:
                raise ValueError(self.tr("%1: ange en andel mellan 0 och 100 %.").replace("%1", category_label(c)))
            out[c] = v / 100
        if not out:
            raise ValueError(self.tr("Fyll i minst en uppmätt andel."))
        if sum(out.values()) >= 1:
            raise ValueError(self.tr("Andelarna summerar till 100 % eller mer."))
        return out

    def start(self) -> None:
        assert self.controls is not None
        try:
            target = self.target()
        except ValueError as exc:
            self.controls.status.setText(str(exc))
            return
        sc = self.scenario()
        start = with_changes(sc, {"demand.reports_per_week": self.reports.value(),
                                  "simulation.years": self.years.value()})
        self.started_from = sc
        tol, its, reps = self.tolerance.value() / 100, self.iterations.value(), self.replications.value()
        self.use_button.setEnabled(False)

        def work(ctx: JobContext) -> Fit:
            def progress(iteration: int, worst: float) -> None:
                text = lang.tr("Decision", "Varv %1 av högst %2: största avvikelse %3 p.e.").replace(
                    "%1", str(iteration)).replace("%2", str(its)).replace("%3", lang.number(100 * worst, 1))
                ctx.report(Progress(iteration, its, text, data=worst))

            return calibrate(start, target, tol, its, reps, workers=1, pool=ctx.executor, progress=progress)

        self.controls.start(work, self.tr("Kalibrerar …"))

    def _on_result(self, fit: Fit) -> None:
        self.fit = fit
        self.chart.set_data(fit)
        self.table.setRowCount(len(fit.target))
        for r, (c, measured) in enumerate(fit.target.items()):
            model = fit.achieved.get(c, float("nan"))
            diff = 100 * (model - measured)
            sign = "±" if abs(diff) < 0.05 else ("+" if diff > 0 else "−")
            cells = [category_label(c), lang.percent(measured, 1), lang.percent(model, 1),
                     self.tr("%1 p.e.").replace("%1", sign + lang.number(abs(diff), 1))]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == 3 and abs(diff) > self.tolerance.value() + 1e-9:
                    item.setForeground(QBrush(QColor("#b3261e")))
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        changes = self.changes()
        worst = lang.number(100 * fit.worst, 1)
        if self.controls is not None:
            within = fit.worst <= self.tolerance.value() / 100 + 1e-12
            text = (self.tr("Klart efter %1 varv: största avvikelse %2 p.e.") if within else
                    self.tr("Efter %1 varv är största avvikelse %2 p.e., mer än godtaget. Prova fler varv."))
            self.controls.status.setText(text.replace("%1", str(fit.iterations)).replace("%2", worst))
        shown = [f"{key_label(k)} {value_text(v, k)}" for k, v in changes.items()]
        self.changes_label.setText(self.tr("'Använd' ändrar %1 parametrar: %2").replace("%1", str(len(changes)))
                                   .replace("%2", ", ".join(shown[:6]) + (" …" if len(shown) > 6 else "")))
        self.changes_label.setToolTip("\n".join(shown))
        self.use_button.setEnabled(bool(changes))

    def changes(self) -> dict[str, Any]:
        """The fitted scenario's differences from the scenario the calibration started from."""
        if self.fit is None or self.started_from is None:
            return {}
        return {k: v for k, v in changes_between(self.started_from, self.fit.scenario).items()
                if field_info(k) is not None}

    def use_fit(self) -> bool:
        """Put the fitted parameters (and the inflow used) into the scenario as one undoable edit."""
        changes = self.changes()
        if not changes:
            return False
        if self.apply_changes(changes, self.tr("Kalibrera mot uppmätt tidsanvändning")):
            self.use_button.setEnabled(False)
            if self.controls is not None:
                self.controls.status.setText(self.tr("Kalibreringen är inlagd i scenariot. Ångra med Ctrl+Z."))
            return True
        return False
