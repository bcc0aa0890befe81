#!/bin/sh
# The `bench` target: every benchmark on one demo book (ten years unless GRAMDESK_BENCH_YEARS says otherwise),
# its output kept, and the rows of their tables gathered into a markdown table.
# Usage: run_all.sh BENCH_DIR OUTPUT.md
set -eu
dir=$1
out=$2
book=${GRAMDESK_BENCH_BOOK:-$dir/bench-demo.gramdesk}
export GRAMDESK_BENCH_BOOK="$book" QT_QPA_PLATFORM=offscreen
log=$(mktemp)
{
  echo "# GramDesk benchmarks"
  echo
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(uname -m)), demo book of ${GRAMDESK_BENCH_YEARS:-10} years."
  echo "Each ratio is against a floor measured in the same run (see each benchmark's source for its floor)."
  echo
  echo "| benchmark | measure | floor ms | GramDesk ms | ratio |"
  echo "|---|---|---:|---:|---:|"
} > "$out"
for b in bench_start bench_writes bench_dashboard bench_search bench_typing bench_registers bench_documents; do
  "$dir/$b" > "$log" 2>&1 || { cat "$log"; echo "$b failed"; exit 1; }
  cat "$log"
  sed -nE "s/^  ([^ ].*[^ ]) +([0-9.]+) +([0-9.]+) +([0-9.]+)$/| $b | \1 | \2 | \3 | \4 |/p" "$log" >> "$out"
  sed -nE "s/^bench_documents: (.*) rendered in ([0-9]+) ms; floor \((.*)\) ([0-9]+) ms; ratio ([0-9.]+)$/| $b | \1 rendered (floor: \3) | \4 | \2 | \5 |/p" "$log" >> "$out"
  grep -E "^  (import rate|peak memory)" "$log" | sed -E "s/^  (.*)$/| $b | \1 | | | |/" >> "$out" || true
done
rm -f "$log"
echo "wrote $out"
