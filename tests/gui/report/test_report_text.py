"""What the committee report says, page by page (the laid-out text, read without a PDF viewer)."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pytest

from barntid.gui.report.pdf import CHART_HEIGHTS, WIDTH, Chart, Page, TextOp, lay_out, text_width
from barntid.present.labels import KPIS
from barntid.present.report import DECISION_PLACEHOLDER, ReportInfo, kpi_rows, proposal_title
from barntid.sim import run_experiment
from barntid.sim.experiment.results import ExperimentResult
from barntid.sim.scenario.io import with_changes
from barntid.sim.scenario.schema import Scenario
from tests.helpers import short

INFO = ReportInfo("Sjöbo kommun", "Anna Lindqvist, socialchef",
                  "Socialnämnden beslutar\n\natt utöka det administrativa stödet med en heltidstjänst.",
                  dt.date(2026, 3, 2))


@pytest.fixture(scope="module")
def same_name() -> tuple[Scenario, Scenario, ExperimentResult, ExperimentResult]:
    """A proposal saved under the baseline's name, as when a chief edits the pinned scenario."""
    base = with_changes(short(years=0.25), {"name": "Sjöbo 2015"})
    proposal = with_changes(base, {"staff.admin_fte": 2.0})
    return (base, proposal, run_experiment(base, replications=3, workers=1),
            run_experiment(proposal, replications=3, workers=1))


def _charts() -> list[Chart]:
    return [Chart(np.zeros((10, 10, 4)), WIDTH, h) for h in CHART_HEIGHTS]


def _text(pages: list[Page]) -> str:
    return "\n".join("\n".join(p.texts()) for p in pages)


def test_both_alternatives_are_named_even_with_one_name(same_name: tuple) -> None:  # type: ignore[type-arg]
    base, proposal, b, p = same_name
    assert proposal_title(base, proposal) == "Sjöbo 2015 med Administrativt stöd 2\u00a0heltidstjänster"
    text = _text(lay_out(base, proposal, b, p, INFO, _charts())).replace("\u00a0", " ")
    assert "Förslaget ”Sjöbo 2015 med Administrativt stöd 2 heltidstjänster” jämförs med utgångsläget " \
           "”Sjöbo 2015”" in " ".join(text.split("\n"))
    assert "'Sjöbo 2015' jämförs med utgångsläget 'Sjöbo 2015'" not in text


def test_first_page_has_municipality_author_date_and_the_decision(same_name: tuple) -> None:  # type: ignore[type-arg]
    base, proposal, b, p = same_name
    first = "\n".join(lay_out(base, proposal, b, p, INFO, _charts())[0].texts())
    assert "Sjöbo kommun" in first and "Anna Lindqvist, socialchef" in first and "2026-03-02" in first
    assert "Förslag till beslut" in first
    assert "att utöka det administrativa stödet med en heltidstjänst." in first
    assert DECISION_PLACEHOLDER[1] not in first


def test_an_unwritten_decision_leaves_a_line_to_fill_in(same_name: tuple) -> None:  # type: ignore[type-arg]
    base, proposal, b, p = same_name
    text = _text(lay_out(base, proposal, b, p, ReportInfo(), _charts()))
    assert "Förslag till beslut" in text and DECISION_PLACEHOLDER[1] in text
    assert "Handläggare" not in text  # nothing invented


def test_every_key_figure_has_its_unit_and_no_negative_zero(same_name: tuple) -> None:  # type: ignore[type-arg]
    base, proposal, b, p = same_name
    rows = kpi_rows(b, p)
    labels = {r.label for r in rows}
    assert {v[0] for v in KPIS.values()} <= labels  # the new figures too: overtime, sickness, consultant cost …
    assert all(r.unit for r in rows)
    by = {r.label: r for r in rows}
    assert by["Övertid"].unit == "% av avtalad tid" and by["Konsultkostnad"].unit == "mkr per år"
    assert by["Utredningstid (medel)"].unit == "dagar"
    assert by["Personalomsättning"].difference == "0,0\u00a0p.e."  # unchanged staffing: a plain zero
    text = _text(lay_out(base, proposal, b, p, INFO, _charts()))
    assert "−0,0" not in text and "-0,0" not in text and "+0,0 " not in text.replace("\u00a0", " ")


def test_no_cut_sources_no_paths_no_shares_as_fractions(same_name: tuple) -> None:  # type: ignore[type-arg]
    base, proposal, b, p = same_name
    text = _text(lay_out(base, proposal, b, p, INFO, _charts()))
    assert "…" not in text.replace("att …", "")
    assert "docs/" not in text and ".md" not in text and ".py" not in text
    assert not re.search(r"\bandel\b(?! av)", text.replace("Andel", "")), "shares are printed in percent"
    assert "38 %" in text.replace("\u00a0", " ")  # share to investigation


def test_nothing_is_wider_than_its_room(same_name: tuple) -> None:  # type: ignore[type-arg]
    base, proposal, b, p = same_name
    for page in lay_out(base, proposal, b, p, INFO, _charts()):
        for op in page.ops:
            if isinstance(op, TextOp):
                assert text_width(op.text, op.size, op.bold) <= op.width + 0.01, op.text


def test_pages_are_filled_and_numbered(same_name: tuple) -> None:  # type: ignore[type-arg]
    base, proposal, b, p = same_name
    pages = lay_out(base, proposal, b, p, INFO, _charts())
    assert 4 <= len(pages) <= 6
    assert all(page.fill >= 0.5 for page in pages[:-1]), [round(page.fill, 2) for page in pages]
    assert pages[-1].fill >= 0.34
    long = ReportInfo(decision_text="\n".join(f"att punkt {i}" for i in range(40)))
    more = lay_out(base, proposal, b, p, long, _charts())
    assert len(more) > len(pages) and all(page.fill >= 0.34 for page in more[:-1]), [p.fill for p in more]
