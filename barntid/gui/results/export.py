"""Export: charts as PNG, SVG or PDF (Figure.savefig); results as CSV or Excel via report_format."""

from __future__ import annotations

from pathlib import Path

from barntid.gui.results.chart_base import ChartWidget
from barntid.gui.results.compare import Entry
from barntid.present.export import write_csv, write_xlsx
from barntid.sim.experiment.results import ExperimentResult

CHART_SUFFIXES = (".png", ".svg", ".pdf")
RESULT_SUFFIXES = (".csv", ".xlsx")


def with_suffix(path: str | Path, suffixes: tuple[str, ...], selected_filter: str = "") -> Path:
    """The path with a supported suffix: kept if present, else taken from the dialog's filter or the first."""
    p = Path(path)
    if p.suffix.lower() in suffixes:
        return p
    for s in suffixes:
        if s in selected_filter:
            return p.with_name(p.name + s)
    return p.with_name(p.name + suffixes[0])


def export_chart(chart: ChartWidget, path: str | Path) -> Path:
    p = with_suffix(path, CHART_SUFFIXES)
    chart.save(p)
    return p


def labelled_results(entries: list[Entry]) -> list[ExperimentResult]:
    """Results renamed after their role ('Jämförelse: Sjöbo 2015'), so rows of equal scenario names differ."""
    out = []
    for e in entries:
        sc = e.result.scenario.model_copy(update={"name": e.label})
        out.append(ExperimentResult(sc, e.result.seed, list(e.result.replications)))
    return out


def export_results(entries: list[Entry], path: str | Path) -> Path:
    p = with_suffix(path, RESULT_SUFFIXES)
    results = labelled_results(entries)
    if p.suffix.lower() == ".xlsx":
        write_xlsx(p, results)
    else:
        write_csv(p, results)
    return p
