#!/usr/bin/env bash
# Scores a thoisu binary on private held-out sets (docs/heldout.md), one row a set:
#   bash scripts/score_sets.sh BIN DIR/heldout20 DIR/heldout21 ...
# Each set folder holds articles/ and gold/ (GOLD.md). Prints F1 per area.
set -euo pipefail
bin=$1; shift
score=${SCORE:-../shared/eval/score.py}
printf '%-12s %6s %6s %6s %6s %6s %6s\n' set ents events agree dates meta body
for s in "$@"; do
  python3 "$score" --gold "$s/gold" --articles "$s/articles" --run "$bin extract" --json |
    python3 -c "import json,sys; d=json.load(sys.stdin); print('%-12s' % sys.argv[1], ' '.join('%6.3f' % d[k]['f1'] for k in ('entities','events','agreements','dates','meta','body')), ' failed', d['failed'])" "$(basename "$s")"
done
