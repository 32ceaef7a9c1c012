#!/bin/bash
# The dev gates a matching change is measured by, in one run, written to OUT/ (about 3-6 min on 2 cores):
#   bash benchmarks/dev_gates.sh OUT [TREE]          # TREE: a checkout (default: this one)
#   bash benchmarks/dev_gates.sh --compare BASE NEW  # per-set and per-file differences of two runs
# Probe pairs (sets 1-40) and held-out sets on both paths (the blind sets left out: BLIND, a regex of
# file names, default the sets kept unread, see docs/matching.md), category probes, derived pairs,
# `train_decision.py --check` (MRPC, STS, ECB+), look-alike events and the golden outputs.
# PYTHON: the interpreter (default TREE/.venv/bin/python, else this checkout's).
set -u
if [ "${1:-}" = "--compare" ]; then
  B=$2; N=$3
  for f in probe_sem probe_lex held_sem held_lex cat_sem cat_lex; do
    echo "== $f: $(grep -E '^all +[0-9]' "$B/$f.txt") -> $(grep -E '^all +[0-9]' "$N/$f.txt")"
    diff <(grep -E '^\S+\.tsv ' "$B/$f.txt") <(grep -E '^\S+\.tsv ' "$N/$f.txt") | grep '^[<>]'
  done
  diff "$B/derived.txt" "$N/derived.txt" && echo "derived: same"
  diff <(grep -iE "accuracy|spearman|ecb" "$B/train.txt") <(grep -iE "accuracy|spearman|ecb" "$N/train.txt") && echo "train: same"
  diff <(grep "all dev topics" "$B/events.txt" | sed -E 's/, [0-9]+ s$//') \
       <(grep "all dev topics" "$N/events.txt" | sed -E 's/, [0-9]+ s$//') && echo "events: same"
  diff -r -q -x golden.db -x "*.db-*" "$B/golden" "$N/golden" && echo "golden: same"
  exit 0
fi
OUT=$(realpath -m "$1"); HERE=$(cd "$(dirname "$0")/.." && pwd); TREE=$(realpath "${2:-$HERE}")
BLIND=${BLIND:-'set16[5-8]'}
PY=${PYTHON:-$([ -x "$TREE/.venv/bin/python" ] && echo "$TREE/.venv/bin/python" || echo "$HERE/.venv/bin/python")}
mkdir -p "$OUT"; cd "$TREE" || exit 1
[ -d "$TREE/../shared/corpus" ] || echo "dev_gates: no $TREE/../shared/corpus: the MRPC / STS / ECB+ and look-alike gates need it beside the tree (ln -s it)" >&2
export PYTHONPATH=$TREE QT_QPA_PLATFORM=offscreen
HELD=$(ls benchmarks/data/held_out/set*.tsv | grep -Ev "$BLIND" | sort -V)
CAT=$(ls benchmarks/data/category_probes/*.tsv | sort)
( "$PY" benchmarks/probe_pairs.py > "$OUT/probe_sem.txt"
  "$PY" benchmarks/probe_pairs.py --no-semantic > "$OUT/probe_lex.txt"
  "$PY" benchmarks/probe_pairs.py $HELD > "$OUT/held_sem.txt"
  "$PY" benchmarks/probe_pairs.py --no-semantic $HELD > "$OUT/held_lex.txt" ) &
( "$PY" benchmarks/probe_pairs.py $CAT > "$OUT/cat_sem.txt"
  "$PY" benchmarks/probe_pairs.py --no-semantic $CAT > "$OUT/cat_lex.txt"
  { "$PY" benchmarks/derived_pairs.py; "$PY" benchmarks/derived_pairs.py --no-semantic; } > "$OUT/derived.txt"
  "$PY" benchmarks/train_decision.py --check > "$OUT/train.txt" 2>&1
  "$PY" benchmarks/matching_events.py > "$OUT/events.txt" 2>&1
  rm -rf "$OUT/golden"; "$PY" benchmarks/golden_outputs.py "$OUT/golden" > /dev/null 2>&1 ) &
wait
for f in probe_sem probe_lex held_sem held_lex cat_sem cat_lex; do echo "$f: $(grep -E '^all +[0-9]' "$OUT/$f.txt")"; done
grep -E "^\S.* / " "$OUT/derived.txt"; grep -iE "accuracy|spearman|ecb" "$OUT/train.txt"; grep "all dev topics" "$OUT/events.txt"
