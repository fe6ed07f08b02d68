"""Theme-day mode: full screen, large type, the contact-share chart and key figures, and a few big controls.

Moving a control asks for the change after a short pause (debounce); the window then runs a quick estimate
and refines it with more replications.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from barntid.gui.i18n import lang
from barntid.gui.results.charts import ContactShareChart
from barntid.gui.results.compare import Entry
from barntid.gui.results.kpi_panel import KpiPanel, Shown
from barntid.gui.theme_day.room import Room, axis_limits
from barntid.gui.theme_day.storyline_panel import StorylinePanel
from barntid.sim.experiment.results import ExperimentResult
from barntid.sim.scenario.io import field_info, get
from barntid.sim.scenario.schema import Scenario

DEBOUNCE_MS = 150
SCALE = 1.3
# (key, lowest, highest, slider step, button step); the range widens to hold the scenario's own value.
SLIDERS: tuple[tuple[str, float, float, float, float], ...] = (
    ("staff.social_workers", 5, 50, 0.5, 1),
    ("staff.admin_fte", 0, 10, 0.5, 0.5),
    ("staff.assistant_fte", 0, 10, 0.5, 0.5),
)
CHECKS: tuple[str, ...] = ("measures.mobile_documentation", "measures.pair_visits")
# The headline and two more in a column beside the chart, which so keeps most of the height.
THEME_CARDS = ("contact_share", "turnover_rate", "annual_cost_sek")


def style(room: Room) -> str:
    """The view's style sheet for a screen of the room's height."""
    u, small, body, large = room.unit, room.small, room.body, room.large
    step_w, step_h, handle = round(48 * u), round(44 * u), round(30 * u)
    return f"""
QWidget#themeDay {{ background: #f5f7f8; }}
QWidget#themeDay QLabel {{ font-size: {body}px; }}
QLabel#themeTitle {{ font-size: {large}px; font-weight: 700; color: #0d47a1; }}
QLabel#themeStatus {{ font-size: {small}px; color: #455a64; }}
QLabel[class="value"] {{ font-size: {large}px; font-weight: 700; min-width: {round(60 * u)}px; }}
QCheckBox {{ font-size: {body}px; spacing: {round(14 * u)}px; }}
QCheckBox::indicator {{ width: {handle}px; height: {handle}px; }}
QPushButton {{ font-size: {small}px; padding: {round(6 * u)}px {round(10 * u)}px; }}
QPushButton[class="step"] {{ font-size: {large}px; font-weight: 700; min-width: {step_w}px; max-width: {step_w}px;
    min-height: {step_h}px; padding: 0; }}
QSlider::groove:horizontal {{ height: {round(12 * u)}px; background: #cfd8dc; border-radius: {round(6 * u)}px; }}
QSlider::sub-page:horizontal {{ background: #90caf9; border-radius: {round(6 * u)}px; }}
QSlider::handle:horizontal {{ width: {handle}px; margin: -{round(10 * u)}px 0; background: #1565c0;
    border-radius: {handle // 2}px; }}
QProgressBar {{ max-height: {round(10 * u)}px; }}
"""


class BigSlider(QWidget):
    """The label with the value in large type beside it, and below a slider between big − and + buttons."""

    moved = Signal(str, float)

    def __init__(self, key: str, lo: float, hi: float, step: float, button_step: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key, self.lo, self.hi, self.step = key, lo, hi, step
        jump = max(1, round(button_step / step))
        info = field_info(key)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setVerticalSpacing(2)
        title = QLabel(f"{lang.field_label(info, key)} ({lang.unit(info)})")
        title.setWordWrap(True)
        grid.addWidget(title, 0, 0, 1, 2)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.minus, self.plus = QPushButton("−"), QPushButton("+")
        for b in (self.minus, self.plus):
            b.setProperty("class", "step")
            b.setAutoRepeat(True)
        self.minus.clicked.connect(lambda: self.slider.setValue(self.slider.value() - jump))
        self.plus.clicked.connect(lambda: self.slider.setValue(self.slider.value() + jump))
        self.value = QLabel()
        self.value.setProperty("class", "value")
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.value, 0, 2)
        grid.addWidget(self.minus, 1, 0)
        grid.addWidget(self.plus, 1, 2)
        grid.setColumnStretch(1, 1)
        self.slider.setMinimumHeight(40)
        self.slider.valueChanged.connect(self._moved)
        grid.addWidget(self.slider, 1, 1)
        self._set_range(lo, hi)

    def _set_range(self, lo: float, hi: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setRange(round(lo / self.step), round(hi / self.step))
        self.slider.blockSignals(False)

    def to_value(self, position: int) -> float:
        return round(position * self.step, 6)

    def _moved(self, position: int) -> None:
        value = self.to_value(position)
        self.value.setText(lang.number(value, 1))
        self.moved.emit(self.key, value)

    def set_value(self, value: float) -> None:
        lo = min(self.lo, math.floor(value / self.step) * self.step)
        hi = max(self.hi, math.ceil(value * 1.5 / self.step) * self.step)
        self._set_range(lo, hi)
        self.slider.blockSignals(True)
        self.slider.setValue(round(value / self.step))
        self.slider.blockSignals(False)
        self.value.setText(lang.number(value, 1))


class ThemeDayView(QWidget):
    """Emits changes_requested({key: value}) once the controls have been still for DEBOUNCE_MS.

    Sizes follow the height of the screen the view is on (`Room`); `fix_axes` fixes the chart's axes for a
    storyline or a scenario; Esc asks to leave (exit_requested)."""

    changes_requested = Signal(dict)
    exit_requested = Signal()
    pin_requested = Signal()
    storyline_requested = Signal()
    one_run_requested = Signal(bool)  # True: the storyline as one run on a timeline; False: step by step

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themeDay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.room: Room | None = None
        self._shown: tuple[ExperimentResult | None, ExperimentResult | None] = (None, None)
        self.pending: dict[str, Any] = {}
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self._flush)
        self.leave_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.leave_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)  # wherever the focus is (none, too)
        self.leave_shortcut.activated.connect(self.exit_requested)

        controls = QVBoxLayout()
        title = QLabel(self.tr("Mer tid för barnen?"))
        title.setObjectName("themeTitle")
        title.setToolTip(self.tr("Ändra bemanning och arbetssätt – diagrammet räknas om direkt."))
        controls.addWidget(title)
        self.sliders = {key: BigSlider(key, lo, hi, step, jump) for key, lo, hi, step, jump in SLIDERS}
        for s in self.sliders.values():
            s.moved.connect(self._request)
            controls.addWidget(s)
        self.checks: dict[str, QCheckBox] = {}
        for key in CHECKS:
            box = QCheckBox(lang.field_label(field_info(key), key))
            box.setToolTip(str(getattr(field_info(key), "description", "") or ""))
            box.toggled.connect(lambda on, k=key: self._request(k, on))
            self.checks[key] = box
            controls.addWidget(box)
        controls.addSpacing(8)
        self.status = QLabel("")
        self.status.setObjectName("themeStatus")
        self.status.setWordWrap(True)
        controls.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)  # the status line above says how far
        self.progress.setVisible(False)
        controls.addWidget(self.progress)
        controls.addStretch(1)
        story = QPushButton(self.tr("Öppna berättelse …"))
        story.setToolTip(self.tr("Gå igenom ett förberett förlopp steg för steg med piltangenterna"))
        story.clicked.connect(self.storyline_requested)
        controls.addWidget(story)
        self.mode_button = QPushButton(self.tr("Visa som en körning"))
        self.mode_button.setToolTip(self.tr("Hela berättelsen i en körning: stegen kommer ett i taget under "
                                            "körningen, med ett streck i diagrammet vid varje steg"))
        self.mode_button.setVisible(False)  # with a storyline only
        self.one_run = False
        self.mode_button.clicked.connect(lambda: self.one_run_requested.emit(not self.one_run))
        controls.addWidget(self.mode_button)
        pin = QPushButton(self.tr("Fäst som jämförelse"))
        pin.setToolTip(self.tr("Visa det här resultatet i grått när du provar andra val"))
        pin.clicked.connect(self.pin_requested)
        controls.addWidget(pin)
        leave = QPushButton(self.tr("Avsluta temadag (Esc)"))
        leave.setToolTip(self.tr("Tillbaka till huvudfönstret (Esc eller F11)"))
        leave.clicked.connect(self.exit_requested)
        controls.addWidget(leave)

        self.left = QWidget()
        self.left.setLayout(controls)
        self.kpis = KpiPanel(scale=SCALE, rows=0, names=THEME_CARDS)
        self.kpis.status.setVisible(False)  # the status line on the left says how far the run has come
        self.chart = ContactShareChart(scale=SCALE, toolbar=False)
        self.chart.legend_inside = True
        self.chart.title_pt = 11
        self.chart.roles_in_legend = True
        self.story = StorylinePanel()
        results = QHBoxLayout()
        results.setSpacing(12)
        results.addWidget(self.chart, 1)
        results.addWidget(self.kpis)
        right = QVBoxLayout()
        right.addWidget(self.story)
        right.addLayout(results, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(16)
        layout.addWidget(self.left)
        layout.addLayout(right, 1)
        self.apply_room(Room(1000))

    # -- sizes -------------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        screen = self.screen()
        if screen is not None:
            self.apply_room(Room(screen.geometry().height()))
        super().showEvent(event)

    def apply_room(self, room: Room) -> None:
        """Size everything for the room's screen height (a no-op if it is the same as before)."""
        if room == self.room:
            return
        self.room = room
        u = room.unit
        self.setStyleSheet(style(room))
        for slider in self.sliders.values():
            slider.slider.setMinimumHeight(round(34 * u))
        self.kpis.set_sizes(room.cards(), 1.4 * u)
        self._fit_columns()
        self.story.apply_room(room)
        self.chart.scale = room.chart_scale(self.chart.figure.dpi)
        self.chart.stale = True
        if self.chart.isVisible():
            self.chart.redraw()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The controls and the key figures as wide as the type needs, but on a narrow (4:3) screen never so wide
        that the chart between them is squeezed: together at most half the width."""
        u = self.room.unit if self.room is not None else 1.0
        width = self.width() or 1600
        self.left.setFixedWidth(min(round(350 * u), round(0.22 * width)))
        self.kpis.setFixedWidth(min(round(420 * u), round(0.28 * width)))

    def show_mode(self, storyline: bool, one_run: bool) -> None:
        """The storyline's switch: hidden without a storyline; 'Visa steg för steg' while it is one run."""
        self.one_run = one_run
        self.mode_button.setVisible(storyline)
        self.mode_button.setText(self.tr("Visa steg för steg") if one_run else self.tr("Visa som en körning"))

    def fix_axes(self, scenarios: list[Scenario]) -> None:
        """Fix the chart's axes for these scenarios (a storyline's steps): they stay put from now on."""
        self.chart.limits = axis_limits(scenarios)
        self.chart.stale = True

    # -- controls ----------------------------------------------------------------------------------------
    def _request(self, key: str, value: Any) -> None:
        self.pending[key] = value
        self.debounce.start()

    def _flush(self) -> None:
        changes, self.pending = self.pending, {}
        if changes:
            self.changes_requested.emit(changes)

    def set_scenario(self, scenario: Scenario) -> None:
        for key, slider in self.sliders.items():
            if key not in self.pending:
                slider.set_value(float(get(scenario, key)))
        for key, box in self.checks.items():
            if key not in self.pending:
                box.blockSignals(True)
                box.setChecked(bool(get(scenario, key)))
                box.blockSignals(False)

    # -- results -----------------------------------------------------------------------------------------
    def show_results(self, entries: list[Entry], current: ExperimentResult | None,
                     baseline: ExperimentResult | None, state: Shown) -> None:
        """The key figures and the chart; the storyline panel's figure is the contact card's, in the same state."""
        self._shown = (current, baseline)
        self.kpis.show_result(current, baseline, state != Shown.FINAL, state)
        self.story.show_result(current, state)
        self.chart.preliminary = state != Shown.FINAL
        self.chart.set_entries(entries)

    def show_stale(self) -> None:
        """The scenario changed: the figures on screen are of the one before until the new ones come (the chart
        waits for them too, so it is drawn once)."""
        current, baseline = self._shown
        self.kpis.show_result(current, baseline, True, Shown.STALE)
        self.story.show_result(current, Shown.STALE)

    def show_progress(self, text: str, done: int = 0, total: int = 0) -> None:
        self.status.setText(text)
        self.progress.setVisible(total > 0 and done < total)
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
