#!/usr/bin/env bash
# Build Barntid's self-contained one-folder bundle with PyInstaller: dist/Barntid/, started by
# dist/Barntid/Barntid. Copy or zip the whole folder; it needs no Python and writes nothing inside itself.
# Linux (and, untested, macOS). Windows: scripts/build-bundle.ps1 does the same steps.
# The build uses its own environment, .venv-bundle, with only what the program needs (no test tools).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --system   # Qt's system libraries: PyInstaller's Qt hooks load Qt to find its files

PY=${PYTHON:-python3}
venv=.venv-bundle
if [ ! -x "$venv/bin/python" ]; then
  "$PY" -m venv "$venv"
fi
stamp="$venv/.barntid-installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  "$venv/bin/python" -m pip install -q --upgrade pip
  "$venv/bin/python" -m pip install -q -e ".[bundle]"
  touch "$stamp"
fi

rm -rf dist/Barntid
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/barntid.spec
echo "Byggt: dist/Barntid/Barntid ($(du -sh dist/Barntid | cut -f1), $(find dist/Barntid -type f | wc -l) filer)"
dist/Barntid/Barntid --version
