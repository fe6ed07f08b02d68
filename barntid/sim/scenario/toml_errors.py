"""TOML syntax errors in plain Swedish: the line, what is wrong there, and a hint how to fix it.

tomllib's messages are English and say "at end of document" for an unclosed string or list; tomlkit finds
the line in those cases, so the user is always pointed at a line.
"""

from __future__ import annotations

import re
import tomllib

import tomlkit

# (start of tomllib's message, what is wrong, hint). The first match wins.
EXPLAINED: tuple[tuple[str, str, str], ...] = (
    ("Expected ']' at the end of a table", "en tabellrubrik saknar avslutande ]", "skriv rubriken som [staff]"),
    ("Expected ']]'", "en rubrik saknar avslutande ]]", "skriv rubriken som [[demand.surges]]"),
    ("Expected '=' after a key", "ett likhetstecken saknas efter namnet",
     "skriv namn = värde, t.ex. social_workers = 18"),
    ("Expected newline or end of document", "något står efter värdet på samma rad",
     "decimaltal skrivs med punkt (1.5, inte 1,5) och en kommentar börjar med #"),
    ("Invalid value", "värdet går inte att läsa",
     "text ska stå inom citattecken (\"Sjöbo\"), decimaltal skrivs med punkt (1.5) och ja/nej som true/false"),
    ("Unterminated string", "en text saknar avslutande citattecken", "avsluta texten med \" på samma rad"),
    ("Illegal character", "en text innehåller ett tecken som inte är tillåtet",
     "avsluta texten med \" på samma rad"),
    ("Unescaped '\\'", "ett omvänt snedstreck (\\) i en text", "skriv \\\\ eller använd enkla citattecken"),
    ("Unclosed array", "en lista saknar avslutande ]", "listor skrivs [1.0, 1.05, 0.9]"),
    ("Unclosed inline table", "en tabell inom { } saknar avslutande }", "avsluta med } på samma rad"),
    ("Cannot declare", "samma tabell står två gånger", "slå ihop dem eller ta bort den ena"),
    ("Cannot overwrite", "samma namn har fått ett värde två gånger", "ta bort den ena raden"),
    ("Cannot mutate", "samma namn har fått ett värde två gånger", "ta bort den ena raden"),
    ("Invalid statement", "raden är varken en rubrik, ett namn = värde eller en kommentar",
     "skriv namn = värde, [rubrik] eller börja raden med #"),
)
DEFAULT = ("filen följer inte TOML-formatet här", "jämför med en av de medföljande scenariofilerna")


def explain(exc: tomllib.TOMLDecodeError, text: str) -> str:
    """'inte giltig TOML på rad 2: en tabellrubrik saknar avslutande ] ("[staff"). Tips: skriv …'."""
    message = str(exc)
    what, hint = next(((w, h) for start, w, h in EXPLAINED if message.startswith(start)), DEFAULT)
    line = _line(message, text)
    if line is None:
        return f"inte giltig TOML: {what}. Tips: {hint}."
    lines = text.splitlines()
    shown = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    if len(shown) > 60:
        shown = shown[:57] + "…"
    quoted = f" (”{shown}”)" if shown else ""
    return f"inte giltig TOML på rad {line}: {what}{quoted}. Tips: {hint}."


def _line(message: str, text: str) -> int | None:
    found = re.search(r"at line (\d+)", message)
    if found:
        return int(found.group(1))
    try:  # "at end of document": tomlkit says where the unclosed string or list began, or the duplicate is
        tomlkit.parse(text)
    except Exception as exc:
        line = getattr(exc, "line", None)
        return line if isinstance(line, int) and line > 0 else None
    return None
