"""Messages a user can act on: TOML errors in Swedish with the line and a hint, empty files refused, files in
another encoding read with a note or refused with what to do, labels beside keys, shares' ranges in percent."""

from __future__ import annotations

from pathlib import Path

import pytest

from barntid.sim.experiment import plausibility
from barntid.sim.scenario.io import ScenarioError, allowed_text, field_info, load, parse_text, with_changes
from barntid.sim.scenario.schema import Scenario

SJOBO_TEXT = 'name = "Sjöbo – å ä ö"\n[staff]\nsocial_workers = 17\n'


def problem(text: str) -> str:
    with pytest.raises(ScenarioError) as exc:
        parse_text(text, "fil.toml")
    return str(exc.value.problems[0])


@pytest.mark.parametrize(("text", "line", "hint"), [
    ("name = 'x'\n[staff\nsocial_workers = 3\n", 2, "skriv rubriken som [staff]"),
    ("[demand]\nreports_per_week = 9,5\n", 2, "decimaltal skrivs med punkt"),
    ("[staff]\nsocial_workers 3\n", 2, "skriv namn = värde"),
    ("name = Sjöbo\n", 1, "text ska stå inom citattecken"),
    ("name = 'x'\n[demand]\nseasonal = [1.0, 1.1\nweekday_share = 0.9\n", 4, "listor skrivs"),
    ("[staff]\nadmin_fte = 1\n\nadmin_fte = 2\n", 4, "ta bort den ena"),
])
def test_toml_errors_are_explained_in_swedish_with_the_line_and_a_hint(text: str, line: int, hint: str) -> None:
    message = problem(text)
    assert f"inte giltig TOML på rad {line}:" in message and f"Tips: {hint}" in message, message
    assert "Expected" not in message and "Invalid" not in message and "end of document" not in message


@pytest.mark.parametrize("text", ["", "   \n\n", "# bara en kommentar\n"])
def test_an_empty_file_is_refused_not_opened_as_defaults(tmp_path: Path, text: str) -> None:
    path = tmp_path / "tom.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioError, match="tom"):
        load(path)


@pytest.mark.parametrize(("encoding", "named"), [("cp1252", "Windows-1252"), ("latin-1", "Windows-1252"),
                                                 ("utf-16", "UTF-16")])
def test_a_file_in_another_encoding_is_read_with_a_note(tmp_path: Path, encoding: str, named: str) -> None:
    path = tmp_path / "ansi.toml"
    text = SJOBO_TEXT if encoding != "latin-1" else SJOBO_TEXT.replace("–", "-")  # latin-1 has no dash
    path.write_bytes(text.encode(encoding))
    notes: list[str] = []
    sc = load(path, notes)
    assert sc.name == Scenario.model_validate({"name": text.split('"')[1]}).name and "å ä ö" in sc.name
    assert len(notes) == 1 and named in notes[0] and "UTF-8" in notes[0]
    utf8 = tmp_path / "utf8.toml"
    utf8.write_text(SJOBO_TEXT, encoding="utf-8")
    notes.clear()
    load(utf8, notes)
    assert notes == []


def test_bytes_that_are_not_text_are_refused_saying_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "bin.toml"
    path.write_bytes(b"name = '\x00\x81\xfe'\n")
    with pytest.raises(ScenarioError) as exc:
        load(path)
    assert "inte UTF-8" in str(exc.value) and "Spara den som UTF-8" in str(exc.value)


def test_unknown_keys_are_suggested_with_their_label() -> None:
    assert "Menade du 'social_workers' (Socialsekreterare)?" in problem("[staff]\nsocial_worker = 3\n")
    with pytest.raises(ScenarioError) as exc:
        with_changes(Scenario(), {"staff.social_worker": 3})
    assert "Menade du 'staff.social_workers' (Socialsekreterare)?" in str(exc.value)


def test_ranges_of_shares_are_given_in_percent_too() -> None:
    assert allowed_text(field_info("demand.share_to_investigation")) == "0–1 (0–100 %)"
    assert allowed_text(field_info("turnover.annual_rate")) == "0–3 (0–300 % per år)"
    assert allowed_text(field_info("staff.social_workers")) == "0–1000 heltidstjänster"
    assert "0–1 (0–100 %)" in problem("[demand]\nshare_to_investigation = 1.5\n")


def test_a_scenario_without_social_workers_is_refused_in_plain_words() -> None:
    sc = with_changes(Scenario(), {"staff.social_workers": 0.0})
    with pytest.raises(ScenarioError) as exc:
        plausibility.check_meaningful(sc)
    p = exc.value.problems[0]
    assert p.label == "Socialsekreterare" and "inga socialsekreterare" in p.message
    plausibility.check_meaningful(Scenario())
