"""What the self-contained bundle relies on and a test can see without building it (CI builds and smoke-tests
the real bundle: scripts/build-bundle.sh, scripts/smoke-bundle.sh)."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from barntid.sim.scenario import shipped
from tests.helpers import ROOT


def test_outside_the_bundle_the_shipped_scenarios_are_the_repositorys() -> None:
    assert not shipped.frozen()
    assert shipped.resource_root() == ROOT
    assert shipped.scenarios_dir() == ROOT / "scenarios"
    assert shipped.shipped("storylines/sjobo.toml") == ROOT / "scenarios" / "storylines" / "sjobo.toml"
    assert shipped.shipped("nothing-here.toml") is None


def test_inside_the_bundle_they_are_found_through_sys_meipass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    story = tmp_path / "_internal" / "scenarios" / "storylines" / "sjobo.toml"
    story.parent.mkdir(parents=True)
    story.write_text("# a storyline\n", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    monkeypatch.chdir(tmp_path)  # not the repository
    assert shipped.resource_root() == tmp_path / "_internal"
    assert shipped.scenarios_dir() == tmp_path / "_internal" / "scenarios"
    assert shipped.shipped("storylines/sjobo.toml") == story


def test_the_storyline_panel_asks_the_same_place(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from barntid.gui.theme_day.storyline_panel import default_storyline

    assert default_storyline() == ROOT / "scenarios" / "storylines" / "sjobo.toml"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.chdir(tmp_path)
    assert default_storyline() is None  # a bundle without its scenarios: no crash, just nothing to offer


def test_the_entry_point_calls_freeze_support_before_anything_else() -> None:
    """A spawned worker of the frozen program starts the program again; freeze_support turns it into the
    worker before the command line (or a second window) is reached."""
    tree = ast.parse((ROOT / "barntid" / "__main__.py").read_text(encoding="utf-8"))
    main_block = next(n for n in tree.body if isinstance(n, ast.If))
    first = main_block.body[0]
    assert isinstance(first, ast.Expr) and ast.unparse(first) == "multiprocessing.freeze_support()"
    source = (ROOT / "barntid" / "cli" / "main.py").read_text(encoding="utf-8")
    assert "multiprocessing.freeze_support()" in source.split("def main(", 1)[1].split("\n", 3)[1]


def test_python_m_barntid_prints_the_version() -> None:
    out = subprocess.run([sys.executable, "-m", "barntid", "--version"], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    assert out.stdout.strip() == "barntid 0.1.0"


def test_the_spec_ships_scenarios_translations_and_the_pinned_pyinstaller() -> None:
    spec = (ROOT / "packaging" / "barntid.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "scenarios"), "scenarios")' in spec
    assert '"barntid_en.qm"), "barntid/gui/i18n")' in spec
    assert 'name="Barntid"' in spec and "__main__.py" in spec
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    bundle = project["optional-dependencies"]["bundle"]
    assert len(bundle) == 1 and bundle[0].startswith("pyinstaller==")
    for script in ("build-bundle.sh", "build-bundle.ps1", "smoke-bundle.sh"):
        assert "packaging" in (ROOT / "scripts" / script).read_text(encoding="utf-8") or script == "smoke-bundle.sh"
    assert "smoke-bundle.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_gui_report_needs_run_and_screenshot(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "barntid", "gui", "scenarios/sjobo-2015.toml", "--report",
                          str(tmp_path / "r.pdf")], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert out.returncode == 2 and "--report" in out.stderr
