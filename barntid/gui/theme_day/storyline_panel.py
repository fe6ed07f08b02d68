"""Storylines on theme day: a scripted walk through scenarios, one step per key press, in large type.

`StorylinePlayer` holds the storyline, the current step, the scenario on screen (a step's, or one changed by
hand from the current step) and the contact share each step has reached; `StorylinePanel` shows the step
number, title, text, every measure the storyline switches, and 'previous → new' contact share above the chart.
The panel's new figure is the contact card's, in the same state (final, preliminary or not yet computed).
"""

from __future__ import annotations

import html
import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from barntid.gui.i18n import lang
from barntid.gui.results.kpi_panel import Shown
from barntid.gui.theme_day.room import Room
from barntid.present.format import fmt
from barntid.present.timeline import week_text
from barntid.sim.experiment.results import ExperimentResult
from barntid.sim.scenario.io import Problem, ScenarioError, field_info, get, to_dict
from barntid.sim.scenario.schema import SECTIONS, Scenario
from barntid.sim.scenario.shipped import shipped
from barntid.sim.scenario.storyline import ONE_RUN_MONTHS, Step, Storyline, as_one_run, load_storyline

GOOD, BAD, PRELIMINARY, STALE = "#1b5e20", "#b3261e", "#546e7a", "#90a4ae"
NEW, OWN, OFF = "#0d47a1", "#e65100", "#78909c"
STORYLINE_FILTER = "Barntid-berättelse (*.toml)"
DEFAULT_STORYLINE = "storylines/sjobo.toml"


def default_storyline() -> Path | None:
    """The shipped Sjöbo storyline (in the repository, in the bundle, or under the current folder), if found."""
    return shipped(DEFAULT_STORYLINE)


def _same_but_length(result: Scenario, step: Scenario) -> bool:
    """The run was of this step's scenario (a quick estimate runs fewer years)."""
    return result.model_copy(update={"simulation": step.simulation}) == step


def changed_keys(a: Scenario, b: Scenario) -> list[str]:
    """Dotted keys of the parameters that differ (simulation settings aside)."""
    da, db = to_dict(a), to_dict(b)
    return [f"{section}.{key}" for section in SECTIONS if section != "simulation"
            for key, value in db[section].items() if da[section].get(key) != value]


def _value(key: str, value: Any) -> str:
    return lang.number(float(value), 2) if isinstance(value, int | float) else str(value)


def _title(key: str) -> str:
    info = field_info(key)  # the Swedish label: sub-options read "Parbesök: …"
    return str(info.title if info is not None and info.title else key)


class StorylinePlayer(QObject):
    """The loaded storyline, the current step, the scenario on screen and the contact share of each step."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.storyline: Storyline | None = None
        self.path: Path | None = None
        self.index = 0
        self.scenario: Scenario | None = None  # what the document holds: the step's, or changed by hand
        self.shares: dict[int, tuple[float, bool]] = {}  # step -> (contact share, final rather than quick)
        self.whole: Scenario | None = None  # the storyline as one run, once asked for (`whole_run`)

    def load(self, path: str | Path) -> Storyline:
        """Load and validate a storyline file; raises ScenarioError. The current step becomes the first."""
        storyline = load_storyline(path)
        self.storyline, self.path, self.index = storyline, Path(path), 0
        self.scenario = storyline.steps[0].scenario
        self.whole = None
        self.shares.clear()
        self.changed.emit()
        return storyline

    @property
    def steps(self) -> list[Step]:
        return self.storyline.steps if self.storyline is not None else []

    @property
    def step(self) -> Step | None:
        return self.steps[self.index] if self.steps else None

    @property
    def own_changes(self) -> list[str]:
        """Keys changed by hand from the current step (empty when the step is shown as it is)."""
        step = self.step
        if step is None or self.scenario is None or self.scenario == step.scenario:
            return []
        return changed_keys(step.scenario, self.scenario)

    @property
    def modified(self) -> bool:
        step = self.step
        return (step is not None and self.scenario is not None and self.scenario != step.scenario
                and not self.one_run)

    @property
    def one_run(self) -> bool:
        """The document holds the whole storyline as one run (its steps on a timeline), maybe changed by hand."""
        whole, sc = self.whole, self.scenario
        return whole is not None and sc is not None and bool(whole.timeline) and sc.timeline == whole.timeline

    @property
    def one_run_modified(self) -> bool:
        return self.one_run and self.scenario != self.whole

    def whole_run(self) -> Scenario:
        """The storyline as one run, steps `ONE_RUN_MONTHS` apart (made once); raises ScenarioError."""
        if self.whole is None:
            if self.storyline is None:
                raise ScenarioError([Problem("", "ingen berättelse är öppen")])
            self.whole = as_one_run(self.storyline)
        return self.whole

    @property
    def keys(self) -> list[str]:
        """Every parameter some step changes, in the order the storyline first changes it."""
        return list(dict.fromkeys(k for step in self.steps for k in step.changes))

    def go(self, index: int) -> Step | None:
        """Make step `index` (0-based) current; None if there is no such step or it is current already."""
        if not 0 <= index < len(self.steps) or index == self.index:
            return None
        self.index = index
        self.changed.emit()
        return self.steps[index]

    def follow(self, scenario: Scenario) -> None:
        """The document changed (undo, a control): if it now holds another step's scenario, that step is current;
        otherwise it is the current step changed by hand."""
        self.scenario = scenario
        for i, step in enumerate(self.steps):
            if step.scenario == scenario and i != self.index:
                self.index = i
                break
        self.changed.emit()

    def record(self, result: ExperimentResult, final: bool) -> None:
        """Remember the contact share a step reached (a quick estimate until the refined run is in)."""
        share = result.kpis["contact_share"].mean
        for i, step in enumerate(self.steps):
            if _same_but_length(result.scenario, step.scenario) and math.isfinite(share):
                if final or not self.shares.get(i, (0.0, False))[1]:
                    self.shares[i] = (share, final)
                    self.changed.emit()
                return

    def measures(self) -> list[tuple[str, str]]:
        """(text, kind) for every parameter the storyline switches, then those changed by hand; kind is 'on',
        'off', 'new' (this step changes it) or 'own' (changed by hand). A sub-option ("Parbesök: möten i
        skolan") is told with its measure, and only while the measure is on."""
        step, sc = self.step, self.scenario
        if step is None or sc is None:
            return []
        own = self.own_changes
        keys = self.keys + [k for k in own if k not in self.keys]
        titles = {k: _title(k) for k in keys}
        subs = {k: p for k in keys for p in keys if p != k and titles[k].startswith(titles[p] + ":")}
        items: list[tuple[str, str]] = []
        for key in keys:
            if key in subs:
                continue
            value = get(sc, key)
            name = lang.field_label(field_info(key), key)
            kind = "own" if key in own else "new" if key in step.changes else "on" if value else "off"
            switch = isinstance(value, bool) or key == "measures.pair_visits"  # a share, 0 = off
            if switch:
                text = ("✓ " if value else "✗ ") + name
                if not isinstance(value, bool) and 0 < value < 1:
                    text += " " + lang.percent(float(value), 0)
                off = [lang.field_label(field_info(k), k).split(": ", 1)[-1]
                       for k, parent in subs.items() if parent == key and not get(sc, k)]
                if value and off:
                    text += " " + self.tr("(utom %1)").replace("%1", ", ".join(off))
                if any(k in own for k, parent in subs.items() if parent == key):
                    kind = "own"
            else:
                text = f"{name}: {_value(key, value)}"
                if kind == "own":
                    text += " " + self.tr("(steget: %1)").replace("%1", _value(key, get(step.scenario, key)))
            items.append((text, kind))
        return items


class StorylinePanel(QFrame):
    """Step N of M, the title and text in large type, the storyline's measures, and the contact share:
    '11,1 % → 12,9 %'. After a change by hand: 'Steg 3 av 7 + egen ändring' and 'step's share → now'."""

    step_requested = Signal(int)  # -1 back, +1 forward

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyPanel")
        grid = QGridLayout(self)
        self.grid = grid
        self.count = QLabel()
        self.count.setObjectName("storyCount")
        self.count.setWordWrap(True)
        self.title = QLabel()
        self.title.setObjectName("storyTitle")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("storyText")
        self.text.setWordWrap(True)
        self.measures = QLabel()
        self.measures.setObjectName("storyMeasures")
        self.measures.setWordWrap(True)
        self.measures.setTextFormat(Qt.TextFormat.RichText)
        self.share = QLabel()
        self.share.setObjectName("storyShare")
        self.share.setTextFormat(Qt.TextFormat.RichText)
        self.share_text = ""  # the same without colours: '11,1 % → 12,9 %'
        self.share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.share_note = QLabel()
        self.share_note.setObjectName("storyShareNote")
        self.share_note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.back, self.forward = QPushButton("◀"), QPushButton("▶")
        self.back.setToolTip(self.tr("Föregående steg (vänsterpil, Page Up)"))
        self.forward.setToolTip(self.tr("Nästa steg (högerpil, Page Down)"))
        for b in (self.back, self.forward):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back.clicked.connect(lambda: self.step_requested.emit(-1))
        self.forward.clicked.connect(lambda: self.step_requested.emit(1))
        grid.addWidget(self.count, 0, 0)
        grid.addWidget(self.title, 1, 0)
        grid.addWidget(self.share_note, 0, 1)
        grid.addWidget(self.share, 1, 1)
        grid.addWidget(self.back, 0, 2, 2, 1)
        grid.addWidget(self.forward, 0, 3, 2, 1)
        grid.addWidget(self.text, 2, 0, 1, 4)
        grid.addWidget(self.measures, 3, 0, 1, 4)
        grid.setColumnStretch(0, 1)
        self.player: StorylinePlayer | None = None
        self.goal = 0.2
        self.result: ExperimentResult | None = None
        self.state = Shown.STALE
        self.apply_room(Room(1000))
        self.setVisible(False)

    def apply_room(self, room: Room) -> None:
        u, small, body = room.unit, room.small, room.body
        self.setStyleSheet(
            f"#storyPanel {{ background: #ffffff; border: 1px solid #cfd8dc; border-left: {round(8 * u)}px solid "
            "#1565c0; border-radius: 6px; }"
            "#storyPanel QLabel { background: transparent; }"
            f"QLabel#storyCount {{ font-size: {small}px; color: #455a64; font-weight: 600; }}"
            f"QLabel#storyTitle {{ font-size: {room.large}px; font-weight: 700; color: #0d47a1; }}"
            f"QLabel#storyText {{ font-size: {body}px; color: #212121; }}"
            f"QLabel#storyMeasures {{ font-size: {small}px; color: #263238; }}"
            f"QLabel#storyShare {{ font-size: {room.px(0.05)}px; font-weight: 700; }}"
            f"QLabel#storyShareNote {{ font-size: {small}px; color: #455a64; }}"
            f"QPushButton {{ font-size: {room.large}px; font-weight: 700; min-width: {round(56 * u)}px; "
            f"min-height: {round(48 * u)}px; padding: 0; }}")
        self.grid.setContentsMargins(round(20 * u), round(10 * u), round(16 * u), round(10 * u))
        self.grid.setHorizontalSpacing(round(18 * u))
        self.grid.setVerticalSpacing(round(4 * u))

    def show_player(self, player: StorylinePlayer, goal: float) -> None:
        self.player, self.goal = player, goal
        self._render()

    def show_result(self, result: ExperimentResult | None, state: Shown) -> None:
        """The figure on the contact card, in its state: the panel says the same."""
        self.result, self.state = result, state
        self._render()

    def _render(self) -> None:
        player = self.player
        step = player.step if player is not None else None
        self.setVisible(step is not None)
        if player is None or step is None:
            return
        n = len(player.steps)
        name = player.storyline.name if player.storyline is not None else ""
        if player.one_run:
            self._render_one_run(player, name)
            return
        count = self.tr("Steg %1 av %2").replace("%1", str(player.index + 1)).replace("%2", str(n))
        if player.modified:
            count += " " + self.tr("+ egen ändring")
        self.count.setText(f"{count} · {name}")
        self.title.setText(step.title)
        self.text.setText(step.text.replace(" %", "\u00a0%"))  # '20 %' never broken over two lines
        self.text.setVisible(bool(step.text))
        self.back.setEnabled(player.index > 0)
        self.forward.setEnabled(player.index < n - 1)
        self.measures.setVisible(True)
        colours = {"on": "#263238", "off": OFF, "new": NEW, "own": OWN}
        self.measures.setText("&nbsp;&nbsp;&nbsp; ".join(
            f'<span style="color: {colours[kind]};{" font-weight: 700;" if kind in ("new", "own") else ""}">'
            f'{html.escape(text).replace(" ", "&nbsp;")}</span>' for text, kind in player.measures()))
        self._render_share(player)

    def _render_one_run(self, player: StorylinePlayer, name: str) -> None:
        """The whole storyline as one run: its steps on the timeline, the contact share and when the goal is met."""
        n = len(player.steps)
        count = (self.tr("En körning: %1 steg, ett var %2:e månad")
                 .replace("%1", str(n)).replace("%2", str(ONE_RUN_MONTHS)))
        if player.one_run_modified:
            count += " " + self.tr("+ egen ändring")
        self.count.setText(count)
        self.title.setText(name)
        self.text.setText(self.tr("Stegen kommer ett i taget; strecken i diagrammet visar när. Nya tjänster tar "
                                  "rekryteringstid, nya arbetssätt inlärningstid."))
        self.text.setVisible(True)
        self.measures.setText("")
        self.measures.setVisible(False)
        self.back.setEnabled(False)
        self.forward.setEnabled(False)
        result, state = self.result, self.state
        now = result.kpis["contact_share"].mean if result is not None and state != Shown.STALE else math.nan
        if state == Shown.FINAL and math.isfinite(now):
            colour = GOOD if now >= self.goal - 1e-12 else BAD
        else:
            colour = PRELIMINARY if state == Shown.PRELIMINARY else STALE
        new = fmt("contact_share", now, lang.current()) if math.isfinite(now) else "…"
        self.share_text = new
        self.share.setText(f'<span style="color: {colour};">{new}</span>')
        goal = lang.percent(self.goal, 0)
        if state == Shown.FINAL and result is not None and math.isfinite(now):
            note = (self.tr("Mål %1 · nås %2").replace("%2", week_text(result.goal_date, lang.current()))
                    if result.goal_date is not None else self.tr("Mål %1 · nås inte under körningen"))
        elif state == Shown.PRELIMINARY:
            note = self.tr("Preliminärt · mål %1")
        else:
            note = self.tr("Andel tid i direktkontakt: räknar …")
        self.share_note.setText(note.replace("%1", goal))

    def _render_share(self, player: StorylinePlayer) -> None:
        result, state = self.result, self.state
        now = result.kpis["contact_share"].mean if result is not None and state != Shown.STALE else math.nan
        if player.modified:  # from the step as the storyline has it to the change by hand
            origin = player.index if player.index in player.shares else None
        else:  # from the step before; if that one is not computed yet, from the last one that is
            origin = next((i for i in range(player.index - 1, -1, -1) if i in player.shares), None)
        before = player.shares[origin] if origin is not None else None
        if state == Shown.FINAL and math.isfinite(now):
            colour = GOOD if now >= self.goal - 1e-12 else BAD
        else:
            colour = PRELIMINARY if state == Shown.PRELIMINARY else STALE
        new = fmt("contact_share", now, lang.current()) if math.isfinite(now) else "…"  # as on the card
        old = f"{fmt('contact_share', before[0], lang.current())} → " if before else ""
        self.share_text = old + new
        self.share.setText(f'<span style="color: {PRELIMINARY};">{old}</span>'
                           f'<span style="color: {colour};">{new}</span>')
        goal = lang.percent(self.goal, 0)
        if state == Shown.STALE or not math.isfinite(now):
            note = self.tr("Andel tid i direktkontakt: räknar …")
        elif state == Shown.PRELIMINARY:
            note = self.tr("Preliminärt · mål %1")
        elif origin is not None and origin != player.index - 1:  # say where the arrow starts
            note = self.tr("Från steg %2 · mål %1").replace("%2", str(origin + 1))
        else:
            note = self.tr("Andel tid i direktkontakt · mål %1")
        self.share_note.setText(note.replace("%1", goal))
