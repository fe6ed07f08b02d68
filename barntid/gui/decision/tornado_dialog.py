"""'Känslighet': how much the contact share moves when each parameter alone moves down and up (a tornado).

Runs the core's `tornado` off the UI thread with common random numbers, over the dozen parameters a chief
asks about first or over every numeric parameter, and draws the bars widest first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from barntid.gui.decision.charts import TornadoChart, key_label
from barntid.gui.decision.dialog import Apply, DecisionDialog
from barntid.gui.i18n import lang
from barntid.gui.tasks.controls import JobControls, PoolGetter
from barntid.gui.tasks.job import JobContext, Progress
from barntid.sim.decision.sensitivity import Tornado, numeric_keys, tornado
from barntid.sim.scenario.schema import Scenario

RELEVANT: tuple[str, ...] = (
    "staff.social_workers",
    "staff.admin_fte",
    "staff.assistant_fte",
    "demand.reports_per_week",
    "demand.share_to_investigation",
    "demand.share_to_followup",
    "demand.followup_months",
    "turnover.annual_rate",
    "efforts.investigation_casework_hours",
    "efforts.followup_visits_per_month",
    "efforts.visit_contact_hours",
    "efforts.visit_travel_hours",
    "efforts.visit_documentation_hours",
    "measures.supervision_hours_per_week",
)
"""The parameters a chief asks about first; those at zero in the scenario are left out (±20 % of 0 is 0)."""
MOST_RELEVANT = 12


def relevant_keys(sc: Scenario, limit: int = MOST_RELEVANT) -> list[str]:
    """The first `limit` of RELEVANT that have a non-zero value in the scenario."""
    numeric = set(numeric_keys(sc))
    return [k for k in RELEVANT if k in numeric][:limit]


class TornadoDialog(DecisionDialog):
    """Share and replications, the choice of parameters, Start/Avbryt and the tornado chart."""

    def __init__(self, scenario: Callable[[], Scenario], apply: Apply, pool: PoolGetter,
                 parent: QWidget | None = None) -> None:
        super().__init__(scenario, apply, pool, parent)
        self.setWindowTitle(self.tr("Känslighet – vad betyder mest för tiden med barnen?"))
        self.outcome: Tornado | None = None
        self._build()
        self.resize(1180, 860)

    def _build(self) -> None:
        sc = self.scenario()
        self.share = QDoubleSpinBox()
        self.share.setRange(1, 90)
        self.share.setDecimals(0)
        self.share.setPrefix("± ")
        self.share.setSuffix(" %")
        self.share.setValue(20)
        self.replications = QSpinBox()
        self.replications.setRange(2, 200)
        self.replications.setValue(6)
        settings = QGroupBox(self.tr("Beräkningen"))
        form = QFormLayout(settings)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Ändra varje parameter med"), self.share)
        form.addRow(self.tr("Körningar per punkt (var och en med annan slump)"), self.replications)
        years = QLabel(self.tr("Varje körning omfattar scenariots %1 år, som i huvudfönstret.").replace(
            "%1", lang.number(sc.simulation.years, 2)))
        years.setWordWrap(True)
        years.setStyleSheet("color: #546e7a;")
        self.years_note = years
        form.addRow(years)

        self.relevant = QRadioButton()
        self.all = QRadioButton()
        self.relevant.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.relevant)
        group.addButton(self.all)
        which = QGroupBox(self.tr("Parametrar"))
        wl = QVBoxLayout(which)
        wl.addWidget(self.relevant)
        wl.addWidget(self.all)
        self.cost = QLabel()
        self.cost.setWordWrap(True)
        self.cost.setStyleSheet("color: #546e7a;")
        wl.addWidget(self.cost)
        self.relevant.toggled.connect(self._update_labels)
        self.replications.valueChanged.connect(self._update_labels)

        self.controls = JobControls(self.tr("Beräkna känslighet"), self.pool)
        self.controls.start_button.clicked.connect(self.start)
        self.controls.succeeded.connect(self._on_result)
        close = self.close_button()

        top = QHBoxLayout()
        top.addWidget(settings, 1)
        top.addWidget(which, 1)
        self.chart = TornadoChart()
        self.chart.setMinimumHeight(480)
        bottom = QHBoxLayout()
        bottom.addWidget(self.controls, 1)
        bottom.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bottom)
        layout.addWidget(self.chart, 1)
        self._update_labels()

    def keys(self, sc: Scenario) -> list[str]:
        return numeric_keys(sc) if self.all.isChecked() else relevant_keys(sc)

    def on_scenario_changed(self, scenario: Scenario) -> None:
        self.years_note.setText(self.tr("Varje körning omfattar scenariots %1 år, som i huvudfönstret.").replace(
            "%1", lang.number(scenario.simulation.years, 2)))
        self._update_labels()

    def _update_labels(self) -> None:
        sc = self.scenario()
        n_rel, n_all = len(relevant_keys(sc)), len(numeric_keys(sc))
        self.relevant.setText(self.tr("De %1 viktigaste (personal, inflöde, omsättning, möten)").replace(
            "%1", str(n_rel)))
        self.all.setText(self.tr("Alla %1 numeriska parametrar").replace("%1", str(n_all)))
        n = len(self.keys(sc))
        runs = (2 * n + 1) * self.replications.value()
        self.cost.setText(self.tr("%1 parametrar ger %2 körningar.").replace("%1", str(n)).replace("%2", str(runs)))

    def start(self) -> None:
        assert self.controls is not None
        if self.after_main_run(self.start):
            return
        sc = self.scenario()
        keys = self.keys(sc)
        share, reps = self.share.value() / 100, self.replications.value()

        def work(ctx: JobContext) -> Tornado:
            def progress(done: int, total: int) -> None:
                text = lang.tr("Decision", "%1 av %2 punkter beräknade").replace("%1", str(done)).replace(
                    "%2", str(total))
                ctx.report(Progress(done, total, text))

            return tornado(sc, keys, share, reps, workers=1, pool=ctx.executor, progress=progress)

        self.controls.start(work, self.tr("Beräknar utgångsläget …"))

    def _on_result(self, result: Tornado) -> None:
        self.outcome = result
        self.chart.set_data(result)
        if self.controls is not None and result.bars:
            top = result.bars[0]
            self.controls.status.setText(self.tr("Klart. Störst påverkan: %1 (%2 till %3).").replace(
                "%1", key_label(top.key)).replace("%2", lang.percent(min(top.low, top.high), 1)).replace(
                "%3", lang.percent(max(top.low, top.high), 1)))
