#!/bin/sh
# Runs one fuzzer for a while over the kept corpus; new inputs go to a temporary folder (kept corpus unchanged).
# A crash, a leak or undefined behaviour fails the run, and the input is left in the temporary folder's parent.
set -eu
fuzzer=$1
corpus=$2
seconds=$3
work=$(mktemp -d)
trap 'rm -rf "$work/new"' EXIT
mkdir -p "$work/new"
cd "$work"
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 "$work/new" "$corpus"
