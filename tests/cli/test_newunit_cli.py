"""`barntid new`: a valid scenario, never an overwrite without --force, impossible figures named."""

from __future__ import annotations

from pathlib import Path

import pytest

from barntid.cli.main import main
from barntid.sim.scenario.io import load
from tests.helpers import SCENARIOS

BASE = ["--name", "Ekby kommun", "--children", "2000", "--posts", "10", "--workers", "1"]


def test_writes_a_scenario_that_loads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ekby.toml"
    assert main(["new", str(out), *BASE, "--turnover", "30", "--admin", "1.5", "--measure", "checklists"]) == 0
    sc = load(out)
    assert sc.name == "Ekby kommun" and sc.staff.admin_fte == 1.5 and sc.measures.checklists
    assert sc.turnover.annual_rate == pytest.approx(0.3 * 0.36 / 0.32)
    text = out.read_text(encoding="utf-8")
    assert "# Socialsekreterare (heltidstjänster). Från era uppgifter." in text
    assert "Jämviktsläge för inflödet och bemanningen" in text
    said = capsys.readouterr().out
    assert "Skrev" in said and "Startläge i jämvikt" in said
    assert main(["check", str(out)]) == 0


def test_refuses_to_overwrite_unless_forced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ekby.toml"
    out.write_text("# mine\n", encoding="utf-8")
    assert main(["new", str(out), *BASE]) == 2
    assert "finns redan" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "# mine\n"
    assert main(["new", str(out), *BASE, "--force"]) == 0
    assert load(out).name == "Ekby kommun"


@pytest.mark.parametrize(("extra", "said"), [
    (["--open-investigations", "900"], "Pågående utredningar i dag (--open-investigations): värdet 900 är utanför "
                                       "det tillåtna intervallet 0–308 st"),
    (["--vacancies", "11"], "Vakanta tjänster i dag (--vacancies): värdet 11 är utanför det tillåtna intervallet "
                            "0–10 st"),
    (["--turnover", "0.3"], "Personalomsättning förra året (--turnover): '0.3' är tvetydigt"),
    (["--turnover", "130"], "Personalomsättning förra året (--turnover): värdet 130 är utanför det tillåtna "
                            "intervallet 0–100 %"),
    (["--measured-contact", "11", "--time-use", str(SCENARIOS / "tidsstudie-mall.csv")], "inte båda"),
])
def test_impossible_figures_are_refused_naming_the_field(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                          extra: list[str], said: str) -> None:
    out = tmp_path / "x.toml"
    assert main(["new", str(out), *BASE, *extra]) == 2
    assert said in capsys.readouterr().err
    assert not out.exists()


def test_negative_posts_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", str(tmp_path / "x.toml"), "--name", "E", "--children", "2000", "--posts=-3"]) == 2
    assert "Socialsekreterare (--posts): värdet -3 är utanför det tillåtna intervallet 0,5–1000" in \
        capsys.readouterr().err


def test_percent_forms_are_read_the_same(tmp_path: Path) -> None:
    for i, form in enumerate(("30", "30%", "30 %", "30,0")):
        out = tmp_path / f"u{i}.toml"
        assert main(["new", str(out), *BASE, "--turnover", form]) == 0
        assert load(out).turnover.annual_rate == pytest.approx(0.3 * 0.36 / 0.32)


def test_calibrates_to_a_measured_share_and_prints_how_close(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ekby.toml"
    code = main(["new", str(out), *BASE, "--measured-contact", "13"])
    said = capsys.readouterr().out
    assert code == 0, said
    assert "Kontroll (kontakttid, vanliga veckor), frö 2016" in said and "95 %:" in said
    assert "Kalibrerat" in out.read_text(encoding="utf-8")


def test_help_works_and_says_shares_are_percent(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["new", "--help"])
    assert exc.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Andelar anges i procent (30 eller 30%)" in out and "(0–100 %)" in out
