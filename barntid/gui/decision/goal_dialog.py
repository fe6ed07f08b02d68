"""'Nå målet': the cheapest plan on the lever grid that reaches the contact-share goal and holds, off the UI thread.

The user picks which levers may change and how far, the target, how sure the plan must be and whether
children's time may fall; the core's `seek` does the search on the application's process pool. While it runs,
the chart fills in with the plans tried and the status line says how long is left. The result is a plan that
held on the independent check, or 'Ingen plan hittades inom dessa hävstänger' with the nearest candidate:
both contact measures side by side for today and the plan, the cost and the check. 'Använd planen' applies the
plan to the scenario as one undoable edit.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from barntid.gui.decision.charts import FrontierChart, FrontierView, key_label, unit_text, value_text
from barntid.gui.decision.dialog import Apply, DecisionDialog
from barntid.gui.decision.goal_summary import summary_html, with_unit
from barntid.gui.editing.fields import bounds
from barntid.gui.i18n import lang
from barntid.gui.tasks.controls import JobControls, PoolGetter
from barntid.gui.tasks.job import JobContext, Progress
from barntid.gui.tasks.throttle import Throttle
from barntid.sim.decision.goal import GoalProgress, GoalResult, seek
from barntid.sim.decision.levers import Lever, default_levers
from barntid.sim.scenario.io import field_info, get
from barntid.sim.scenario.schema import Scenario


def steps(start: float, stop: float, step: float) -> tuple[float, ...]:
    """start, start+step, ... up to stop (as goal.default_levers counts them)."""
    n = max(0, math.floor((stop - start) / step + 1e-9))
    return tuple(round(start + i * step, 6) for i in range(n + 1))


def progress_text(p: GoalProgress) -> str:
    """A search's progress in words: 'Söker: 12 planer prövade. Cirka 14 s kvar.'"""
    phase = {"today": lang.tr("Decision", "Räknar fram dagens läge"),
             "search": lang.tr("Decision", "Söker: %1 planer prövade").replace("%1", str(p.tried)),
             "confirm": lang.tr("Decision", "Kontrollerar planen som huvudfönstret kör den"),
             "nearest": lang.tr("Decision", "Kör den plan som kom närmast")}.get(p.phase, p.phase)
    return f"{phase}. {time_left_text(p.seconds_left)}"


def time_left_text(seconds: float | None) -> str:
    if seconds is None or not math.isfinite(seconds):
        return lang.tr("Decision", "Uppskattar tiden kvar …")
    if seconds < 5:
        return lang.tr("Decision", "Strax klart.")
    if seconds < 90:
        return lang.tr("Decision", "Cirka %1 s kvar.").replace("%1", str(5 * round(seconds / 5)))
    return lang.tr("Decision", "Cirka %1 min kvar.").replace("%1", str(round(seconds / 60)))


class GoalDialog(DecisionDialog):
    """Goal seeking: lever table, target and probability, Start/Avbryt, the plan and the frontier chart."""

    def __init__(self, scenario: Callable[[], Scenario], apply: Apply, pool: PoolGetter,
                 parent: QWidget | None = None) -> None:
        super().__init__(scenario, apply, pool, parent)
        self.setWindowTitle(self.tr("Nå målet – billigaste vägen till målet"))
        self.outcome: GoalResult | None = None
        self.searched: Scenario | None = None
        self.levers: list[Lever] = []
        self.max_boxes: dict[str, QDoubleSpinBox] = {}
        self._build()
        self.resize(1360, 860)

    # -- construction ------------------------------------------------------------------------------------
    def _build(self) -> None:
        sc = self.scenario()
        self.target = QDoubleSpinBox()
        self.target.setRange(1, 100)
        self.target.setDecimals(1)
        self.target.setSingleStep(0.5)
        self.target.setSuffix(" %")
        self.target.setValue(100 * sc.simulation.goal)
        self.probability = QDoubleSpinBox()
        self.probability.setRange(50, 99)
        self.probability.setDecimals(0)
        self.probability.setSuffix(" %")
        self.probability.setValue(80)
        self.keep_child = QCheckBox(self.tr("Barnens tid får inte minska"))
        self.keep_child.setToolTip(self.tr(
            "Barnens tid räknar varje möte en gång. Parbesök höjer personalens kontakttid men kan sänka barnens: "
            "kryssa i rutan för att bara godta planer där barnen får minst lika mycket tid som i dag."))
        self.replications = QSpinBox()
        self.replications.setRange(2, 60)
        self.replications.setValue(8)
        self.replications.setToolTip(self.tr(
            "Varje plan i sökningen prövas på så här många körningar. Planen som väljs kontrolleras sedan med "
            "scenariots egna körningar, samma som huvudfönstret visar."))
        goal_box = QGroupBox(self.tr("Mål"))
        form = QFormLayout(goal_box)
        form.addRow(self.tr("Andel tid i direktkontakt minst"), self.target)
        form.addRow(self.tr("Sannolikhet att nå målet minst"), self.probability)
        form.addRow(self.keep_child)
        run_box = QGroupBox(self.tr("Avancerat"))
        form2 = QFormLayout(run_box)
        form2.addRow(self.tr("Körningar per plan i sökningen"), self.replications)
        for f in (form, form2):
            f.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Får ändras"), self.tr("I dag"), self.tr("Högst"),
                                              self.tr("Steg")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        lever_box = QGroupBox(self.tr("Hävstänger: vad får ändras, och hur långt?"))
        lv = QVBoxLayout(lever_box)
        lv.addWidget(self.table)
        self.fill_levers(sc)

        self.controls = JobControls(self.tr("Sök plan"), self.pool)
        self.controls.start_button.clicked.connect(self.start)
        self.controls.succeeded.connect(self._on_result)
        self.controls.progressed.connect(self._on_progress)
        self.pending: FrontierView | None = None  # the frontier to draw next while a search runs
        self.redraws = Throttle(self._draw_pending, 400, self)

        self.summary = QLabel(self.tr("Ingen plan ännu. Välj hävstänger och tryck på Sök plan."))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setContentsMargins(6, 6, 6, 6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary)
        scroll.setMinimumHeight(260)
        self.use_button = QPushButton(self.tr("Använd planen"))
        self.use_button.setEnabled(False)
        self.use_button.setToolTip(self.tr("Ändrar scenariot enligt planen (kan ångras med Ctrl+Z)."))
        self.use_button.clicked.connect(self.use_plan)
        buttons = self.button_row(self.use_button)

        top = QHBoxLayout()
        top.addWidget(goal_box, 3)
        top.addWidget(run_box, 2)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(top)
        ll.addWidget(lever_box, 2)
        ll.addWidget(self.controls)
        ll.addWidget(scroll, 3)
        ll.addLayout(buttons)
        self.chart = FrontierChart()
        self.chart.setMinimumWidth(480)
        self.side_by_side(left, self.chart, (5, 6))

    # -- levers ------------------------------------------------------------------------------------------
    def fill_levers(self, sc: Scenario) -> None:
        """One row per lever of `default_levers`, keeping the user's choices for levers already shown."""
        checked = {self.lever_item(r).data(Qt.ItemDataRole.UserRole): self.lever_item(r).checkState()
                   for r in range(self.table.rowCount())}
        maxima = {k: b.value() for k, b in self.max_boxes.items()}
        self.levers = default_levers(sc)
        self.max_boxes = {}
        self.table.setRowCount(len(self.levers))
        for r, lever in enumerate(self.levers):
            key, values = lever.key, lever.values
            item = QTableWidgetItem(key_label(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(checked.get(key, Qt.CheckState.Checked))
            item.setToolTip(key)
            self.table.setItem(r, 0, item)
            numeric = all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)
            now = QTableWidgetItem(with_unit(values[0], key))
            self.table.setItem(r, 1, now)
            if numeric and len(values) > 1:
                step = float(values[1]) - float(values[0])
                box = QDoubleSpinBox()
                info = field_info(key)
                hi = bounds(info)[1] if info is not None else None
                hi = math.inf if hi is None else hi
                whole = float(step).is_integer() and float(values[0]).is_integer()
                box.setDecimals(0 if whole else 1)
                box.setRange(float(values[0]), min(hi, float(values[0]) + 100 * step))
                box.setSingleStep(step)
                wanted = maxima.get(key, float(values[-1]))
                box.setValue(max(float(values[0]), wanted))
                box.setSuffix(f" {unit_text(key)}" if unit_text(key) else "")
                box.setFrame(False)
                self.table.setCellWidget(r, 2, box)
                self.max_boxes[key] = box
                self.table.setItem(r, 3, QTableWidgetItem(lang.number(step, 2)))
            else:
                self.table.setItem(r, 2, QTableWidgetItem(value_text(values[-1], key)))
                self.table.setItem(r, 3, QTableWidgetItem("–"))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setMinimumHeight(min(420, rows + self.table.horizontalHeader().sizeHint().height() + 6))

    def lever_item(self, row: int) -> QTableWidgetItem:
        """The checkable first cell of a lever's row (it carries the lever's key)."""
        item = self.table.item(row, 0)
        assert item is not None
        return item

    def set_lever(self, key: str, allowed: bool, maximum: float | None = None) -> None:
        """Allow or forbid a lever, and optionally set its highest value (for tests and scripts)."""
        for r in range(self.table.rowCount()):
            item = self.lever_item(r)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setCheckState(Qt.CheckState.Checked if allowed else Qt.CheckState.Unchecked)
                if maximum is not None and key in self.max_boxes:
                    self.max_boxes[key].setValue(maximum)
                return
        raise KeyError(key)

    def chosen_levers(self, sc: Scenario) -> list[Lever]:
        """The allowed levers, counted from the scenario's value up to the chosen maximum."""
        allowed = {self.lever_item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.table.rowCount())
                   if self.lever_item(r).checkState() == Qt.CheckState.Checked}
        out = []
        for lever in default_levers(sc):
            if lever.key not in allowed:
                continue
            box = self.max_boxes.get(lever.key)
            if box is not None and len(lever.values) > 1:
                step = float(lever.values[1]) - float(lever.values[0])
                lever = Lever(lever.key, steps(float(get(sc, lever.key)), box.value(), step))
            if len(lever.values) > 1:
                out.append(lever)
        return out

    def on_scenario_changed(self, scenario: Scenario) -> None:
        if self.controls is None or not self.controls.busy:
            self.fill_levers(scenario)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.controls is None or not self.controls.busy:
            self.fill_levers(self.scenario())

    # -- the search ------------------------------------------------------------------------------------------
    def start(self) -> None:
        assert self.controls is not None
        if self.after_main_run(self.start):
            self.summary.setText(self.tr("Söker …"))
            return
        sc = self.scenario()
        levers = self.chosen_levers(sc)
        if not levers:
            self.summary.setText(self.tr("Välj minst en hävstång som får ändras."))
            return
        target, probability = self.target.value() / 100, self.probability.value() / 100
        reps, keep = self.replications.value(), self.keep_child.isChecked()
        self.searched = sc
        self.outcome = None
        self.pending = None
        self.use_button.setEnabled(False)
        self.summary.setText(self.tr("Söker …"))

        def work(ctx: JobContext) -> GoalResult:
            def progress(p: GoalProgress) -> None:
                left = p.seconds_left
                total = round(10 * (p.elapsed + left)) if left is not None else 0
                ctx.report(Progress(round(10 * p.elapsed), total, progress_text(p), p))

            return seek(sc, target, probability, levers, search_replications=reps, keep_child_time=keep,
                        workers=1, pool=ctx.executor, progress=progress)

        self.controls.start(work, self.tr("Söker bland %1 hävstänger …").replace("%1", str(len(levers))))

    def _on_progress(self, progress: Progress) -> None:
        p = progress.data
        if isinstance(p, GoalProgress):
            last = self.pending
            if last is not None and (last.today is None) == (p.today is None) and len(last.evaluated) == len(
                    p.evaluated):  # progress within a test or a check: the chart would be the same
                return
            self.pending = FrontierView(self.target.value() / 100, p.today, p.evaluated, running=True)
            self.redraws.request()

    def _draw_pending(self) -> None:
        if self.pending is not None and self.controls is not None and self.controls.busy:
            self.chart.set_data(self.pending)

    def _on_result(self, result: GoalResult) -> None:
        self.redraws.cancel()
        self.pending = None
        self.outcome = result
        self.chart.set_data(FrontierView.of(result))
        self.summary.setText(summary_html(result, self.searched))
        self.use_button.setEnabled(result.plan is not None and bool(result.plan.settings))

    def use_plan(self) -> bool:
        """Apply the plan's settings to the scenario as one undoable edit."""
        if self.outcome is None or self.outcome.plan is None or not self.outcome.plan.settings:
            return False
        plan = self.outcome.plan
        text = self.tr("Använd planen: %1").replace(
            "%1", ", ".join(f"{key_label(k)} {value_text(v, k)}" for k, v in plan.settings.items()))
        if self.apply_changes(dict(plan.settings), text):
            self.use_button.setEnabled(False)
            self.controls_status(self.tr("Planen är inlagd i scenariot. Ångra med Ctrl+Z."))
            return True
        return False

    def controls_status(self, text: str) -> None:
        if self.controls is not None:
            self.controls.status.setText(text)
