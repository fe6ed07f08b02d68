"""'Enheten live': one simulated year of the unit played back for a theme day.

One replication runs with the trace on (off the UI thread, at most a year after the warm-up); a QTimer then
plays it back. Every position is drawn as a figure coloured by what its social worker is doing at that
moment of the simulated day (with a child and family, documenting, travelling, in a meeting, ...), vacant
posts as red dashed outlines and absent staff pale. Beside it: the clock ('Vecka 12, tisdag 10:24'), the
running share of time with children against the goal, and the work waiting by deadline class. Everything
is drawn with QPainter and scales with the window, so it reads on a projector (F11: full screen).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QElapsedTimer, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHideEvent,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSlider, QStyle, QVBoxLayout, QWidget

from barntid.gui.decision.dialog import Apply, DecisionDialog
from barntid.gui.decision.live_data import IDLE, STATES, LiveData, Playback, live_scenario, run_trace
from barntid.gui.i18n import lang
from barntid.gui.tasks.controls import JobControls, PoolGetter
from barntid.gui.tasks.job import JobContext
from barntid.sim.engine.accounting import (
    ADMIN,
    COLLAB,
    CONTACT,
    DEVELOPMENT,
    DOCUMENTATION,
    INDUCTION,
    PRACTICAL,
    SUPERVISION,
    TRAVEL,
    UNALLOCATED,
)
from barntid.sim.engine.trace import CONSULTANT, VACANT
from barntid.sim.scenario.schema import Scenario

FRAME_MS = 33
SPEEDS: tuple[float, ...] = (0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 20.0)
"""Simulated working days per second the speed slider offers."""
DEFAULT_SPEED = 1.0
TIMELINE_STEPS = 20
"""Timeline slider steps per working day."""

CATEGORY_COLORS: dict[int, str] = {
    CONTACT: "#2e7d32",
    DOCUMENTATION: "#1e88e5",
    ADMIN: "#78909c",
    TRAVEL: "#fb8c00",
    COLLAB: "#8e24aa",
    SUPERVISION: "#00897b",
    DEVELOPMENT: "#fdd835",
    INDUCTION: "#d81b60",
    PRACTICAL: "#8d6e63",
    UNALLOCATED: "#b0bec5",
    IDLE: "#e0e0e0",
}
ABSENT_FILL, ABSENT_LINE = "#f4f6f7", "#c5ccd0"
VACANT_LINE = "#e53935"
CONSULTANT_BADGE = "#ef6c00"
GOAL_OK, GOAL_SHORT = "#1b5e20", "#b3261e"
TEXT = "#263238"
MUTED = "#607d8b"
WAIT_COLORS = ("#c62828", "#ef6c00", "#f9a825", "#5c6bc0", "#26a69a")


class UnitCanvas(QWidget):
    """Draws the unit at one playback position: figures, clock, counter, waiting work and legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.playback: Playback | None = None
        self.position = 0.0
        self.message = self.tr("Kör en simulering av enheten …")
        self.setMinimumSize(960, 540)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(False)

    # -- words ------------------------------------------------------------------------------------------
    def category_names(self) -> dict[int, str]:
        return {
            CONTACT: self.tr("Med barn och familj"),
            DOCUMENTATION: self.tr("Dokumenterar"),
            ADMIN: self.tr("Administration"),
            TRAVEL: self.tr("Reser"),
            COLLAB: self.tr("Samverkan, möten"),
            SUPERVISION: self.tr("Handledning, APT"),
            INDUCTION: self.tr("Introduktion"),
            PRACTICAL: self.tr("Praktiska uppgifter"),
            UNALLOCATED: self.tr("Inget i kö"),
            IDLE: self.tr("Har gått för dagen"),
        }

    def weekday(self, day: int) -> str:
        names = (self.tr("måndag"), self.tr("tisdag"), self.tr("onsdag"), self.tr("torsdag"), self.tr("fredag"),
                 self.tr("lördag"), self.tr("söndag"))
        return names[day % 7]

    def waiting_names(self) -> tuple[str, ...]:
        return (self.tr("Skyddsbedömningar"), self.tr("Förhandsbedömningar"), self.tr("Utredning"),
                self.tr("Uppföljning"), self.tr("Planerade möten"))

    def clock_text(self) -> str:
        """'Vecka 12, tisdag 10:24' at the current position."""
        if self.playback is None:
            return ""
        week, day, hhmm = self.playback.clock(self.position)
        return self.tr("Vecka %1, %2").replace("%1", str(week)).replace("%2", self.weekday(day)) + f" {hhmm}"

    def colors(self) -> list[str]:
        """Each position's fill colour at the current position (vacant: 'vacant')."""
        if self.playback is None:
            return []
        out = []
        for state, cat in self.playback.states(self.position):
            name = STATES[state]
            out.append(name if name in ("vacant", "absent") else CATEGORY_COLORS.get(cat, CATEGORY_COLORS[IDLE]))
        return out

    # -- painting ---------------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        w, h = float(self.width()), float(self.height())
        p.fillRect(self.rect(), QColor("#fafbfc"))
        unit = max(10.0, min(h / 36.0, w / 60.0))  # base type size in pixels
        if self.playback is None:
            p.setFont(self._font(unit * 1.3))
            p.setPen(QColor(MUTED))
            p.drawText(QRectF(0, 0, w, h), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message)
            p.end()
            return
        margin = unit
        header = unit * 4.6
        self._draw_header(p, QRectF(margin, margin * 0.6, w - 2 * margin, header), unit)
        legend_h = unit * 1.8 * 3
        legend = QRectF(margin, h - margin * 0.6 - legend_h, w - 2 * margin, legend_h)
        self._draw_legend(p, legend, unit)
        top = margin * 0.6 + header + unit * 0.8
        body = QRectF(margin, top, w - 2 * margin, legend.top() - unit * 0.8 - top)
        left_w = body.width() * 0.62
        self._draw_people(p, QRectF(body.left(), body.top(), left_w, body.height()), unit)
        side = QRectF(body.left() + left_w + unit * 1.5, body.top(), body.width() - left_w - unit * 1.5,
                      body.height())
        waiting_h = unit * 15.5
        self._draw_waiting(p, QRectF(side.left(), side.top(), side.width(), waiting_h), unit)
        if side.height() - waiting_h > unit * 5:
            self._draw_weeks(p, QRectF(side.left(), side.top() + waiting_h + unit * 0.6, side.width(),
                                       side.height() - waiting_h - unit * 0.6), unit)
        p.end()

    @staticmethod
    def _font(px: float, bold: bool = False) -> QFont:
        f = QFont()
        f.setPixelSize(max(8, round(px)))
        f.setBold(bold)
        return f

    def _fitted(self, texts: list[str] | tuple[str, ...], px: float, width: float, bold: bool = False) -> QFont:
        """The font of size px, made smaller if needed so that the widest text fits in width."""
        font = self._font(px, bold)
        widest = max((QFontMetricsF(font).horizontalAdvance(t) for t in texts), default=0.0)
        if widest > width > 0:
            font = self._font(max(8.0, px * width / widest), bold)
        return font

    def _draw_header(self, p: QPainter, r: QRectF, unit: float) -> None:
        assert self.playback is not None
        week, day, hhmm = self.playback.clock(self.position)
        p.setPen(QColor(TEXT))
        p.setFont(self._font(unit * 2.3, True))
        head = self.tr("Vecka %1, %2").replace("%1", str(week)).replace("%2", self.weekday(day))
        p.drawText(QRectF(r.left(), r.top(), r.width() * 0.55, unit * 3), Qt.AlignmentFlag.AlignLeft
                   | Qt.AlignmentFlag.AlignVCenter, head)
        p.setFont(self._font(unit * 1.6))
        p.setPen(QColor(MUTED))
        p.drawText(QRectF(r.left(), r.top() + unit * 3, r.width() * 0.55, unit * 1.9),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self.tr("klockan %1").replace("%1", hhmm))
        # The day's progress as a thin bar under the clock.
        _i, f = self.playback.split(self.position)
        bar = QRectF(r.left(), r.top() + unit * 4.9, r.width() * 0.42, unit * 0.35)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#e0e6ea"))
        p.drawRoundedRect(bar, bar.height() / 2, bar.height() / 2)
        p.setBrush(QColor("#90a4ae"))
        p.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * f, bar.height()), bar.height() / 2,
                          bar.height() / 2)
        # The running share of time with children.
        share = self.playback.contact_share(self.position)
        goal = self.playback.data.goal
        box = QRectF(r.left() + r.width() * 0.52, r.top(), r.width() * 0.48, r.height())
        p.setPen(QColor(TEXT))
        p.setFont(self._font(unit * 1.25))
        p.drawText(QRectF(box.left(), box.top(), box.width(), unit * 1.8),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   self.tr("Andel tid med barn och familj hittills"))
        ok = math.isfinite(share) and share >= goal
        p.setPen(QColor(GOAL_OK if ok else GOAL_SHORT))
        p.setFont(self._font(unit * 3.0, True))
        shown = lang.percent(share, 1) if math.isfinite(share) else "–"
        p.drawText(QRectF(box.left(), box.top() + unit * 1.6, box.width() - unit * 9.5, unit * 3.4),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
        p.setPen(QColor(MUTED))
        p.setFont(self._font(unit * 1.25))
        p.drawText(QRectF(box.right() - unit * 9.0, box.top() + unit * 1.8, unit * 9.0, unit * 3.2),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self.tr("mål %1").replace("%1", lang.percent(goal, 0)))

    def _grid(self, n: int, r: QRectF) -> tuple[int, float]:
        best_cols, best = 1, 0.0
        for cols in range(1, max(n, 1) + 1):
            rows = math.ceil(n / cols)
            size = min(r.width() / cols, r.height() / rows)
            if size > best:
                best_cols, best = cols, size
        return best_cols, best

    def _draw_people(self, p: QPainter, r: QRectF, unit: float) -> None:
        assert self.playback is not None
        states = self.playback.states(self.position)
        n = len(states)
        if not n:
            return
        cols, cell = self._grid(n, r)
        rows = math.ceil(n / cols)
        x0 = r.left() + (r.width() - cols * cell) / 2
        y0 = r.top() + (r.height() - rows * cell) / 2
        badge_font = self._font(cell * 0.2, True)
        for k, (state, cat) in enumerate(states):
            cx = x0 + (k % cols + 0.5) * cell
            top = y0 + (k // cols) * cell
            self._draw_person(p, cx, top, cell, STATES[state], cat, badge_font)

    def _draw_person(self, p: QPainter, cx: float, top: float, cell: float, state: str, cat: int,
                     badge_font: QFont) -> None:
        s = cell * 0.86
        head_r = s * 0.17
        head = QPointF(cx, top + cell * 0.07 + head_r)
        body = QRectF(cx - s * 0.32, head.y() + head_r + s * 0.04, s * 0.64, s * 0.52)
        path = QPainterPath()
        path.addEllipse(head, head_r, head_r)
        path.addRoundedRect(body, s * 0.26, s * 0.26)
        if state == VACANT:
            pen = QPen(QColor(VACANT_LINE), max(2.0, cell * 0.03), Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(QColor("#ffffff"))
        elif state == "absent":
            p.setPen(QPen(QColor(ABSENT_LINE), max(1.5, cell * 0.02)))
            p.setBrush(QColor(ABSENT_FILL))
        else:
            color = QColor(CATEGORY_COLORS.get(cat, CATEGORY_COLORS[IDLE]))
            p.setPen(QPen(color.darker(135), max(1.5, cell * 0.02)))
            p.setBrush(color)
        p.drawPath(path)
        if state == CONSULTANT:
            br = cell * 0.13
            centre = QPointF(cx + s * 0.3, head.y() - head_r * 0.2)
            p.setPen(QPen(QColor("#ffffff"), max(1.5, cell * 0.015)))
            p.setBrush(QColor(CONSULTANT_BADGE))
            p.drawEllipse(centre, br, br)
            p.setFont(badge_font)
            p.setPen(QColor("#ffffff"))
            p.drawText(QRectF(centre.x() - br, centre.y() - br, 2 * br, 2 * br), Qt.AlignmentFlag.AlignCenter,
                       self.tr("K"))

    def _draw_waiting(self, p: QPainter, r: QRectF, unit: float) -> None:
        assert self.playback is not None
        p.setPen(QColor(TEXT))
        title = self.tr("Arbete som väntar")
        p.setFont(self._fitted([title], unit * 1.35, r.width(), True))
        p.drawText(QRectF(r.left(), r.top(), r.width(), unit * 2), Qt.AlignmentFlag.AlignLeft
                   | Qt.AlignmentFlag.AlignVCenter, title)
        counts = self.playback.waiting(self.position)
        peaks = self.playback.data.waiting.max(axis=0) if self.playback.data.waiting.size else counts
        names = self.waiting_names()
        row_h = min(unit * 2.2, (r.height() - unit * 4.5) / len(names))
        y = r.top() + unit * 2.3
        num_w = unit * 3.6
        label_font = self._fitted(names, unit * 1.05, r.width() * 0.55)
        label_w = max(QFontMetricsF(label_font).horizontalAdvance(n) for n in names) + unit * 0.6
        bar_w = max(10.0, r.width() - label_w - num_w)
        for i, (name, count) in enumerate(zip(names, counts, strict=True)):
            p.setFont(label_font)
            p.setPen(QColor(TEXT))
            p.drawText(QRectF(r.left(), y, label_w, row_h), Qt.AlignmentFlag.AlignLeft
                       | Qt.AlignmentFlag.AlignVCenter, name)
            track = QRectF(r.left() + label_w, y + row_h * 0.2, bar_w, row_h * 0.6)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#eceff1"))
            p.drawRoundedRect(track, 3, 3)
            peak = max(int(peaks[i]), 1)
            p.setBrush(QColor(WAIT_COLORS[i]))
            p.drawRoundedRect(QRectF(track.left(), track.top(), track.width() * min(1.0, int(count) / peak),
                                     track.height()), 3, 3)
            p.setPen(QColor(TEXT))
            p.setFont(self._font(unit * 1.15, True))
            p.drawText(QRectF(track.right(), y, num_w, row_h), Qt.AlignmentFlag.AlignRight
                       | Qt.AlignmentFlag.AlignVCenter, str(int(count)))
            y += row_h
        p.setPen(QColor(MUTED))
        p.setFont(self._font(unit * 0.85))
        p.drawText(QRectF(r.left(), y + unit * 0.1, r.width(), unit * 1.6), Qt.AlignmentFlag.AlignLeft
                   | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                   self.tr("Uppgifter i kö. Hel stapel = årets högsta."))

    def _draw_weeks(self, p: QPainter, r: QRectF, unit: float) -> None:
        """The contact share of each week so far, against the goal."""
        assert self.playback is not None
        data = self.playback.data
        p.setPen(QColor(TEXT))
        title = self.tr("Andel tid med barn, vecka för vecka")
        p.setFont(self._fitted([title], unit * 1.1, r.width(), True))
        p.drawText(QRectF(r.left(), r.top(), r.width(), unit * 1.7), Qt.AlignmentFlag.AlignLeft
                   | Qt.AlignmentFlag.AlignVCenter, title)
        first = data.warmup_weeks
        last = len(data.week_worked) - 1
        i, _f = self.playback.split(self.position)
        now = min(int(data.days[i]) // 7, last) if len(data.days) else first
        if last < first:
            return
        plot = QRectF(r.left(), r.top() + unit * 2.0, r.width() - unit * 3.2, r.height() - unit * 2.4)
        with np.errstate(invalid="ignore", divide="ignore"):
            shares = np.where(data.week_worked > 0, data.week_contact / np.maximum(data.week_worked, 1e-9), np.nan)
        done = shares[first: now + 1]
        top = max(data.goal * 1.5, float(np.nanmax(shares[first:])) if np.isfinite(shares[first:]).any() else 0.0)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#eef2f4"))
        p.drawRect(plot)
        width = plot.width() / max(last - first + 1, 1)
        for k, share in enumerate(done):
            if not np.isfinite(share):
                continue
            hgt = plot.height() * min(1.0, float(share) / top)
            color = QColor(GOAL_OK if share >= data.goal else "#90a4ae")
            if first + k == now:
                color = color.lighter(130)
            p.setBrush(color)
            p.drawRect(QRectF(plot.left() + k * width + width * 0.1, plot.bottom() - hgt, width * 0.8, hgt))
        goal_y = plot.bottom() - plot.height() * data.goal / top
        p.setPen(QPen(QColor(GOAL_OK), max(1.5, unit * 0.1), Qt.PenStyle.DashLine))
        p.drawLine(QPointF(plot.left(), goal_y), QPointF(plot.right(), goal_y))
        p.setFont(self._font(unit * 0.9, True))
        p.setPen(QColor(GOAL_OK))
        p.drawText(QRectF(plot.right() + unit * 0.3, goal_y - unit, unit * 3, unit * 2),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, lang.percent(data.goal, 0))

    def _draw_legend(self, p: QPainter, r: QRectF, unit: float) -> None:
        names = self.category_names()
        items: list[tuple[str, str, str, bool]] = [(CATEGORY_COLORS[c], "", names[c], False) for c in (
            CONTACT, DOCUMENTATION, TRAVEL, COLLAB, ADMIN, SUPERVISION, INDUCTION, PRACTICAL, UNALLOCATED, IDLE)]
        items += [(ABSENT_FILL, ABSENT_LINE, self.tr("Frånvarande"), False),
                  ("#ffffff", VACANT_LINE, self.tr("Vakant tjänst"), False),
                  (CONSULTANT_BADGE, "", self.tr("K = konsult"), True)]
        rows = 3
        cols = math.ceil(len(items) / rows)
        row_h = r.height() / rows
        col_w = r.width() / cols
        size = row_h * 0.62
        p.setFont(self._fitted([t for _f, _l, t, _r in items], min(unit * 1.1, row_h * 0.6),
                               col_w - size - unit * 1.0))
        for k, (fill, line, text, round_swatch) in enumerate(items):
            x = r.left() + (k // rows) * col_w
            y = r.top() + (k % rows) * row_h
            swatch = QRectF(x, y + (row_h - size) / 2, size, size)
            if line == VACANT_LINE:
                p.setPen(QPen(QColor(line), 2, Qt.PenStyle.DashLine))
            elif line:
                p.setPen(QPen(QColor(line), 1.5))
            else:
                p.setPen(QPen(QColor(fill).darker(135), 1))
            p.setBrush(QColor(fill))
            if round_swatch:
                p.drawEllipse(swatch)
            else:
                p.drawRoundedRect(swatch, size * 0.25, size * 0.25)
            p.setPen(QColor(TEXT))
            p.drawText(QRectF(x + size + unit * 0.5, y, col_w - size - unit * 0.7, row_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)


class LiveView(DecisionDialog):
    """The live view dialog: the canvas and big playback controls. `loaded` is emitted when a trace is in."""

    loaded = Signal()

    def __init__(self, scenario: Callable[[], Scenario], apply: Apply, pool: PoolGetter,
                 parent: QWidget | None = None) -> None:
        super().__init__(scenario, apply, pool, parent)
        self.setWindowTitle(self.tr("Enheten live"))
        self.data: LiveData | None = None
        self.playback: Playback | None = None
        self.speed = DEFAULT_SPEED
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.tick)
        self.clock = QElapsedTimer()
        self._build()
        self.resize(1400, 860)

    def _build(self) -> None:
        self.canvas = UnitCanvas()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18px; font-weight: 600; color: #0d47a1;")
        self.play_button = QPushButton()
        self.play_button.setCheckable(True)
        self.play_button.setEnabled(False)
        self.play_button.toggled.connect(self.set_playing)
        style = self.style()
        self.play_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        self.pause_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaPause)
        self.restart_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipBackward),
                                          self.tr("Börja om"))
        self.restart_button.setEnabled(False)
        self.restart_button.clicked.connect(self.restart)
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setRange(0, len(SPEEDS) - 1)
        self.speed_slider.setValue(SPEEDS.index(DEFAULT_SPEED))
        self.speed_slider.setMinimumWidth(200)
        self.speed_slider.valueChanged.connect(lambda i: self.set_speed(SPEEDS[i]))
        self.speed_label = QLabel()
        self.speed_label.setMinimumWidth(
            int(self.speed_label.fontMetrics().horizontalAdvance("0,25 dagar per sekund") * 1.25))
        self.timeline = QSlider(Qt.Orientation.Horizontal)
        self.timeline.setEnabled(False)
        self.timeline.setToolTip(self.tr("Hoppa i året"))
        self.timeline.valueChanged.connect(self._on_timeline)
        self.full_button = QPushButton(self.tr("Helskärm (F11)"))
        self.full_button.setCheckable(True)
        self.full_button.toggled.connect(self.set_full_screen)
        self.controls = JobControls(self.tr("Kör om från scenariot"), self.pool)
        self.controls.start_button.setDefault(False)
        self.controls.start_button.clicked.connect(self.load)
        self.controls.succeeded.connect(self._on_loaded)
        self.controls.failed.connect(lambda message: self._show_message(message))
        self.set_speed(DEFAULT_SPEED)
        self._set_play_text(False)

        for b in (self.play_button, self.restart_button, self.full_button):
            b.setStyleSheet("font-size: 18px; padding: 6px 14px;")
            b.setAutoDefault(False)
            b.setIconSize(QSize(22, 22))
        self.play_button.setMinimumWidth(150)
        self.speed_label.setStyleSheet("font-size: 16px;")
        row = QHBoxLayout()
        row.addWidget(self.play_button)
        row.addWidget(self.restart_button)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("Hastighet:")))
        row.addWidget(self.speed_slider)
        row.addWidget(self.speed_label)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("Året:")))
        row.addWidget(self.timeline, 1)
        row.addWidget(self.full_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(row)
        layout.addWidget(self.controls)

    # -- loading ----------------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.data is None and self.controls is not None and not self.controls.busy:
            self.load()

    def load(self) -> None:
        """Run one traced replication of the window's scenario (at most a year) off the UI thread."""
        assert self.controls is not None
        sc = live_scenario(self.scenario())
        self.set_playing(False)

        def work(ctx: JobContext) -> LiveData:
            future = ctx.executor.submit(run_trace, sc)
            while True:
                try:
                    return future.result(timeout=0.1)
                except TimeoutError:
                    ctx.check()

        years = lang.number(sc.simulation.years, 2)
        self.controls.start(work, self.tr("Simulerar %1 år av enheten …").replace("%1", years))
        if self.data is None:
            self._show_message(self.tr("Simulerar %1 år av enheten …").replace("%1", years))

    def on_scenario_changed(self, _scenario: Scenario) -> None:
        if self.data is not None and self.controls is not None and not self.controls.busy:
            self.controls.status.setText(self.tr("Scenariot har ändrats. Tryck på 'Kör om från scenariot' för att "
                                                 "se det nya."))

    def _show_message(self, text: str) -> None:
        self.canvas.message = text
        self.canvas.update()

    def _on_loaded(self, data: LiveData) -> None:
        self.set_data(data)
        self.loaded.emit()

    def set_data(self, data: LiveData) -> None:
        self.data = data
        self.playback = Playback(data)
        self.canvas.playback = self.playback
        self.title.setText(self.tr("%1 – ett simulerat år, %2 tjänster").replace("%1", data.name).replace(
            "%2", str(data.positions)))
        self.timeline.blockSignals(True)
        self.timeline.setRange(0, max(0, round(self.playback.end * TIMELINE_STEPS)))
        self.timeline.blockSignals(False)
        for w in (self.play_button, self.restart_button, self.timeline):
            w.setEnabled(True)
        if self.controls is not None:
            self.controls.status.setText(self.tr("Andel tid med barn och familj hela året i den här körningen: %1")
                                         .replace("%1", lang.percent(data.contact_share, 1)))
        self.restart()

    # -- playback ---------------------------------------------------------------------------------------
    @property
    def position(self) -> float:
        return self.canvas.position

    def seek(self, position: float) -> None:
        if self.playback is None:
            return
        self.canvas.position = self.playback.clamp(position)
        self.timeline.blockSignals(True)
        self.timeline.setValue(round(self.canvas.position * TIMELINE_STEPS))
        self.timeline.blockSignals(False)
        self.canvas.update()

    def restart(self) -> None:
        if self.playback is not None:
            self.seek(self.playback.first)

    def _on_timeline(self, value: int) -> None:
        if self.playback is not None:
            self.canvas.position = self.playback.clamp(value / TIMELINE_STEPS)
            self.canvas.update()

    def set_speed(self, days_per_second: float) -> None:
        self.speed = days_per_second
        unit = self.tr("dag per sekund") if days_per_second == 1 else self.tr("dagar per sekund")
        self.speed_label.setText(f"{lang.number(days_per_second, 2)} {unit}")

    def _set_play_text(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Paus") if playing else self.tr("Spela"))
        self.play_button.setIcon(self.pause_icon if playing else self.play_icon)

    def set_playing(self, on: bool) -> None:
        on = on and self.playback is not None
        if self.play_button.isChecked() != on:
            self.play_button.blockSignals(True)
            self.play_button.setChecked(on)
            self.play_button.blockSignals(False)
        self._set_play_text(on)
        if on:
            if self.playback is not None and self.position >= self.playback.end - 1e-3:
                self.restart()
            self.clock.start()
            self.timer.start()
        else:
            self.timer.stop()

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def tick(self) -> None:
        """One frame: move on by the real time since the last frame times the speed."""
        seconds = self.clock.restart() / 1000.0 if self.clock.isValid() else FRAME_MS / 1000.0
        self.advance(min(seconds, 0.25))

    def advance(self, seconds: float) -> None:
        """Move the playback on by `seconds` of real time at the current speed (pauses at the end)."""
        if self.playback is None:
            return
        self.seek(self.position + seconds * self.speed)
        if self.position >= self.playback.end - 1e-6:
            self.set_playing(False)

    # -- presenting -------------------------------------------------------------------------------------
    def set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()
        if self.full_button.isChecked() != on:
            self.full_button.blockSignals(True)
            self.full_button.setChecked(on)
            self.full_button.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key == Qt.Key.Key_Space and self.playback is not None:
            self.set_playing(not self.playing)
        elif key == Qt.Key.Key_F11:
            self.set_full_screen(not self.isFullScreen())
        elif key == Qt.Key.Key_Escape and self.isFullScreen():
            self.set_full_screen(False)
        else:
            super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self.set_playing(False)
        super().hideEvent(event)
