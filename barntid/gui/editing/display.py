"""How a field is shown in the form: shares in percent, display units, the range the form accepts, and the
message when a typed value is outside it. The scenario file keeps the schema's units (0.38, not 38)."""

from __future__ import annotations

from typing import Any

from pydantic.fields import FieldInfo
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from barntid.gui.i18n import lang

# Schema units entered and shown as percent, with the unit text the form shows instead.
PERCENT_UNITS: dict[str, Any] = {
    "andel": QT_TRANSLATE_NOOP("Units", "%"),
    "andel per år": QT_TRANSLATE_NOOP("Units", "% per år"),
    "andel av lön": QT_TRANSLATE_NOOP("Units", "% av lönen"),
    "CV": QT_TRANSLATE_NOOP("Units", "% spridning"),
}
# Bounds the form shows and accepts where the schema's are only a technical limit (the seed: 2**63 - 1).
DISPLAY_BOUNDS: dict[str, tuple[float, float]] = {"simulation.seed": (0, 999_999_999)}
# Technical settings a chief rarely changes: shown under "Avancerat" on their page.
ADVANCED = frozenset({"simulation.warmup_weeks", "simulation.replications", "simulation.seed", "demand.effort_cv",
                      "efforts.investigation_days_cv"})


def is_percent(info: FieldInfo) -> bool:
    return str(lang.extra(info).get("unit", "")) in PERCENT_UNITS


def unit(info: FieldInfo) -> str:
    """The unit as the form shows it ('%' for a share)."""
    schema_unit = str(lang.extra(info).get("unit", ""))
    if schema_unit in PERCENT_UNITS:
        return QCoreApplication.translate("Units", str(PERCENT_UNITS[schema_unit]))
    return lang.unit(info)


def schema_bounds(info: FieldInfo) -> tuple[float | None, float | None]:
    lo = hi = None
    for m in info.metadata:
        lo = getattr(m, "ge", lo)
        hi = getattr(m, "le", hi)
    return lo, hi


def bounds(key: str, info: FieldInfo) -> tuple[float | None, float | None]:
    """The range the form accepts, in the form's units (percent for shares)."""
    if key in DISPLAY_BOUNDS:
        return DISPLAY_BOUNDS[key]
    lo, hi = schema_bounds(info)
    if is_percent(info):
        return (None if lo is None else round(100 * lo, 6)), (None if hi is None else round(100 * hi, 6))
    return lo, hi


def to_form(info: FieldInfo, value: float) -> float:
    return round(100 * value, 9) if is_percent(info) else value


def to_schema(info: FieldInfo, value: float) -> float:
    return round(value / 100, 9) if is_percent(info) else value


def number(value: float) -> str:
    """'1000', '0,5', '999 999 999': the language's decimal sign; thousands spaces in Swedish from 10 000."""
    text = f"{value:{',' if abs(value) >= 10_000 else ''}.6f}".rstrip("0").rstrip(".")  # 1000, 10 000
    if lang.current() == "sv":
        return text.replace(",", "\u00a0").replace(".", ",")
    return text


def range_text(key: str, info: FieldInfo) -> str:
    """'0–1000 heltidstjänster', '0–100 %'; '' for a field without a range."""
    lo, hi = bounds(key, info)
    if lo is None and hi is None:
        return ""
    low = number(lo) if lo is not None else "…"
    high = number(hi) if hi is not None else "…"
    return f"{low}–{high} {unit(info)}".strip()


def outside(key: str, info: FieldInfo, value: float) -> str:
    """The message for a typed value outside the form's range, naming the field; '' if it is inside."""
    lo, hi = bounds(key, info)
    if (lo is None or value >= lo) and (hi is None or value <= hi):
        return ""
    text = QCoreApplication.translate("Forms", "%1: %2 är utanför det tillåtna intervallet %3. Värdet används inte; "
                                               "rätta det eller ångra (Ctrl+Z).")
    return (text.replace("%1", lang.field_label(info, key)).replace("%2", f"{number(value)} {unit(info)}".strip())
            .replace("%3", range_text(key, info)))


def not_integer(key: str, info: FieldInfo, text: str) -> str:
    """The message for text that is not a whole number, naming the field and its range."""
    message = QCoreApplication.translate("Forms", "%1: ”%2” är inte ett heltal. Tillåtet: %3.")
    return message.replace("%1", lang.field_label(info, key)).replace("%2", text).replace("%3", range_text(key, info))
