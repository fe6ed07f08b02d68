"""The scenario schema and loader: validation messages name the key, the value and what is allowed."""

from __future__ import annotations

import dataclasses

import pytest
from pydantic import ValidationError

from barntid.sim import Scenario, ScenarioError, parse_text, with_changes
from barntid.sim.scenario.io import dumps, field_info, get, load
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
    assert p.key == "staff.social_workers"
    assert "-3" in p.message and "0–1000" in p.message


def test_typo_gets_did_you_mean() -> None:
    with pytest.raises(ScenarioError) as exc:
        parse_text("[staff]\nsocial_worker = 3\n")
    assert "Menade du 'social_workers'" in str(exc.value)


def test_wrong_type_and_nan_are_rejected() -> None:
    with pytest.raises(ScenarioError, match=r"demand\.reports_per_week"):
        parse_text('[demand]\nreports_per_week = "många"\n')
    with pytest.raises(ScenarioError, match="ändligt"):
        parse_text("[demand]\nreports_per_week = nan\n")
    with pytest.raises(ScenarioError, match="true eller false"):
        parse_text('[measures]\npair_visits = "ja"\n')


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
