"""Reading, validating, changing and writing scenario files (TOML).

Loading reads exactly one file, runs no code, and turns every problem into a `ScenarioError` whose
messages name the key, the value and what is allowed. Saving keeps the user's comments (tomlkit) and is
atomic: a crash mid-save leaves the previous file intact.
"""

from __future__ import annotations

import difflib
import math
import os
import stat
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomlkit
from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from barntid.sim.scenario.files import atomic_write
from barntid.sim.scenario.schema import Scenario
from barntid.sim.scenario.toml_errors import explain

MAX_FILE_BYTES = 1_000_000
"""Scenario files larger than this are refused before parsing (a real one is a few kilobytes)."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong: the dotted key it concerns, what is wrong, and the field's label when it is a field.

    Printed as "Socialsekreterare (staff.social_workers): värdet -3 är utanför …"; without a label as
    "key: message". `message` alone is for where the field is already in view (the form row)."""

    key: str
    message: str
    label: str = ""

    def __str__(self) -> str:
        if self.label and self.key:
            return f"{self.label} ({self.key}): {self.message}"
        return f"{self.key}: {self.message}" if self.key else self.message


def field_problem(key: str, message: str) -> Problem:
    """A problem with a field, named by its Swedish label from the schema (no label for an unknown key)."""
    info = field_info(key) if key else None
    return Problem(key, message, str(info.title) if info is not None and info.title else "")


class ScenarioError(ValueError):
    """A scenario that cannot be used, with one message per problem."""

    def __init__(self, problems: list[Problem], source: str = "") -> None:
        self.problems = problems
        self.source = source
        head = f"{source}: " if source else ""
        super().__init__(head + "; ".join(str(p) for p in problems))


def field_info(key: str) -> FieldInfo | None:
    """The schema field behind a dotted key such as ``staff.social_workers``."""
    model: type[BaseModel] = Scenario
    info: FieldInfo | None = None
    for part in key.split("."):
        if part.isdigit() and info is not None:
            continue
        fields = model.model_fields
        if part not in fields:
            return None
        info = fields[part]
        ann: Any = info.annotation
        inner: Any = ann.__args__[0] if hasattr(ann, "__args__") else ann
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            model = inner
    return info


def allowed_text(info: FieldInfo | None) -> str:
    """'0–1000 heltidstjänster' from a field's range metadata; a share also in percent: '0–1 (0–100 %)'."""
    if info is None:
        return ""
    lo = hi = None
    for m in info.metadata:
        lo = getattr(m, "ge", lo)
        hi = getattr(m, "le", hi)
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    unit = str(extra.get("unit", ""))
    if lo is None and hi is None:
        return ""
    text = f"{_num(lo) if lo is not None else '…'}–{_num(hi) if hi is not None else '…'}"
    if unit.startswith("andel") and lo is not None and hi is not None:
        rest = unit.removeprefix("andel").strip()
        return f"{text} ({_num(round(100 * lo, 6))}–{_num(round(100 * hi, 6))} % {rest})".replace(" )", ")")
    return f"{text} {unit}".strip()


def _named(section: str, name: str) -> str:
    """"'social_workers' (Socialsekreterare)": a suggested key with its label, so the user recognises it."""
    info = field_info(f"{section}.{name}" if section else name)
    return f"'{name}' ({info.title})" if info is not None and info.title else f"'{name}'"


def _num(v: Any) -> str:
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return str(v)


def _section_keys(loc: tuple[Any, ...]) -> list[str]:
    model: type[BaseModel] = Scenario
    for part in loc:
        if isinstance(part, int) or str(part).isdigit():
            continue
        info = model.model_fields.get(str(part))
        if info is None:
            break
        ann: Any = info.annotation
        inner: Any = ann.__args__[0] if hasattr(ann, "__args__") else ann
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            model = inner
    return list(model.model_fields)


def _problem(err: Any) -> Problem:
    p = _bare_problem(err)
    q = field_problem(p.key, p.message)
    parts = p.key.split(".")
    if len(parts) > 1 and parts[0] == "timeline" and parts[1].isdigit():  # "Tidslinjen, steg 2 – Datum"
        head = f"Tidslinjen, steg {int(parts[1]) + 1}"
        return Problem(q.key, q.message, f"{head} – {q.label}" if q.label and len(parts) > 2 else head)
    return q


def _bare_problem(err: Any) -> Problem:
    loc = tuple(err["loc"])
    key = ".".join(str(x) for x in loc)
    kind = err["type"]
    value = err.get("input")
    shown = repr(value) if not isinstance(value, dict) else "en tabell"
    if isinstance(value, str | int | float | bool | list) and len(shown) > 60:
        shown = shown[:57] + "…"
    info = field_info(key)
    allowed = allowed_text(info)
    if kind == "extra_forbidden":
        known = _section_keys(loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.6)
        hint = f" Menade du {_named(key.rpartition('.')[0], close[0])}?" if close else \
            f" Tillåtna nycklar här: {', '.join(known)}."
        return Problem(key, f"okänd nyckel.{hint}")
    if kind in {"greater_than_equal", "less_than_equal", "greater_than", "less_than"}:
        return Problem(key, f"värdet {shown} är utanför det tillåtna intervallet {allowed}")
    if kind in {"finite_number"}:
        return Problem(key, f"värdet {shown} är inte ett ändligt tal (tillåtet: {allowed or 'ett tal'})")
    if kind.startswith(("float_", "int_", "decimal_")):
        want = "ett heltal" if kind.startswith("int_") else "ett tal"
        rng = f" i intervallet {allowed}" if allowed else ""
        return Problem(key, f"värdet {shown} är inte {want}{rng}")
    if kind.startswith("bool_"):
        return Problem(key, f"värdet {shown} ska vara true eller false")
    if kind == "literal_error":
        return Problem(key, f"värdet {shown} är inte tillåtet: {err['ctx'].get('expected', '')}")
    if kind in {"model_type", "model_attributes_type"}:
        return Problem(key, f"ska vara en tabell [{key}], inte {shown}")
    if kind in {"tuple_type", "list_type"}:
        return Problem(key, f"ska vara en lista, inte {shown}")
    if kind == "string_type":
        return Problem(key, f"ska vara text inom citattecken, inte {shown}")
    if kind == "value_error":
        msg = str(err.get("msg", "")).removeprefix("Value error, ")
        k, sep, rest = msg.partition(":")
        if sep and not key:
            return Problem(k.strip(), rest.strip())
        if sep and field_info(f"{key}.{k.strip()}") is not None:  # a section's check names its field
            return Problem(f"{key}.{k.strip()}", rest.strip())
        return Problem(key, msg)
    return Problem(key, f"{err.get('msg', 'ogiltigt värde')} (värde {shown})")


def validate(data: dict[str, Any], source: str = "") -> Scenario:
    """Validate a parsed TOML document into a Scenario, or raise ScenarioError naming every problem."""
    if not isinstance(data, dict):
        raise ScenarioError([Problem("", "scenariot ska vara en TOML-tabell")], source)
    version = data.get("schema_version", 1)
    if isinstance(version, int) and not isinstance(version, bool) and version > Scenario().schema_version:
        raise ScenarioError([Problem("schema_version", f"filen har version {version}, men den här "
                                     f"versionen av Barntid läser högst {Scenario().schema_version}. "
                                     "Uppdatera Barntid.")], source)
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        raise ScenarioError([_problem(e) for e in exc.errors()], source) from None
    except (RecursionError, OverflowError) as exc:
        raise ScenarioError([Problem("", f"ogiltigt innehåll ({type(exc).__name__})")], source) from None
    if scenario.timeline:
        from barntid.sim.scenario.timeline import plan  # the timeline builds on this module

        try:
            plan(scenario)
        except ScenarioError as exc:
            raise ScenarioError(exc.problems, source) from None
    return scenario


def parse_text(text: str, source: str = "") -> Scenario:
    """Parse TOML text into a validated Scenario."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        raise ScenarioError([Problem("", f"filen är större än gränsen {MAX_FILE_BYTES // 1000} kB")], source)
    if not text.strip():
        raise ScenarioError([Problem("", "filen är tom. Välj en scenariofil med innehåll, eller utgå från en "
                                         "av de medföljande (t.ex. sjobo-2015.toml)")], source)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ScenarioError([Problem("", explain(exc, text))], source) from None
    except RecursionError:
        raise ScenarioError([Problem("", "inte giltig TOML: för djupt nästlad")], source) from None
    if not data:
        raise ScenarioError([Problem("", "filen innehåller inga inställningar, bara kommentarer (den är i "
                                         "praktiken tom)")], source)
    return validate(data, source)


def read_text(path: str | os.PathLike[str]) -> str:
    """Read a scenario file's text: only a regular file, at most MAX_FILE_BYTES read, a clear message for
    bytes that are not text. A device (/dev/zero), a pipe or a folder is refused without reading or waiting."""
    return read_text_noted(path)[0]


def read_text_noted(path: str | os.PathLike[str]) -> tuple[str, str]:
    """The file's text and a note for the user if it was not UTF-8 but could be read (else '')."""
    p = Path(path)
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise ScenarioError([Problem("", "kan inte läsa filen: den är inte en vanlig fil (en mapp, en enhet "
                                                 "eller en pipe)")], str(p))
            chunks: list[bytes] = []
            left = MAX_FILE_BYTES + 1
            while left > 0 and (chunk := os.read(fd, min(left, 1 << 16))):
                chunks.append(chunk)
                left -= len(chunk)
            raw = b"".join(chunks)
        finally:
            os.close(fd)
    except IsADirectoryError:
        raise ScenarioError([Problem("", "kan inte läsa filen: den är en mapp")], str(p)) from None
    except OSError as exc:
        raise ScenarioError([Problem("", f"kan inte läsa filen: {exc.strerror or exc}")], str(p)) from None
    if len(raw) > MAX_FILE_BYTES:
        raise ScenarioError([Problem("", f"filen är större än gränsen {MAX_FILE_BYTES // 1000} kB")], str(p))
    return decode(raw, str(p))


SAVE_AS_UTF8 = ("Spara den som UTF-8 i en textredigerare (i Anteckningar: Arkiv → Spara som, Kodning: UTF-8) och "
                "öppna den igen")


def decode(raw: bytes, source: str = "") -> tuple[str, str]:
    """Text from a file's bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252 (an older
    Windows editor's Western European text), with a note for the last two; anything else is refused."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), ("Filen var sparad som UTF-16 och lästes ändå. När du sparar lagras den "
                                          "som UTF-8.")
        except UnicodeDecodeError:
            raise ScenarioError([Problem("", f"filen är inte giltig UTF-16. {SAVE_AS_UTF8}")], source) from None
    try:
        return raw.decode("utf-8-sig"), ""
    except UnicodeDecodeError as exc:
        bad = exc.start
    if b"\x00" not in raw:
        try:
            return raw.decode("cp1252"), ("Filen var inte sparad som UTF-8 och lästes som västeuropeisk text "
                                          "(Windows-1252). Kontrollera att å, ä och ö ser rätt ut; när du sparar "
                                          "lagras den som UTF-8.")
        except UnicodeDecodeError:
            pass
    raise ScenarioError([Problem("", f"filen är inte UTF-8 (byte {bad}) och inte heller vanlig text i en annan "
                                     f"kodning. {SAVE_AS_UTF8}")], source)


def load(path: str | os.PathLike[str], notes: list[str] | None = None) -> Scenario:
    """Load and validate a scenario file; a note on how it was read (another encoding) goes to `notes`."""
    text, note = read_text_noted(path)
    scenario = parse_text(text, str(path))
    if note and notes is not None:
        notes.append(note)
    return scenario


def parse_value(text: str) -> Any:
    """A command-line value as TOML would read it: numbers, true/false, lists; otherwise a string."""
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return text


def to_dict(scenario: Scenario) -> dict[str, Any]:
    return scenario.model_dump(mode="python")


def get(scenario: Scenario, key: str) -> Any:
    obj: Any = scenario
    for part in key.split("."):
        obj = obj[int(part)] if part.isdigit() else getattr(obj, part)
    return obj


def with_changes(scenario: Scenario, changes: dict[str, Any]) -> Scenario:
    """A new, validated Scenario with dotted keys changed; the original is untouched."""
    data = to_dict(scenario)
    problems: list[Problem] = []
    for key, value in changes.items():
        parts = key.split(".")
        node: Any = data
        for part in parts[:-1]:
            if not isinstance(node, dict) or part not in node:
                node = None
                break
            node = node[part]
        if not isinstance(node, dict) or parts[-1] not in node:
            known = [".".join((s, k)) for s in data if isinstance(data[s], dict) for k in data[s]]
            known += [k for k in data if not isinstance(data[k], dict)]
            close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
            info = field_info(close[0]) if close else None
            named = f"'{close[0]}' ({info.title})" if info is not None and info.title else f"'{close[0]}'"
            hint = f" Menade du {named}?" if close else ""
            problems.append(Problem(key, f"okänd nyckel.{hint}"))
            continue
        if isinstance(value, float) and not math.isfinite(value):
            problems.append(field_problem(key, f"värdet {value} är inte ett ändligt tal"))
            continue
        node[parts[-1]] = value
    if problems:
        raise ScenarioError(problems)
    return validate(data)


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def dumps(scenario: Scenario, original_text: str | None = None) -> str:
    """TOML text for a scenario. Given the file it came from, keeps that file's comments and layout."""
    data = _plain(to_dict(scenario))
    if not data.get("timeline"):
        data.pop("timeline", None)
    doc: Any = tomlkit.parse(original_text) if original_text else tomlkit.document()
    _merge(doc, data)
    return tomlkit.dumps(doc)


def _merge(doc: Any, data: dict[str, Any]) -> None:
    for key, value in data.items():
        if isinstance(value, dict):
            if key not in doc or not isinstance(doc[key], dict):
                doc[key] = tomlkit.table()
            _merge(doc[key], value)
        elif key in doc and _same(doc[key], value):
            continue
        else:
            doc[key] = value
    for key in [k for k in doc if k not in data]:  # a key an older schema had (e.g. pair_visit_share)
        del doc[key]


def _same(item: Any, value: Any) -> bool:
    current = item.unwrap() if hasattr(item, "unwrap") else item
    return bool(current == value and type(current) is type(value))


def save(scenario: Scenario, path: str | os.PathLike[str], original_text: str | None = None) -> str:
    """Save a scenario atomically; returns the text written."""
    text = dumps(scenario, original_text)
    atomic_write(path, text)
    return text
