#!/usr/bin/env bash
# Set up (first time) and open the Barntid desktop application. Extra arguments go to `barntid`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/barntid "$@"
