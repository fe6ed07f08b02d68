#!/usr/bin/env bash
# Check the pinned Qt binding on every Python Barntid supports besides the main one (3.11 runs the whole
# suite in .venv): install Barntid into .venv-<version> and run the Qt tests that once crashed the
# application (reference count of None, a minute of live view and theme day) and the window smoke tests.
# A supported Python that is missing fails the check: the pin is only as good as the versions it was tried on.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSIONS=${BARNTID_PYTHONS:-"3.12 3.13"}

find_python() {
  local v=$1 p
  for p in "python$v" "$HOME"/.pyenv/versions/"$v".*/bin/"python$v" /usr/bin/"python$v" /usr/local/bin/"python$v"; do
    if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import venv' >/dev/null 2>&1; then
      command -v "$p"
      return 0
    fi
  done
  return 1
}

export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
for v in $VERSIONS; do
  if ! py=$(find_python "$v"); then
    echo "Python $v hittades inte: installera det (t.ex. med pyenv) eller ange BARNTID_PYTHONS." >&2
    exit 1
  fi
  venv=".venv-$v"
  stamp="$venv/.barntid-installed"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    "$py" -m venv "$venv"
    "$venv/bin/python" -m pip install -q --upgrade pip
    "$venv/bin/python" -m pip install -q -e . "pytest>=8" "pytest-qt>=4.4"
    touch "$stamp"
  fi
  echo "== Python $v: $("$venv/bin/python" -c 'import importlib.metadata as m; print("PySide6-Essentials", m.version("PySide6-Essentials"))')"
  "$venv/bin/pytest" -p no:cacheprovider tests/gui/test_qt_binding.py tests/gui/test_soak.py tests/gui/test_app.py
done
