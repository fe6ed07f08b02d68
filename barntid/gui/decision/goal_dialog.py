"""'Nå målet': the cheapest combination of levers that reaches the contact-share goal, found off the UI thread.

The user picks which levers may change and how far, the target and how sure the plan must be; the core's
`seek` does the search on the application's process pool. The result shows the plan in words, its cost,
contact share with its 95 % interval, the probability of reaching the goal and the check with another seed,
and a chart of every plan tried. 'Använd planen' applies the plan to the scenario as one undoable edit.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from barntid.gui.decision.charts import FrontierChart, key_label, unit_text, value_text
from barntid.gui.decision.dialog import Apply, DecisionDialog
from barntid.gui.editing.fields import bounds
from barntid.gui.i18n import lang
from barntid.gui.tasks.controls import JobControls, PoolGetter
from barntid.gui.tasks.job import JobContext, Progress
from barntid.sim.decision.goal import GoalProgress, GoalResult, Lever, Plan, default_levers, seek
from barntid.sim.scenario.io import field_info, get, with_changes
from barntid.sim.scenario.schema import Scenario


def steps(start: float, stop: float, step: float) -> tuple[float, ...]:
    """start, start+step, ... up to stop (as goal.default_levers counts them)."""
    n = max(0, math.floor((stop - start) / step + 1e-9))
    return tuple(round(start + i * step, 6) for i in range(n + 1))


def progress_text(progress: GoalProgress) -> str:
    """A search's progress in the user's words: '12 planer prövade. Senast: Socialsekreterare 24 → 18,2 %'."""
    parts = [f"{key_label(key)} {value_text(value, key)}" for key, value in progress.latest.settings.items()]
    tried = lang.tr("Decision", "%1 planer prövade.").replace("%1", str(progress.tried))
    what = ", ".join(parts) or lang.tr("Decision", "som i dag")
    latest = lang.tr("Decision", "Senast: %1 → %2").replace("%1", what).replace(
        "%2", lang.percent(progress.latest.contact.mean, 1))
    return f"{tried} {latest}"


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
        self.replications = QSpinBox()
        self.replications.setRange(2, 200)
        self.replications.setValue(8)
        self.confirm = QSpinBox()
        self.confirm.setRange(2, 500)
        self.confirm.setValue(16)
        self.years = self.years_box(sc)
        goal_box = QGroupBox(self.tr("Mål"))
        form = QFormLayout(goal_box)
        form.addRow(self.tr("Andel tid i direktkontakt minst"), self.target)
        form.addRow(self.tr("Sannolikhet att nå målet minst"), self.probability)
        run_box = QGroupBox(self.tr("Sökningen"))
        form2 = QFormLayout(run_box)
        form2.addRow(self.tr("Replikeringar per plan"), self.replications)
        form2.addRow(self.tr("Replikeringar för bekräftelsen"), self.confirm)
        form2.addRow(self.tr("Simulerade år per körning"), self.years)
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

        self.summary = QLabel(self.tr("Ingen plan ännu. Välj hävstänger och tryck på Sök plan."))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setContentsMargins(6, 6, 6, 6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.summary)
        scroll.setMinimumHeight(200)
        self.use_button = QPushButton(self.tr("Använd planen"))
        self.use_button.setEnabled(False)
        self.use_button.setToolTip(self.tr("Ändrar scenariot enligt planen (kan ångras med Ctrl+Z)."))
        self.use_button.clicked.connect(self.use_plan)
        buttons = self.button_row(self.use_button)

        top = QHBoxLayout()
        top.addWidget(goal_box, 1)
        top.addWidget(run_box, 1)
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
            now = QTableWidgetItem(self._value_with_unit(values[0], key))
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

    @staticmethod
    def _value_with_unit(value: Any, key: str) -> str:
        text = value_text(value, key)
        unit = unit_text(key)
        return f"{text} {unit}" if unit and isinstance(value, int | float) and not isinstance(value, bool) else text

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
        self.follow_years(self.years, scenario)
        if self.controls is None or not self.controls.busy:
            self.fill_levers(scenario)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.controls is None or not self.controls.busy:
            self.fill_levers(self.scenario())

    # -- the search --------------------------------------------------------------------------------------
    def start(self) -> None:
        assert self.controls is not None
        sc = self.scenario()
        levers = self.chosen_levers(sc)
        if not levers:
            self.summary.setText(self.tr("Välj minst en hävstång som får ändras."))
            return
        search = with_changes(sc, {"simulation.years": self.years.value()})
        target, probability = self.target.value() / 100, self.probability.value() / 100
        reps, confirm = self.replications.value(), self.confirm.value()
        self.searched = sc
        self.use_button.setEnabled(False)

        def work(ctx: JobContext) -> GoalResult:
            def progress(p: GoalProgress) -> None:
                ctx.report(Progress(text=progress_text(p), data=p))

            return seek(search, target, probability, levers, replications=reps, confirm_replications=confirm,
                        workers=1, pool=ctx.executor, progress=progress)

        self.controls.start(work, self.tr("Söker bland %1 hävstänger …").replace("%1", str(len(levers))))

    def _on_result(self, result: GoalResult) -> None:
        self.outcome = result
        self.chart.set_data(result)
        self.summary.setText(self.describe(result))
        self.use_button.setEnabled(result.plan is not None and bool(result.plan.settings))

    def describe(self, res: GoalResult) -> str:
        """The result in words (rich text)."""
        esc = html.escape
        goal = lang.percent(res.target, 1)
        chance = lang.percent(res.probability, 0)
        plan = res.plan
        if plan is None:
            return esc(self.tr("Ingen kombination av de valda hävstängerna når målet %1 med minst %2 "
                               "sannolikhet. Tillåt fler hävstänger eller höj gränserna.")
                       .replace("%1", goal).replace("%2", chance))
        today = next((p for p in res.evaluated if not p.settings), None)
        base = self.searched
        lines: list[str] = []
        table = ""
        if not plan.settings:
            head = "<b>" + esc(self.tr("Scenariot når redan målet utan ändringar.")) + "</b>"
        else:
            head = "<b>" + esc(self.tr("Plan som når målet %1 med minst %2 sannolikhet:")
                               .replace("%1", goal).replace("%2", chance)) + "</b>"
            rows = [f"<tr><th align='left'>{esc(self.tr('Ändring'))}</th><th align='left'>{esc(self.tr('I dag'))}"
                    f"</th><th align='left'>{esc(self.tr('Planen'))}</th></tr>"]
            for key, value in plan.settings.items():
                old = self._value_with_unit(get(base, key), key) if base is not None else ""
                new = self._value_with_unit(value, key)
                rows.append(f"<tr><td>{esc(key_label(key))}</td><td>{esc(old)}</td><td><b>{esc(new)}</b></td></tr>")
            table = "<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"
        cost = self.tr("Årskostnad: %1 mkr").replace("%1", lang.number(plan.cost / 1e6, 1))
        if today is not None and plan.settings:
            diff = (plan.cost - today.cost) / 1e6
            sign = "+" if diff >= 0 else "−"
            cost += " " + self.tr("(%1 mkr jämfört med i dag)").replace("%1", sign + lang.number(abs(diff), 1))
        lines.append(esc(cost))
        lines.append(esc(self.contact_text(self.tr("Andel tid i direktkontakt"), plan)))
        if today is not None and plan.settings:
            lines.append(esc(self.contact_text(self.tr("I dag"), today)))
        conf = res.confirmation
        if conf is not None:
            ok = conf.p_goal >= res.probability - 1e-12
            what = self.tr("Bekräftelse med ett annat slumpfrö (%1 replikeringar)").replace(
                "%1", str(self.confirm.value()))
            mark = ("<span style='color:#1b5e20'>✔ " + esc(self.tr("håller")) + "</span>") if ok else (
                "<span style='color:#b3261e'>✘ " + esc(self.tr("håller inte: tolka planen med försiktighet"))
                + "</span>")
            lines.append(esc(self.contact_text(what, conf)) + " " + mark)
        return f"{head}{table}<p style='margin-top:6px'>" + "<br>".join(lines) + "</p>"

    def contact_text(self, head: str, p: Plan) -> str:
        text = f"{head}: {lang.percent(p.contact.mean, 1)}"
        if math.isfinite(p.contact.lo) and math.isfinite(p.contact.hi):
            text += " " + self.tr("(95 %-intervall %1–%2)").replace("%1", lang.number(100 * p.contact.lo, 1)).replace(
                "%2", lang.percent(p.contact.hi, 1))
        return text + ", " + self.tr("sannolikhet att nå målet %1").replace("%1", lang.percent(p.p_goal, 0))

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
