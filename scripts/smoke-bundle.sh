#!/usr/bin/env bash
# Smoke-test the frozen program built by scripts/build-bundle.sh (offscreen, no display needed):
# --version; Sjöbo 2015 opened and run on the process pool in the window, with a screenshot and the committee
# report written by its own spawned process; `run --out x.xlsx` (Excel, the pool, the run history); `report`
# (PDF). Every step must exit 0 and leave a non-empty file. The bundle folder is made read-only for the test and
# must be unchanged afterwards; settings and history must land in the (temporary) user's folders.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
B="$ROOT/dist/Barntid/Barntid"
[ -x "$B" ] || { echo "Ingen bundle: kör först bash scripts/build-bundle.sh" >&2; exit 1; }

work=$(mktemp -d)
chmod -R a-w "$ROOT/dist/Barntid"
cleanup() { chmod -R u+w "$ROOT/dist/Barntid"; rm -rf "$work"; }
trap cleanup EXIT
touch "$work/stamp"
sleep 1  # file times have a resolution of a second on some file systems
# A fresh user: everything the program writes must go under this HOME (XDG folders unset).
export HOME="$work/home" QT_QPA_PLATFORM=offscreen
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME BARNTID_DATA_DIR
mkdir -p "$HOME"
cd "$work"   # not the bundle's folder, and not the repository: the program must find its own scenarios

step() { echo "== $*"; }
check_file() {
  [ -s "$1" ] || { echo "FEL: $1 saknas eller är tom" >&2; exit 1; }
  echo "   $1: $(stat -c %s "$1") byte"
}
S="$ROOT/scenarios"

step "--version"
version=$("$B" --version)
echo "   $version"
[ "$version" = "barntid $(grep -m1 '^version' "$ROOT/pyproject.toml" | cut -d'"' -f2)" ] || {
  echo "FEL: fel version: $version" >&2; exit 1; }

# The shipped scenario, shortened so the smoke test stays quick (the same model, fewer replications).
sed -e 's/^replications = 30/replications = 6/' -e 's/^years = 3/years = 1/' "$S/sjobo-2015.toml" > sjobo-2015-kort.toml

step "gui sjobo-2015 --run (the pool) --screenshot --report (the report's own process)"
start=$(date +%s)
"$B" gui sjobo-2015-kort.toml --run --screenshot shot.png --report gui-rapport.pdf
echo "   $(( $(date +%s) - start )) s"
check_file shot.png
check_file gui-rapport.pdf

step "run sjobo-2015 --out x.xlsx (the pool, the run history)"
"$B" run "$S/sjobo-2015.toml" --replications 6 --years 1 --workers 2 --out x.xlsx > run.txt
check_file x.xlsx
grep -q "replikeringar" run.txt || { echo "FEL: ingen resultattabell" >&2; cat run.txt; exit 1; }

step "report sjobo-2015 sjobo-2017 --out r.pdf"
"$B" report "$S/sjobo-2015.toml" "$S/sjobo-2017.toml" --replications 4 --years 1 --out r.pdf > report.txt
check_file r.pdf

step "history (the run above is kept in the user's data folder)"
"$B" history | tee history.txt | tail -2
grep -q "Sjöbo 2015" history.txt || { echo "FEL: körningen finns inte i historiken" >&2; exit 1; }

step "the default storyline is found inside the bundle"
[ -f "$ROOT/dist/Barntid/_internal/scenarios/storylines/sjobo.toml" ] || { echo "FEL: berättelsen saknas" >&2; exit 1; }

step "nothing written next to the program; settings and history in the user's folders"
changed=$(find "$ROOT/dist/Barntid" -newer "$work/stamp" | head -5)
[ -z "$changed" ] || { echo "FEL: programmet skrev i sin egen mapp: $changed" >&2; exit 1; }
check_file "$HOME/.local/share/barntid/history.sqlite3"
check_file "$HOME/.config/Barntid/barntid.ini"

echo "Bundle OK: $(du -sh "$ROOT/dist/Barntid" | cut -f1) i dist/Barntid"
