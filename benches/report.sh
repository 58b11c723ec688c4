#!/usr/bin/env bash
# Whole-run throughput of `claimcheck report` on one core, on a generated ~50 MB dump.
#
#   bash benches/report.sh [RUNS] [FORMAT]     (defaults: 9 runs, `short`)
#
# The dump is the seed dispatches (../shared/seed) repeated 3200 times, real copy's density of
# figures (54.7 MB); without the seed, the example texts repeated to 50 MB (a figure every ~50
# bytes: a harder input). Prints the minimum, median and maximum of wall and user time over
# the runs, and the median throughput. Run it on a quiet machine: shared machines vary by 10 %.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
format=${2:-short}

cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/claimcheck
dump=${TMPDIR:-/tmp}/claimcheck-bench-dump.txt
if compgen -G "../shared/seed/*.txt" >/dev/null; then
  for _ in $(seq 3200); do cat ../shared/seed/*.txt; done >"$dump"
  what="the seed dispatches repeated"
else
  : >"$dump"
  while [ "$(wc -c <"$dump")" -lt 50000000 ]; do cat examples/*.txt >>"$dump"; done
  what="the example texts repeated"
fi
bytes=$(wc -c <"$dump")

TIMEFORMAT='%R %U'
for _ in $(seq "$runs"); do
  { time "$bin" report --threads 1 --fail-on never --format "$format" "$dump" >/dev/null 2>&1; } 2>&1
done | awk -v bytes="$bytes" -v what="$what" -v format="$format" '
  { wall[NR] = $1; user[NR] = $2 }
  function sort(a, n,   i, j, t) {
    for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
  }
  END {
    n = NR; sort(wall, n); sort(user, n); m = int((n + 1) / 2)
    printf "%s, %.1f MB, --format %s, %d runs, one core\n", what, bytes / 1e6, format, n
    printf "wall: min %.3f s, median %.3f s, max %.3f s -> %.0f MB/s at the median\n", wall[1], wall[m], wall[n], bytes / 1e6 / wall[m]
    printf "user: min %.3f s, median %.3f s, max %.3f s -> %.0f MB/s at the median\n", user[1], user[m], user[n], bytes / 1e6 / user[m]
  }'
rm -f "$dump"
