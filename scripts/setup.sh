#!/usr/bin/env bash
# Set up Barntid on a fresh Debian/Ubuntu machine: the system libraries Qt needs, a virtual
# environment in .venv, and Barntid with its test tools. Safe to run again; it skips what is done.
# `setup.sh --system` installs only the system libraries (scripts/build-bundle.sh uses its own environment).
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt's runtime libraries and a font (offscreen and real windows), and Xvfb for screenshots.
PKGS=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
      xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
      libxcb-image0 libxcb-render-util0 libxcb-render0 libxcb-util1 libxcb-xkb1)
PY=${PYTHON:-python3}
if ! "$PY" -m venv --help >/dev/null 2>&1; then PKGS+=(python3-venv); fi

if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for p in "${PKGS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installerar systempaket: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  echo "Obs: ingen apt-get; installera Qt:s systembibliotek själv om programmet inte startar." >&2
fi

if [ "${1:-}" = "--system" ]; then
  exit 0
fi

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.barntid-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[dev]"
  touch "$stamp"
fi
