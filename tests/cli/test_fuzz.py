"""A fuzz test over the whole command line: random subcommands, flags and scenario values never give a
traceback or a hang, only status 0, 1 or 2 with a message.

Every example keeps the simulation tiny (at most 2 replications of a quarter or half year, one process) so
the run is bounded; within that, flags, keys and values are random and mostly wrong. `gui` and `report`
are left out: they need a display server's event loop (covered by tests/gui).
"""

from __future__ import annotations

import contextlib
import io
import time
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from barntid.cli.main import main
from barntid.sim import Scenario
from tests.helpers import SCENARIOS

FILES = [str(SCENARIOS / "sjobo-2015.toml"), str(SCENARIOS / "sjobo-2017.toml"), "/dev/zero", "/nonexistent.toml",
         str(SCENARIOS), str(SCENARIOS / "storylines" / "sjobo.toml")]
KEYS = [f"{s}.{k}" for s, sec in Scenario().model_dump().items() if isinstance(sec, dict) for k in sec]
KEYS += ["name", "staff", "staff.bogus", "", "demand.surges.0.weeks"]
WORDS = st.sampled_from(["true", "false", "nan", "inf", "-inf", "1e999", "[1, 2]", "[2000000]", '"x"', "$x^$",
                         "\x1b[31m", "0", "-1", "99999999999999999999", "=", "", "a=b"])
NUMBERS = st.one_of(st.integers(-5, 50).map(str), st.floats(-5, 50, allow_nan=False).map(lambda f: f"{f:.3g}"))
VALUES = st.one_of(WORDS, NUMBERS, st.text(max_size=6))
SETS = st.lists(st.tuples(st.sampled_from(KEYS), VALUES).map(lambda kv: f"{kv[0]}={kv[1]}"), max_size=3)
SMALL = st.tuples(st.sampled_from(["1", "2", "0", "-1", "x", "1001"]), st.sampled_from(["0.25", "0.5", "0", "nan",
                                                                                          "21", "-1"]))


def _common(n: str, years: str, sets: list[str], extra: list[str]) -> list[str]:
    args = ["-n", n, "--years", years, "--workers", "1"]
    for s in sets:
        args += ["--set", s]
    return args + extra


@st.composite
def command_lines(draw: st.DrawFn, out: Path) -> list[str]:
    cmd = draw(st.sampled_from(["run", "check", "compare", "history", "sweep", "goal", "sensitivity", "calibrate",
                                "bogus", "--version", "-h"]))
    f = draw(st.sampled_from(FILES))
    n, years = draw(SMALL)
    sets = draw(SETS)
    extra = draw(st.lists(st.sampled_from(["--json", "--lang", "en", "--seed", "-3", "7", "--out", "--bogus",
                                           str(out / "r.csv"), str(out / "r.xlsx"), str(out / "r.pdf"),
                                           str(out), "/dev/full"]), max_size=3))
    if cmd == "run":
        return ["run", f, *_common(n, years, sets, extra), "--no-history"]
    if cmd == "check":
        return ["check", f, *extra[:1]]
    if cmd == "compare":
        hw = draw(st.sampled_from([[], ["--half-width", "0.5"], ["--half-width", "nan"], ["--half-width", "0"]]))
        return ["compare", f, draw(st.sampled_from(FILES)), *_common(n, years, sets, [*hw, *extra])]
    if cmd == "history":
        return ["history", *draw(st.sampled_from([[], ["--limit", "99999999999999999999"], ["--limit", "-1"],
                                                  ["--show", "1"], ["--show", "x"],
                                                  ["--show", "1", "--scenario-out", str(out)]]))]
    if cmd == "sweep":
        vary = draw(st.sampled_from(["staff.social_workers=18:20:2", "staff.admin_fte=0:inf:1", "x=1:2:1",
                                     "measures.pair_visits=false,true", "staff.social_workers=1:1e9:1e-9"]))
        return ["sweep", f, "--vary", vary, "-n", n, "--years", years, "--workers", "1", "--out",
                draw(st.sampled_from([str(out / "s.csv"), str(out), str(out / "s.pdf")]))]
    if cmd == "goal":
        lever = draw(st.sampled_from(["staff.admin_fte=1:2:1", "staff.admin_fte=0:inf:1", "staff.admin_fte=nan:1:1",
                                      "staff.admin_fte=0:200:1e-6", "bogus=1:2:1", "measures.pair_visits=false,true"]))
        target = draw(st.sampled_from(["0.2", "nan", "2", "-1"]))
        return ["goal", f, "--lever", lever, "--target", target, *_common(n, years, sets, extra)]
    if cmd == "sensitivity":
        keys = draw(st.sampled_from(["staff.admin_fte", "staff.bogus", "name", "demand.seasonal", "", "staff"]))
        share = draw(st.sampled_from(["0.2", "nan", "1", "-0.1"]))
        return ["sensitivity", f, "--keys", keys, "--share", share, *_common(n, years, sets, extra)]
    if cmd == "calibrate":
        target = draw(st.sampled_from(["contact=0.13", "contact=nan", "contact=2", "bogus=0.1", "contact"]))
        tol = draw(st.sampled_from(["0.5", "nan", "-1", "0"]))
        return ["calibrate", f, "--target", target, "--tolerance", tol, "--workers", "1", *extra[:0]]
    return [cmd]


@pytest.mark.parametrize("seed", [0])
def test_the_command_line_never_gives_a_traceback(seed: int, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()

    @settings(max_examples=60, deadline=timedelta(seconds=90), database=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(command_lines(out))
    def one(argv: list[str]) -> None:
        stdout, stderr = io.StringIO(), io.StringIO()
        t = time.perf_counter()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            try:
                code = main(argv)
            except SystemExit as exc:  # argparse: --help, --version, a bad flag
                code = exc.code if isinstance(exc.code, int) else 2
        assert code in (0, 1, 2), (argv, code, stderr.getvalue())
        assert "Traceback" not in stderr.getvalue(), (argv, stderr.getvalue())
        assert "nan" not in stdout.getvalue().lower().replace("nanny", ""), (argv, stdout.getvalue())
        assert time.perf_counter() - t < 90, argv

    one()
