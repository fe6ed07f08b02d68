"""A new unit from key figures: derived demand, named refusals, a complete commented file, time-use tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from barntid.sim.scenario import timeuse
from barntid.sim.scenario.commented import render
from barntid.sim.scenario.io import ScenarioError, parse_text
from barntid.sim.scenario.newunit import FIGURES, UnitFigures, build, followup_months_open, problems
from barntid.sim.scenario.schema import SECTIONS, Scenario
from tests.helpers import SCENARIOS


def test_children_give_reports_at_the_national_rate_as_the_shipped_files_do() -> None:
    sc = build(UnitFigures(name="Sjöbo", posts=21, children=3900))
    assert sc.demand.reports_per_week == pytest.approx(3900 * 0.154 / (365 / 7), abs=1e-3)
    assert abs(sc.demand.reports_per_week - 11.5) < 0.05  # what sjobo-2015.toml says for 3 900 children
    assert sc.demand.share_to_investigation == 0.38 and sc.staff.social_workers == 21


def test_given_counts_set_the_shares_they_imply() -> None:
    f = UnitFigures(name="X", posts=10, reports_per_year=500, investigations_per_year=150, followups=100)
    sc = build(f)
    assert sc.demand.share_to_investigation == pytest.approx(0.3)
    inv_month = 150 / 12
    steady = inv_month * sc.demand.share_to_followup * followup_months_open(sc.demand.followup_months)
    assert steady == pytest.approx(100, rel=1e-3)
    assert sc.initial.followups == 100


def test_more_followups_than_half_the_investigations_make_them_last_longer() -> None:
    sc = build(UnitFigures(name="X", posts=10, reports_per_year=500, investigations_per_year=100, followups=200))
    assert sc.demand.share_to_followup == 1.0 and sc.demand.followup_months > 12
    assert 100 / 12 * followup_months_open(sc.demand.followup_months) == pytest.approx(200, rel=1e-2)


@pytest.mark.parametrize(("figures", "label", "allowed"), [
    ({"posts": -3, "children": 1000}, "Socialsekreterare", "0,5–1000 heltidstjänster"),
    ({"posts": 10, "reports_per_year": 400, "open_investigations": 900}, "Pågående utredningar i dag",
     "0–400 st"),
    ({"posts": 10, "reports_per_year": 400, "investigations_per_year": 401}, "Inledda utredningar per år",
     "0–400 st/år"),
    ({"posts": 4, "reports_per_year": 400, "vacancies": 5}, "Vakanta tjänster i dag", "0–4 st"),
    ({"posts": 4, "reports_per_year": 400, "turnover": 1.5}, "Personalomsättning förra året", "0–100 %"),
    ({"posts": 4, "reports_per_year": 400, "children": 3000}, "Barn 0–17 år i kommunen", ""),
    ({"posts": 4}, "Barn 0–17 år i kommunen", ""),
])
def test_impossible_figures_are_refused_naming_the_field_and_range(figures: dict[str, object], label: str,
                                                                    allowed: str) -> None:
    found = problems(UnitFigures(name="X", **figures))  # type: ignore[arg-type]
    assert found and found[0].label == label
    assert allowed in str(found[0])
    with pytest.raises(ScenarioError, match=label):
        build(UnitFigures(name="X", **figures))  # type: ignore[arg-type]


def test_every_figure_has_a_unit_range_help_and_where_to_find_it() -> None:
    for fig in FIGURES.values():
        assert fig.label and fig.unit and fig.help and fig.where and fig.lo < fig.hi


def test_the_file_is_complete_commented_and_loads_back() -> None:
    f = UnitFigures(name="Ekby kommun", posts=12, children=2500, turnover=0.3)
    sc = build(f)
    text = render(sc, {"staff.social_workers": "Från era uppgifter."}, ["Rubrik"])
    assert parse_text(text) == sc
    lines = text.splitlines()
    keys = [i for i, line in enumerate(lines) if " = " in line and not line.startswith("#")]
    for i in keys[3:]:  # every parameter under a section has its comment right above it
        assert lines[i - 1].startswith("# "), lines[i]
    written = {line.split(" = ")[0] for line in lines if " = " in line and not line.startswith("#")}
    for section in SECTIONS:
        assert set(type(getattr(Scenario(), section)).model_fields) <= written
    assert "Standardvärde; källa: Socialstyrelsen 2018: 38 %" in text
    assert "Socialsekreterare (heltidstjänster). Från era uppgifter." in text


def test_time_use_templates_read_as_the_national_time_study() -> None:
    national = {"contact": 0.13, "documentation": 0.35, "administration": 0.11, "travel": 0.09,
                "supervision": 0.03, "development": 0.02}
    for name in ("tidsstudie-mall.csv", "tidsstudie-mall.xlsx"):
        got = timeuse.read(SCENARIOS / name)
        assert got == pytest.approx(national)


def test_time_use_table_percent_forms_and_refusals(tmp_path: Path) -> None:
    assert timeuse.read_csv_text("kategori,andel\ncontact,\"12,5 %\"\nResor,9\n") == \
        pytest.approx({"contact": 0.125, "travel": 0.09})
    with pytest.raises(ScenarioError, match="decimaltal"):
        timeuse.read_csv_text("Direkt tid;0,13\nResor;0,09\n")
    with pytest.raises(ScenarioError, match="rad 2: okänd kategori 'Fika'"):
        timeuse.read_csv_text("Kategori;Andel\nFika;10\n")
    with pytest.raises(ScenarioError, match="mer än 100"):
        timeuse.read_csv_text("Direkt tid;60\nResor;50\n")
    with pytest.raises(ScenarioError, match=r"\.csv eller \.xlsx"):
        timeuse.read(tmp_path / "x.txt")


def test_an_excel_percent_cell_is_read_as_the_percent_shown(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Kategori", "Andel (%)"])
    ws.append(["Direkt tid", 0.13])
    ws["B2"].number_format = "0%"
    ws.append(["Handledning", 3])
    wb.save(tmp_path / "t.xlsx")
    assert timeuse.read(tmp_path / "t.xlsx") == pytest.approx({"contact": 0.13, "supervision": 0.03})


def test_the_table_categories_are_the_ones_calibration_fits() -> None:
    from barntid.sim.decision.calibrate import FITTABLE

    assert set(timeuse.NAMES) == set(FITTABLE)
