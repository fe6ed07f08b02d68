"""Text from users (scenario names) is drawn as text: "$...$" is never read as matplotlib mathtext."""

from __future__ import annotations

from typing import Any

import pytest

from barntid.sim import run_experiment, with_changes
from tests.helpers import short

NAMES = ["Enhet $\\frac{1}{$ 2", "$x^$", "Kostnad $5 000 och $10 000", "a $\\undefinedcommand$ b"]


@pytest.mark.parametrize("name", NAMES)
def test_charts_draw_names_with_dollars(name: str, qtbot: Any) -> None:
    from barntid.gui.results.charts import ContactShareChart, CostChart, DeadlineChart, StaffChart, TimeUseChart
    from barntid.gui.results.compare import Entry

    res = run_experiment(with_changes(short(years=0.25), {"name": name}), replications=2, workers=1)
    texts: list[str] = []
    for cls in (ContactShareChart, TimeUseChart, StaffChart, DeadlineChart, CostChart):
        chart = cls(None, 1.0, False)
        qtbot.addWidget(chart)
        chart.set_entries([Entry("current", "Aktuell", res, "#1565c0")])
        chart.redraw()  # raised ValueError from the mathtext parser before
        texts += [t.get_text() for t in chart.figure.findobj(lambda a: hasattr(a, "get_text"))]
    assert any(name in t for t in texts), "the name is shown as typed"


def test_report_with_dollars_in_names(tmp_path: Any, qtbot: Any) -> None:
    from barntid.gui.report.pdf import write_report

    base = with_changes(short(years=0.25), {"name": "Bas $\\frac{$"})
    proposal = with_changes(short(years=0.25), {"name": "Förslag $x^$", "staff.social_workers": 20})
    write_report(base, proposal, tmp_path / "r.pdf", replications=2, workers=1)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]
