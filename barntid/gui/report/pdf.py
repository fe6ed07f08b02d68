"""The report for the social welfare committee (socialnämnden): a Swedish PDF, baseline beside proposal.

Both scenarios run with the same seeds (common random numbers), so the differences carry 95% intervals of
the paired differences. The words and tables come from `barntid.present.report`; this module lays them out
on A4 pages that flow (text wraps at measured widths, tables split between rows with their header repeated,
charts are kept whole), then draws the pages with a footer "Sida N av M". The charts are the application's
own chart widgets, drawn offscreen, so the report shows exactly what the chief saw; pages are written with
matplotlib's PdfPages (no pyplot).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import matplotlib
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Rectangle
from matplotlib.textpath import TextToPath

from barntid.present.report import (
    DECISION_HINT,
    SOURCES_NOTE,
    TABLE_NOTE,
    TITLE,
    ReportInfo,
    assumption_rows,
    change_rows,
    decision_lines,
    kpi_rows,
    method,
    proposal_title,
    summary,
)
from barntid.present.timeline import TIMELINE_NOTE, goal_kpi_row, goal_sentence, step_rows, wants_goal_date
from barntid.sim.experiment.results import ExperimentResult
from barntid.sim.experiment.runner import run_experiment
from barntid.sim.scenario.files import atomic_path, resolve_target
from barntid.sim.scenario.schema import Scenario

matplotlib.rcParams["text.parse_math"] = False  # names come from users: "$x$" is text, not mathtext

if TYPE_CHECKING:  # the charts are Qt widgets, imported only when the report is written
    from barntid.gui.results.chart_base import ChartWidget

A4 = (8.27, 11.69)
PT = 72.0  # points per inch: the layout is in points from the page's top left corner
PAGE_W, PAGE_H = A4[0] * PT, A4[1] * PT
LEFT, RIGHT, TOP, BOTTOM = 56.0, 56.0, 52.0, 62.0
WIDTH = PAGE_W - LEFT - RIGHT
BLUE, GREY, INK, MUTED, RULE = "#1565c0", "#9e9e9e", "#212121", "#616161", "#cfd8dc"
HEADER_BG, STRIPE_BG = "#e3f2fd", "#f5f7f8"
BODY, SMALL, TABLE = 10.0, 8.5, 8.5
LEADING = 1.32
WIDOW_ROWS = 3  # a table split over pages leaves at least this many rows for its last page
BASELINE = 0.95  # a line's baseline below its top, in font sizes
CHART_DPI = 150
CHART_HEIGHTS = (330.0, 330.0, 330.0, 330.0, 215.0)  # contact share, time use, staff, deadlines, cost (points)


@lru_cache(maxsize=4)
def _font(size: float, bold: bool) -> FontProperties:
    return FontProperties(size=size, weight="bold" if bold else "normal")


_MEASURE = TextToPath()


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The printed width of one line in points (the PDF uses the same font and metrics)."""
    if not text:
        return 0.0
    w, _h, _d = _MEASURE.get_text_width_height_descent(text, _font(size, bold), ismath=False)
    return float(w) * 1.01  # a hair of room for the PDF's own rounding


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Lines no wider than `width`: broken at spaces (never at a no-break space), a too-long word by letters."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, size, bold) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = ""
            while len(word) > 1 and text_width(word, size, bold) > width:  # wider than the column: split it
                cut = 1
                while cut < len(word) - 1 and text_width(word[:cut + 1], size, bold) <= width:
                    cut += 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


@dataclass
class TextOp:
    x: float
    y: float  # top of the line, from the page's top
    text: str
    size: float
    bold: bool = False
    color: str = INK
    width: float = WIDTH  # the room it was wrapped to (tests check nothing is wider)
    ha: str = "left"


@dataclass
class RectOp:
    x: float
    y: float
    w: float
    h: float
    face: str
    edge: str = "none"


@dataclass
class ImageOp:
    x: float
    y: float
    w: float
    h: float
    image: Any


@dataclass
class Page:
    ops: list[TextOp | RectOp | ImageOp] = field(default_factory=list)
    bottom: float = TOP  # how far down the page the content reaches

    def texts(self) -> list[str]:
        return [op.text for op in self.ops if isinstance(op, TextOp)]

    @property
    def fill(self) -> float:
        """The share of the page's writing area that is used."""
        return (self.bottom - TOP) / (PAGE_H - TOP - BOTTOM)


def column_widths(header: Sequence[str], rows: Sequence[Sequence[str]], shares: Sequence[float], size: float,
                  padding: float) -> list[float]:
    """Column widths in points from their shares of the page, widened so that no word is ever split (the
    room is taken from the first column, whose labels wrap between words)."""
    cols = [WIDTH * s / sum(shares) for s in shares]
    for c in range(1, len(cols)):
        words = [w for row in [header, *rows] for w in str(row[c]).replace("\n", " ").split(" ")]
        need = max((text_width(w, size, True) for w in words), default=0.0) + padding + 0.5
        if need > cols[c]:
            cols[0] -= need - cols[c]
            cols[c] = need
    return cols


class Flow:
    """Places paragraphs, tables and images one after another, starting a new page when one is full."""

    def __init__(self) -> None:
        self.pages: list[Page] = [Page()]
        self.y = TOP

    @property
    def page(self) -> Page:
        return self.pages[-1]

    @property
    def room(self) -> float:
        return PAGE_H - BOTTOM - self.y

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = TOP

    def need(self, height: float) -> None:
        if height > self.room and self.y > TOP:
            self.new_page()

    def _add(self, op: TextOp | RectOp | ImageOp, bottom: float) -> None:
        self.page.ops.append(op)
        self.page.bottom = max(self.page.bottom, bottom)

    def space(self, height: float) -> None:
        self.y = min(self.y + height, PAGE_H - BOTTOM)

    def paragraph(self, text: str, size: float = BODY, bold: bool = False, color: str = INK, after: float = 5.0,
                  indent: float = 0.0) -> None:
        lead = size * LEADING
        for line in wrap(text, WIDTH - indent, size, bold):
            self.need(lead)
            self._add(TextOp(LEFT + indent, self.y, line, size, bold, color, WIDTH - indent), self.y + lead)
            self.y += lead
        self.space(after)

    def heading(self, text: str, size: float = 13.0, keep: float = 60.0) -> None:
        """A section heading, never alone at the bottom of a page (`keep` points of what follows go with it)."""
        self.need(size * LEADING + 6 + keep)
        if self.y > TOP:
            self.space(6)
        self._add(TextOp(LEFT, self.y, text, size, True, BLUE), self.y + size * LEADING)
        self.y += size * LEADING + 3

    def pairs(self, rows: Sequence[tuple[str, str]], size: float = BODY, label_width: float = 92.0) -> None:
        """'Kommun:  Sjöbo kommun' lines: a bold label, the value wrapped beside it."""
        lead = size * LEADING
        for name, value in rows:
            lines = wrap(value, WIDTH - label_width, size)
            self.need(lead * len(lines))
            self._add(TextOp(LEFT, self.y, name, size, True, MUTED, label_width), self.y)
            for line in lines:
                self._add(TextOp(LEFT + label_width, self.y, line, size, False, INK, WIDTH - label_width),
                          self.y + lead)
                self.y += lead
        self.space(4)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
              bold: set[tuple[int, int]] | None = None, size: float = TABLE, keep_together: bool = False,
              after: float = 8.0, heading: str = "") -> None:
        """A table with wrapped cells; it splits between rows, repeating its header on the new page. Its
        heading stays with it (with all of it when it is kept together)."""
        pad_x, pad_y, lead = 4.0, 3.0, size * LEADING
        bold = bold or set()
        cols = column_widths(header, rows, widths, size, 2 * pad_x)

        def cells(row: Sequence[str], r: int) -> list[list[str]]:
            return [wrap(str(text), cols[c] - 2 * pad_x, size, r < 0 or (r, c) in bold) for c, text in enumerate(row)]

        head = cells(header, -1)
        body = [cells(row, r) for r, row in enumerate(rows)]

        def height(lines: list[list[str]]) -> float:
            return max(len(c) for c in lines) * lead + 2 * pad_y

        head_h = height(head)
        total = head_h + sum(height(b) for b in body)
        whole = keep_together and total <= PAGE_H - TOP - BOTTOM - 40
        start = total if whole else head_h + sum(height(b) for b in body[:2])
        if heading:
            self.heading(heading, keep=start)
        self.need(start)

        def draw(lines: list[list[str]], r: int) -> None:
            h = height(lines)
            face = HEADER_BG if r < 0 else STRIPE_BG if r % 2 else "white"
            self._add(RectOp(LEFT, self.y, WIDTH, h, face, RULE), self.y + h)
            x = LEFT
            for c, cell in enumerate(lines):
                for i, line in enumerate(cell):
                    self._add(TextOp(x + pad_x, self.y + pad_y + i * lead, line, size, r < 0 or (r, c) in bold,
                                     INK, cols[c] - 2 * pad_x), self.y + h)
                x += cols[c]
            self.y += h

        draw(head, -1)
        for r, lines in enumerate(body):
            widows = r == len(body) - WIDOW_ROWS and r > 0 and sum(height(b) for b in body[r:]) > self.room
            if widows or height(lines) > self.room:  # a full page, or the last rows would be alone on the next
                self.new_page()
                draw(head, -1)
            draw(lines, r)
        self.space(after)

    def image(self, image: Any, width: float, height: float, after: float = 10.0) -> None:
        self.need(height)
        self._add(ImageOp(LEFT + (WIDTH - width) / 2, self.y, width, height, image), self.y + height)
        self.space(height + after)


def render(pages: list[Page], pdf: PdfPages, info: ReportInfo) -> None:
    """Draw laid-out pages, each with its footer: the report, the municipality and date, 'Sida N av M'."""
    footer = info.footer()
    for number, page in enumerate(pages, start=1):
        fig = Figure(figsize=A4)
        for op in page.ops:
            if isinstance(op, RectOp):
                fig.add_artist(Rectangle((op.x / PAGE_W, 1 - (op.y + op.h) / PAGE_H), op.w / PAGE_W, op.h / PAGE_H,
                                         transform=fig.transFigure, facecolor=op.face, edgecolor=op.edge,
                                         linewidth=0.6))
            elif isinstance(op, ImageOp):
                ax = fig.add_axes((op.x / PAGE_W, 1 - (op.y + op.h) / PAGE_H, op.w / PAGE_W, op.h / PAGE_H))
                ax.imshow(op.image, interpolation="lanczos", aspect="auto")
                ax.set_axis_off()
        for op in page.ops:
            if isinstance(op, TextOp):
                baseline = op.y + BASELINE * op.size  # the same for every line, whatever its letters (å, g)
                fig.text(op.x / PAGE_W, 1 - baseline / PAGE_H, op.text, fontsize=op.size, va="baseline", ha=op.ha,
                         fontweight="bold" if op.bold else "normal", color=op.color)
        y = 1 - (PAGE_H - BOTTOM + 22) / PAGE_H
        fig.add_artist(Rectangle((LEFT / PAGE_W, y + 14 / PAGE_H), WIDTH / PAGE_W, 0.5 / PAGE_H,
                                 transform=fig.transFigure, facecolor=RULE, edgecolor="none"))
        fig.text(LEFT / PAGE_W, y, footer, fontsize=SMALL, color=MUTED, va="bottom")
        fig.text(1 - RIGHT / PAGE_W, y, page_label(number, len(pages)), fontsize=SMALL, color=MUTED, va="bottom",
                 ha="right")
        pdf.savefig(fig)  # type: ignore[no-untyped-call]


def page_label(number: int, total: int) -> str:
    return f"Sida {number} av {total}"


def chart_image(chart: ChartWidget, width_pt: float, height_pt: float, dpi: int = CHART_DPI) -> Any:
    """The chart drawn by its widget at print size and resolution, as an RGBA array."""
    fig = chart.figure
    fig.set_size_inches(width_pt / PT, height_pt / PT)
    fig.set_dpi(dpi)
    chart.redraw()
    canvas = fig.canvas
    assert isinstance(canvas, FigureCanvasAgg)  # the widgets draw with Agg
    canvas.draw()  # type: ignore[no-untyped-call]  # matplotlib's Agg canvas has no annotations
    return np.asarray(canvas.buffer_rgba()).copy()  # type: ignore[no-untyped-call]


@dataclass
class Chart:
    """A chart to place: its picture and its printed size in points."""

    image: Any
    width: float
    height: float


def lay_out(base: Scenario, proposal: Scenario, b: ExperimentResult, p: ExperimentResult, info: ReportInfo,
            charts: Sequence[Chart] = ()) -> list[Page]:
    """The report's pages: every word a reader sees, placed (tests read them without a PDF)."""
    base_title, prop_title = base.name, proposal_title(base, proposal)
    flow = Flow()
    if info.municipality.strip():
        flow.paragraph(info.municipality.strip(), size=11, bold=True, color=MUTED, after=2)
    flow.paragraph(TITLE, size=19, bold=True, color=BLUE, after=8)
    meta = [("Handläggare:", info.author.strip()),
            ("Datum:", info.day.isoformat()), ("Utgångsläge:", base_title), ("Förslag:", prop_title)]
    flow.pairs([(k, v) for k, v in meta if v])

    flow.heading("Sammanfattning")
    for text in summary(b, p, base_title, prop_title):
        flow.paragraph(text)
    if wants_goal_date(b, p):
        flow.paragraph(goal_sentence(b, p))

    flow.heading("Förslag till beslut")
    lines, written = decision_lines(info)
    for line in lines:
        if line.strip():
            flow.paragraph(line, after=2 if written else 7)
        else:
            flow.space(4)  # a blank line between the user's paragraphs
    if not written:
        flow.paragraph(DECISION_HINT, size=SMALL, color=MUTED)

    changes = change_rows(base, proposal)
    if changes:
        flow.table(["Parameter", "Utgångsläge", "Förslag"], [list(c) for c in changes], [0.44, 0.28, 0.28],
                   keep_together=len(changes) <= 12, heading="Det här ändras i förslaget")
    elif base.timeline != proposal.timeline:
        flow.heading("Det här ändras i förslaget")
        flow.paragraph("Inga parametrar skiljer vid start: förslaget skiljer sig i planen nedan.")
    else:
        flow.heading("Det här ändras i förslaget")
        flow.paragraph("Inga parametrar skiljer: förslaget är samma scenario som utgångsläget.")
    for sc, whose in ((proposal, "Förslaget"), (base, "Utgångsläget")):
        if sc.timeline and (sc is proposal or sc.timeline != proposal.timeline):
            steps = step_rows(sc)
            flow.table(["Datum", "Steg", "Ändringar från datumet"], [list(r) for r in steps], [0.16, 0.30, 0.54],
                       keep_together=len(steps) <= 12, heading=f"{whose} som en plan i steg")
            flow.paragraph(TIMELINE_NOTE, size=SMALL, color=MUTED, after=8)

    flow.heading("Metod och osäkerhet")
    for text in method(base, len(b.replications)):
        flow.paragraph(text)

    rows = kpi_rows(b, p)
    if wants_goal_date(b, p):
        at = next((i + 1 for i, r in enumerate(rows) if r.label.startswith("Körningar som når målet")), len(rows))
        rows.insert(at, goal_kpi_row(b, p))
    flow.table(["Nyckeltal", "Enhet", "Utgångsläge", "Förslag", "Skillnad", "95 %-intervall för skillnaden"],
               [[r.label, r.unit, r.base, r.proposal, r.difference, r.interval] for r in rows],
               [0.27, 0.15, 0.13, 0.12, 0.13, 0.20], bold={(i, 4) for i, r in enumerate(rows) if r.clear},
               keep_together=True, after=4, heading="Nyckeltal")
    flow.paragraph(TABLE_NOTE, size=SMALL, color=MUTED, after=8)

    if charts:
        flow.heading("Diagram", keep=charts[0].height)
        for chart in charts:
            flow.image(chart.image, chart.width, chart.height)

    flow.heading("Antaganden och källor", keep=120)
    flow.paragraph(SOURCES_NOTE, size=9, after=6)
    flow.table(["Parameter", "Värde", "Källa"], [list(r) for r in assumption_rows(base, proposal)],
               [0.34, 0.22, 0.44])
    return flow.pages


def _ensure_app() -> object:
    from PySide6.QtWidgets import QApplication

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication.instance() or QApplication([])


def draw_charts(base_title: str, prop_title: str, b: ExperimentResult, p: ExperimentResult) -> list[Chart]:
    """The application's five charts of both alternatives, drawn at print size."""
    _ensure_app()
    from barntid.gui.results.charts import ContactShareChart, CostChart, DeadlineChart, StaffChart, TimeUseChart
    from barntid.gui.results.compare import Entry

    entries = [Entry("baseline", "Utgångsläge", b, GREY, base_title), Entry("current", "Förslag", p, BLUE, prop_title)]
    out = []
    classes = (ContactShareChart, TimeUseChart, StaffChart, DeadlineChart, CostChart)
    for cls, height in zip(classes, CHART_HEIGHTS, strict=True):
        chart = cls(None, 1.0, False)
        chart.set_entries(entries)
        out.append(Chart(chart_image(chart, WIDTH, height), WIDTH, height))
    return out


def write_report(base: Scenario, proposal: Scenario, path: str | os.PathLike[str], replications: int | None = None,
                 workers: int | None = None, info: ReportInfo | None = None) -> list[Page]:
    """Run both scenarios with the same seed and write the committee report as a PDF (atomically).

    Returns the laid-out pages (what each page says), for tests and callers that want to check the text."""
    resolve_target(path)  # a folder or a device is refused before the long run, not after it
    info = info or ReportInfo()
    _ensure_app()
    n = replications or base.simulation.replications
    seed = base.simulation.seed
    b = run_experiment(base, replications=n, seed=seed, workers=workers)
    p = run_experiment(proposal, replications=n, seed=seed, workers=workers)
    charts = draw_charts(base.name, proposal_title(base, proposal), b, p)
    pages = lay_out(base, proposal, b, p, info, charts)
    metadata = {"Title": TITLE, "Author": info.author.strip() or "Barntid", "Creator": "Barntid",
                "Subject": f"{proposal_title(base, proposal)} jämfört med {base.name}"}
    with atomic_path(path, ".pdf") as tmp, PdfPages(tmp, metadata=metadata) as pdf:
        render(pages, pdf, info)
    return pages
