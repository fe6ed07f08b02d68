"""A complete scenario file in which every parameter carries a Swedish comment: its label and unit, and
either where the value came from (the user's figures) or the schema's source for the default."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from typing import Any

import tomlkit
from pydantic import BaseModel

from barntid.sim.scenario.io import _plain, field_info, parse_text
from barntid.sim.scenario.schema import SECTIONS, Scenario

WIDTH = 110


def _comment(text: str) -> list[str]:
    return ["# " + line for line in textwrap.wrap(text, WIDTH - 2, break_on_hyphens=False)] or ["#"]


def _value(value: Any) -> str:
    return str(tomlkit.item(_plain(value)).as_string())


def _describe(key: str, note: str | None) -> str:
    info = field_info(key)
    if info is None:
        return note or ""
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    unit = str(extra.get("unit", ""))
    head = f"{info.title}" + (f" ({unit})" if unit else "")
    if note:
        return f"{head}. {note}"
    source = str(extra.get("source", ""))
    return f"{head}. Standardvärde; källa: {source}." if source else \
        f"{head}. Standardvärde; källa: docs/model.md, avsnitt 3 (antagande eller inställning)."


def render(sc: Scenario, notes: Mapping[str, str], header: Sequence[str] = ()) -> str:
    """TOML text for `sc` with every key written and commented; `notes` (dotted key -> text) say where a
    value came from. The text is checked to load back to exactly `sc`."""
    lines = [line for h in header for line in _comment(h)]
    lines.append("# Värden i timmar, inflöde per vecka, andelar som decimaltal (0.38 = 38 %).")
    for key in ("schema_version", "name", "description"):
        lines.append(f"{key} = {_value(getattr(sc, key))}")
    for section in SECTIONS:
        model: BaseModel = getattr(sc, section)
        lines += ["", f"[{section}]"]
        for name in type(model).model_fields:
            key = f"{section}.{name}"
            lines += _comment(_describe(key, notes.get(key)))
            lines.append(f"{name} = {_value(getattr(model, name))}")
    text = "\n".join(lines) + "\n"
    if parse_text(text) != sc:  # never write a file that says something else than the scenario
        raise AssertionError("rendered scenario does not load back to itself")
    return text
