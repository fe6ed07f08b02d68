"""The scenario schema and loader: validation messages name the key, the value and what is allowed."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from pydantic import ValidationError

from barntid.sim import Scenario, ScenarioError, parse_text, with_changes
from barntid.sim.scenario.io import dumps, field_info, get, load, validate
from tests.helpers import SCENARIOS

REQUIRED_KEYS = ["staff.social_workers", "staff.admin_fte", "staff.assistant_fte", "turnover.annual_rate",
                 "demand.reports_per_week", "measures.mobile_documentation", "measures.pair_visits",
                 "measures.supervision_hours_per_week"]


@pytest.mark.parametrize("key", REQUIRED_KEYS)
def test_required_keys_exist_with_metadata(key: str) -> None:
    info = field_info(key)
    assert info is not None and info.title, key
    get(Scenario(), key)


def test_every_parameter_has_a_label_and_unit_metadata() -> None:
    for section in ("simulation", "demand", "staff", "turnover", "efforts", "measures", "effects", "costs"):
        for name in type(getattr(Scenario(), section)).model_fields:
            info = field_info(f"{section}.{name}")
            assert info is not None and info.title, f"{section}.{name}"
            assert isinstance(info.json_schema_extra, dict) and "label_en" in info.json_schema_extra


def test_out_of_range_names_key_value_and_range() -> None:
    with pytest.raises(ScenarioError) as exc:
        parse_text("[staff]\nsocial_workers = -3\n")
    [p] = exc.value.problems
    assert p.key == "staff.social_workers" and p.label == "Socialsekreterare"
    assert "-3" in p.message and "0–1000" in p.message
    assert str(p) == ("Socialsekreterare (staff.social_workers): värdet -3 är utanför det tillåtna intervallet "
                      "0–1000 heltidstjänster")


def test_typo_gets_did_you_mean() -> None:
    with pytest.raises(ScenarioError) as exc:
        parse_text("[staff]\nsocial_worker = 3\n")
    assert "Menade du 'social_workers'" in str(exc.value)


def test_wrong_type_and_nan_are_rejected() -> None:
    with pytest.raises(ScenarioError, match=r"Orosanmälningar \(demand\.reports_per_week\): värdet "
                                            r"'många' är inte ett tal i intervallet"):
        parse_text('[demand]\nreports_per_week = "många"\n')
    with pytest.raises(ScenarioError, match=r"\(demand\.reports_per_week\): värdet nan är inte ett ändligt tal"):
        parse_text("[demand]\nreports_per_week = nan\n")
    with pytest.raises(ScenarioError, match=r"Checklistor \(measures\.checklists\): värdet 'ja' ska vara true eller "
                                            r"false"):
        parse_text('[measures]\nchecklists = "ja"\n')
    with pytest.raises(ScenarioError, match=r"Parbesök \(measures\.pair_visits\): värdet 'ja' är inte ett tal"):
        parse_text('[measures]\npair_visits = "ja"\n')


@pytest.mark.parametrize(("data", "expected"), [
    ({"staff": {"social_workers": 1001}}, "Socialsekreterare (staff.social_workers): värdet 1001 är utanför"),
    ({"simulation": {"replications": 2.5}}, "Antal körningar (simulation.replications): värdet 2.5 är inte ett heltal"),
    ({"staff": {"social_workers": True}}, "Socialsekreterare (staff.social_workers): värdet true ska vara ett tal"),
    ({"demand": {"surges": [{"weeks": 0}]}}, "Längd (demand.surges.0.weeks): värdet 0 är utanför det tillåtna "
                                             "intervallet 1–520 veckor"),
    ({"initial": {"investigations_by_month": [-1]}},
     "Pågående utredningar per ålder (initial.investigations_by_month): högst 12 antal"),
    ({"name": 3}, "Namn (name): ska vara text inom citattecken"),
])
def test_every_range_and_type_message_names_the_label_and_the_key(data: dict[str, object], expected: str) -> None:
    with pytest.raises(ScenarioError) as exc:
        validate(data)
    assert str(exc.value.problems[0]).startswith(expected), str(exc.value.problems[0])
    assert str(exc.value.problems[0]).count(exc.value.problems[0].label) == 1  # the label once, not twice


def test_changes_name_the_label_too_and_unknown_keys_have_none() -> None:
    with pytest.raises(ScenarioError) as exc:
        with_changes(Scenario(), {"staff.admin_fte": float("inf")})
    assert str(exc.value.problems[0]) == "Administrativt stöd (staff.admin_fte): värdet inf är inte ett ändligt tal"
    with pytest.raises(ScenarioError) as exc:
        with_changes(Scenario(), {"staff.admin_fte": -1})
    assert str(exc.value.problems[0]).startswith("Administrativt stöd (staff.admin_fte): värdet -1 är utanför")
    with pytest.raises(ScenarioError) as exc:
        parse_text("[staff]\nsocial_worker = 3\n")
    assert exc.value.problems[0].label == "" and str(exc.value.problems[0]).startswith("staff.social_worker: okänd")


def test_invalid_toml_and_newer_schema() -> None:
    with pytest.raises(ScenarioError, match="inte giltig TOML"):
        parse_text("[staff\n")
    with pytest.raises(ScenarioError, match="schema_version"):
        parse_text("schema_version = 99\n")


def test_scenario_is_immutable_and_with_changes_copies() -> None:
    sc = Scenario()
    with pytest.raises(ValidationError):
        sc.staff.social_workers = 3  # type: ignore[misc]
    changed = with_changes(sc, {"staff.social_workers": 30})
    assert changed.staff.social_workers == 30 and sc.staff.social_workers != 30
    assert not dataclasses.is_dataclass(sc)


def test_with_changes_rejects_unknown_key_with_hint() -> None:
    with pytest.raises(ScenarioError, match=r"Menade du 'staff\.admin_fte'"):
        with_changes(Scenario(), {"staff.admin_ft": 2})


def test_dumps_round_trips_and_keeps_comments() -> None:
    text = (SCENARIOS / "sjobo-2015.toml").read_text(encoding="utf-8")
    sc = parse_text(text)
    changed = with_changes(sc, {"staff.admin_fte": 2.5})
    out = dumps(changed, text)
    assert "# Sjöbo hade omkring 18 900 invånare" in out
    assert parse_text(out) == changed


@pytest.mark.parametrize("path", sorted(SCENARIOS.glob("*.toml")), ids=lambda p: p.name)
def test_shipped_scenarios_are_valid(path) -> None:  # type: ignore[no-untyped-def]
    assert load(path).name


def test_every_number_has_bounds_and_every_list_a_length() -> None:
    """A value a real unit cannot reach is refused at load, so no file can make a run hang or exhaust memory."""
    import typing

    from barntid.sim.scenario.schema import MAX_OPEN_BY_MONTH, MAX_SURGES, SECTIONS

    for section in SECTIONS:
        for name, f in type(getattr(Scenario(), section)).model_fields.items():
            if f.annotation in (int, float):
                assert any(hasattr(m, "ge") for m in f.metadata), f"{section}.{name} has no lower bound"
                assert any(hasattr(m, "le") for m in f.metadata), f"{section}.{name} has no upper bound"
            else:
                assert f.annotation in (bool, str, date) or typing.get_origin(f.annotation) in (
                    tuple, typing.Literal), name
    with pytest.raises(ScenarioError, match=r"Startdatum \(calendar\.start_date\): datumet 3015-01-05 är utanför"):
        validate({"calendar": {"start_date": date(3015, 1, 5)}})
    for value, key in (([MAX_OPEN_BY_MONTH + 1], "initial.investigations_by_month"),
                       ([10**23], "initial.investigations_by_month"), ([1] * 13, "initial.investigations_by_month")):
        with pytest.raises(ScenarioError) as exc:
            validate({"initial": {"investigations_by_month": value}})
        assert exc.value.problems[0].key == key and "0–100000" in exc.value.problems[0].message
    with pytest.raises(ScenarioError, match=f"högst {MAX_SURGES}"):
        validate({"demand": {"surges": [{}] * (MAX_SURGES + 1)}})


@pytest.mark.parametrize(("section", "key"), [("staff", "social_workers"), ("simulation", "replications"),
                                              ("demand", "reports_per_week")])
def test_true_is_not_a_number(section: str, key: str) -> None:
    with pytest.raises(ScenarioError) as exc:
        validate({section: {key: True}})
    p = exc.value.problems[0]
    assert p.key == f"{section}.{key}" and "true/false" in p.message and "intervallet" in p.message
    assert p.label and str(p).startswith(f"{p.label} ({section}.{key}): värdet true ska vara ett tal")


@pytest.mark.parametrize(("text", "share"), [
    ("pair_visits = true", 1.0), ("pair_visits = false", 0.0), ("pair_visits = 0.25", 0.25),
    ("pair_visits = true\npair_visit_share = 0.4", 0.4), ("pair_visits = false\npair_visit_share = 0.4", 0.0),
])
def test_pair_visits_is_a_share_and_old_files_still_load(text: str, share: float) -> None:
    """Before 0.2 pair visits were a switch with a separate share; true/false files keep their meaning."""
    assert parse_text(f"[measures]\n{text}\n").measures.pair_visits == share


def test_saving_an_old_file_drops_the_retired_key() -> None:
    old = "[measures]\n# parbesök\npair_visits = true\npair_visit_share = 0.4\n"
    text = dumps(parse_text(old), old)
    assert "pair_visit_share" not in text and "# parbesök" in text
    assert parse_text(text).measures.pair_visits == 0.4
