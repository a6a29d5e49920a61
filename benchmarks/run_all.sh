#!/bin/sh
# Every benchmark of benchmarks/README.md, in a few minutes on a 2-core machine.
# Usage: sh benchmarks/run_all.sh [RUNS]      (RUNS: launches of each program, default 9)
# The frozen comparison uses $FROZEN, else dist/mediakit/mediakit, built first if missing
# (.venv/bin/pyinstaller packaging/mediakit.spec, 1-5 minutes).
# Bytecode caches are on in every program measured (the scripts remove PYTHONDONTWRITEBYTECODE
# from their children and warm the caches first); results also go to benchmarks/out/ (git-ignored).
set -eu
cd "$(dirname "$0")/.."
RUNS=${1:-9}
PY=.venv/bin/python
OUT=benchmarks/out
mkdir -p "$OUT"
FROZEN=${FROZEN:-dist/mediakit/mediakit}
if [ ! -x "$FROZEN" ]; then
    echo "== building the onedir bundle ($FROZEN not found)"
    env -u PYTHONDONTWRITEBYTECODE .venv/bin/pyinstaller --noconfirm packaging/mediakit.spec > "$OUT/pyinstaller.log" 2>&1
    FROZEN=dist/mediakit/mediakit
fi
echo "== 1, 2. start-up and memory: the bare PySide6 window, the floor (MediaKit's widgets, no MediaKit code) and MediaKit"
$PY benchmarks/bench_startup.py --floor --runs "$RUNS" --json "$OUT/startup.json"
echo "== 1, 2 for a release never opened before: new (icons and patterns cached) and cold (empty cache folder)"
$PY benchmarks/bench_startup.py --cache new --runs "$RUNS" --json "$OUT/startup-new.json"
$PY benchmarks/bench_startup.py --cache cold --runs "$RUNS" --json "$OUT/startup-cold.json"
echo "== --json on the seed against importing markdown and phonenumbers"
$PY benchmarks/bench_json.py --runs $((RUNS + 2))
echo "== a 20-page PDF"
$PY benchmarks/bench_pdf.py --runs 3
echo "== the start's timeline and imports, a release never opened before"
$PY benchmarks/trace_start.py --cache cold --runs 5
echo "== the core's share of the start"
$PY benchmarks/bench_core_share.py
echo "== 3. scale"
$PY benchmarks/bench_scale.py --json "$OUT/scale.json"
echo "== 4. find as you type"
$PY benchmarks/bench_find.py
echo "== 5. frozen start: the unfrozen app against the onedir bundle"
$PY benchmarks/bench_startup.py --runs "$RUNS" --frozen "$FROZEN" --json "$OUT/frozen.json"
