"""A step's changes in words, in the language of the interface: 'Bärbara datorer: på', 'Administrativt stöd:
1,5 heltidstjänster', 'Parbesök: 50 %' (the schema's labels and units, shares in percent)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from barntid.gui.editing import display
from barntid.gui.i18n import lang
from barntid.sim.scenario.io import field_info

SINGULAR_SV = {"heltidstjänster": "heltidstjänst", "timmar/vecka": "timme/vecka"}


def value_words(key: str, value: Any) -> str:
    info = field_info(key)
    if isinstance(value, bool):
        return QCoreApplication.translate("Compare", "på") if value else QCoreApplication.translate("Compare", "av")
    if not isinstance(value, int | float) or info is None:
        return str(value)
    if display.is_percent(info):
        return lang.percent(float(value), 0 if round(100 * value, 6).is_integer() else 1)
    unit = display.unit(info)
    if lang.current() == "sv" and value == 1:
        unit = SINGULAR_SV.get(unit, unit)
    return f"{lang.number(float(value), 2)} {unit}".strip()


def change_words(key: str, value: Any) -> str:
    return f"{lang.field_label(field_info(key), key)}: {value_words(key, value)}"
