#!/usr/bin/env bash
# Set up (first time) and run Barntid's checks: ruff, mypy (strict, the whole package), the layer contracts
# (import-linter) and the whole test suite (GUI tests run offscreen, no display needed).
# Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
.venv/bin/ruff check .
.venv/bin/mypy barntid
.venv/bin/lint-imports
.venv/bin/pytest "$@"
