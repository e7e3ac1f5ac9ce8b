#!/usr/bin/env bash
# Reproduces BENCHMARKS.md in one command: bash scripts/bench_peers.sh [CORPUS.jsonl]
#
# 1. installs pyvi and underthesea from PyPI into target/peers-venv (once);
# 2. runs them on the corpus on one core (scripts/peers/peers.py);
# 3. runs thoisu-bench (every stage, one thread, then N threads);
# 4. times `thoisu extract --threads 1` on one core;
# 5. times `thoisu ingest --threads 2` into a fresh store on 1x, 2x and 4x
#    the corpus (copies made in $TMPDIR with changed ids and texts, so the
#    store does not skip them as duplicates; never committed);
# 6. prints every thoisu figure as a ratio to the peers (scripts/peers/report.py).
#
# Results land in target/bench-run/ (report.md is the table for BENCHMARKS.md).
# Environment: SEGMENT_SAMPLE (articles for the underthesea segmenter, default
# 1000), NER_SAMPLE (underthesea NER, default 200), PYVI_SAMPLE (pyvi, default
# all), SKIP_PEERS=1 to reuse the last peer figures.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-../shared/bench/news2017.jsonl}
DATE=2017-06-30
OUT=target/bench-run
SCALE_DIR=${TMPDIR:-/tmp}/thoisu-bench-scale
VENV=target/peers-venv
mkdir -p "$OUT" "$SCALE_DIR"
PIN=()
if command -v taskset >/dev/null; then PIN=(taskset -c 0); fi
TIME=/usr/bin/time

{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "ram: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "kernel: $(uname -r)"
  echo "rustc: $(rustc --version)"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/machine.txt"

if [ "${SKIP_PEERS:-0}" != 1 ] || [ ! -f "$OUT/peers.json" ]; then
  if ! "$VENV/bin/python" -c 'import pyvi, underthesea' 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q pyvi underthesea
  fi
  echo "== peers, one core"
  "${PIN[@]}" "$VENV/bin/python" scripts/peers/peers.py "$CORPUS" "$OUT/peers.json" \
    --segment-sample "${SEGMENT_SAMPLE:-1000}" --ner-sample "${NER_SAMPLE:-200}" \
    --pyvi-sample "${PYVI_SAMPLE:-0}"
fi

cargo build --release -q -p thoisu -p thoisu-bench

echo "== thoisu-bench"
target/release/thoisu-bench "$CORPUS" --date "$DATE" --threads "$(nproc)" --tsv "$OUT/bench.tsv" \
  | tee "$OUT/bench.txt"

echo "== thoisu extract --threads 1, one core"
"$TIME" -o "$OUT/extract.time" -f '%e %M' "${PIN[@]}" \
  target/release/thoisu extract "$CORPUS" --threads 1 --date "$DATE" > /dev/null
cat "$OUT/extract.time"

echo "== thoisu ingest --threads 2, fresh store: 1x, 2x, 4x the corpus"
python3 scripts/peers/scale.py "$CORPUS" "$SCALE_DIR" 1 2 4
for k in 1 2 4; do
  rm -f "$SCALE_DIR/x$k.db" "$SCALE_DIR/x$k.db-wal" "$SCALE_DIR/x$k.db-shm"
  "$TIME" -o "$OUT/ingest$k.time" -f '%e %M' \
    target/release/thoisu ingest "$SCALE_DIR/x$k.jsonl" --db "$SCALE_DIR/x$k.db" \
    --threads 2 --date "$DATE" > "$OUT/ingest$k.out" 2> "$OUT/ingest$k.err" || true
  echo "x$k: $(cat "$OUT/ingest$k.out") [wall s, peak KiB: $(cat "$OUT/ingest$k.time")]"
  rm -f "$SCALE_DIR/x$k.db" "$SCALE_DIR/x$k.db-wal" "$SCALE_DIR/x$k.db-shm"
done
rm -f "$SCALE_DIR"/x*.jsonl
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"

python3 scripts/peers/report.py "$OUT" "$CORPUS" | tee "$OUT/report.md"
