"""Atomic writes: through symbolic links, keeping permissions, refusing what is not a file, leaving no litter."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from barntid.sim.scenario.files import atomic_path, atomic_write
from tests.helpers import run_on_small_disk


def test_symlink_is_written_through(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "scenario.toml"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.toml"
    link.symlink_to(real)
    atomic_write(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == "new"
    assert not [p for p in tmp_path.rglob("*") if ".tmp" in p.name]


def test_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    p = tmp_path / "scenario.toml"
    p.write_text("old", encoding="utf-8")
    p.chmod(0o664)
    atomic_write(p, "new")
    assert stat.S_IMODE(p.stat().st_mode) == 0o664


def test_new_file_gets_the_umask_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "a.csv", "x")
        os.umask(0o002)
        atomic_write(tmp_path / "b.csv", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.csv").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "b.csv").stat().st_mode) == 0o664


def test_a_folder_is_refused_and_nothing_is_left(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError, match="mapp"):
        atomic_write(tmp_path, "x")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs a character device (/dev/null) to write to")
def test_a_device_is_refused_not_replaced(tmp_path: Path) -> None:
    link = tmp_path / "out.csv"
    link.symlink_to("/dev/null")
    with pytest.raises(OSError, match="inte en vanlig fil") as exc:
        atomic_write(link, "x")
    assert exc.value.errno == errno.EINVAL
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert list(tmp_path.iterdir()) == [link]


def test_failure_while_writing_removes_the_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "r.xlsx"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_path(target, ".xlsx") as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_full_disk_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    out = run_on_small_disk(disk, f"""
import os
from pathlib import Path
from barntid.sim.scenario.files import atomic_write
target = Path({str(disk)!r}) / "r.csv"
target.write_text("old", encoding="utf-8")
try:
    atomic_write(target, "x" * 200_000)
except OSError as exc:
    print("errno", exc.errno)
print(target.read_text(encoding="utf-8"), sorted(os.listdir({str(disk)!r})))
""", size_kb=64)
    assert out.returncode == 0, out.stderr
    assert f"errno {errno.ENOSPC}" in out.stdout
    assert "old ['r.csv']" in out.stdout
