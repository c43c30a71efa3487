#!/usr/bin/env bash
# Fuzz campaign: builds the libFuzzer targets (clang, ASan+UBSan, its own
# build dir), runs each for a while, merges the new interesting inputs into
# corpora/fuzz/<target>/ (minimised, named by SHA-1), and reports per target
# execs/s, coverage (libFuzzer's cov:/ft:), new inputs and crashes. A crash,
# leak, timeout or OOM input is copied into corpora/fuzz/<target>/ as a
# regression input (listed in corpora/fuzz/regressions.txt) and the script
# exits 1.
#
# The committed corpus is: the regression inputs, the hand-made edge-case
# seeds of fuzz/make_seeds.py (regenerated here), and a minimal set of the
# rest covering every edge libFuzzer saw (-merge=1 -use_counters=0), which
# keeps it to a few hundred small files per target.
#
#   ci/fuzz-campaign.sh                  # 60 s per target (CI)
#   ci/fuzz-campaign.sh --seconds 300
#   ci/fuzz-campaign.sh --hours 2        # a campaign: 2 h per target
#   ci/fuzz-campaign.sh --targets "fuzz_bounded fuzz_params" --jobs 2
#
# Options:
#   --seconds S | --hours H   time per target (default 60 s)
#   --jobs J                  targets fuzzed at once (default: CPU count)
#   --targets "T ..."         subset (default: every fuzz/fuzz_*.c)
#   --build-dir DIR           default build-fuzz-campaign
#   --seeds DIR               extra seed folder(s) DIR/<target>/ read too
#   --no-merge                fuzz and report only; leave corpora/fuzz alone
#   --no-build                use the binaries already in the build dir
# While fuzzing, progress (targets done, execs, exec/s, time left) goes to
# stderr: in place on a terminal, a line every 30 s with CI set or off one.
# Exit status: 0 no crash, 1 a crash (or a build failure), 2 usage.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
seconds=60
jobs=$(nproc 2>/dev/null || echo 2)
targets=""
build="$root/build-fuzz-campaign"
seeds=""
merge=1
do_build=1

while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --hours) seconds=$(awk "BEGIN { printf \"%d\", $2 * 3600 }"); shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --targets) targets=$2; shift 2 ;;
    --build-dir) build=$2; shift 2 ;;
    --seeds) seeds=$2; shift 2 ;;
    --no-merge) merge=0; shift ;;
    --no-build) do_build=0; shift ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

if [ -z "$targets" ]; then
  targets=$(cd "$root/fuzz" && ls fuzz_*.c | sed 's/\.c$//' | tr '\n' ' ')
fi

if [ "$do_build" = 1 ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_C_COMPILER=clang -DNPRAND_FUZZ=ON \
    -DNPRAND_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  # shellcheck disable=SC2086
  cmake --build "$build" --target $targets
fi

work="$build/fuzz-campaign"
mkdir -p "$work"
rm -rf "$work/seeds"
python3 "$root/fuzz/make_seeds.py" "$work/seeds"

run_one() {
  local t=$1 bin="$build/bin/$1" dir="$work/$1" corpus="$root/corpora/fuzz/$1"
  local dict=() extra=()
  rm -rf "$dir"
  mkdir -p "$dir/new" "$dir/crashes" "$corpus"
  [ -f "$root/fuzz/$t.dict" ] && dict=(-dict="$root/fuzz/$t.dict")
  [ -d "$work/seeds/$t" ] && extra=("$work/seeds/$t")
  [ -n "$seeds" ] && [ -d "$seeds/$t" ] && extra+=("$seeds/$t")
  # New inputs go to the first folder; the committed corpus is only read.
  "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
    -print_final_stats=1 -artifact_prefix="$dir/crashes/" "${dict[@]}" \
    "$dir/new" "$corpus" "${extra[@]}" >"$dir/fuzz.log" 2>&1 || true
}

# Progress while the targets run (targets done, executions, exec/s, time
# left) on stderr: redrawn each second on a terminal; with CI set or off a
# terminal, a line every NPRAND_PROGRESS_INTERVAL seconds (default 30).
n_targets=$(echo $targets | wc -w)
campaign_start=$(date +%s)
campaign_seconds=$(( (n_targets + jobs - 1) / jobs * seconds ))
progress_interval=${NPRAND_PROGRESS_INTERVAL:-30}
progress_last=$campaign_start
finished=0
if [ -t 2 ] && case "${CI:-}" in "" | 0 | false) true ;; *) false ;; esac; then
  progress_tty=1
else
  progress_tty=0
fi
progress() {
  local now elapsed execs n left line
  now=$(date +%s)
  elapsed=$(( now - campaign_start ))
  execs=0
  for t in $targets; do
    # libFuzzer's status lines start with #<executions so far>.
    n=$(tail -c 4096 "$work/$t/fuzz.log" 2>/dev/null | grep -ao '^#[0-9]*' | tail -n 1 | tr -d '#' || true)
    execs=$(( execs + ${n:-0} ))
  done
  left=$(( campaign_seconds > elapsed ? campaign_seconds - elapsed : 0 ))
  line=$(printf 'fuzz: %d/%d targets, %d execs, %d exec/s, %d:%02d left' "$finished" "$n_targets" "$execs" \
    $(( execs / (elapsed > 0 ? elapsed : 1) )) $(( left / 60 )) $(( left % 60 )))
  if [ "$progress_tty" = 1 ]; then
    printf '\r\033[K%s' "$line" >&2
  elif [ $(( now - progress_last )) -ge "$progress_interval" ]; then
    printf '%s\n' "$line" >&2
    progress_last=$now
  fi
}
wait_for() {
  while kill -0 "$1" 2>/dev/null; do
    progress
    sleep 1
  done
  wait "$1"
  finished=$(( finished + 1 ))
}

pids=()
for t in $targets; do
  run_one "$t" &
  pids+=($!)
  if [ ${#pids[@]} -ge "$jobs" ]; then
    wait_for "${pids[0]}"
    pids=("${pids[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait_for "$p"; done
if [ "$progress_tty" = 1 ]; then printf '\r\033[K' >&2; fi

crashed=0
printf '\n%-20s %10s %9s %7s %7s %8s %8s %6s %8s\n' target execs exec/s cov ft corpus "->" new crashes
for t in $targets; do
  dir="$work/$t" corpus="$root/corpora/fuzz/$t" bin="$build/bin/$t"
  log="$dir/fuzz.log"
  before=$(find "$corpus" -type f | wc -l)
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  last=$(grep -E '^#[0-9]+' "$log" | grep -E 'cov: ' | tail -1 || true)
  cov=$(echo "$last" | grep -o 'cov: [0-9]*' | grep -o '[0-9]*' || echo "?")
  ft=$(echo "$last" | grep -o 'ft: [0-9]*' | grep -o '[0-9]*' || echo "?")
  found=$(find "$dir/new" -type f | wc -l)
  after=$before
  if [ "$merge" = 1 ]; then
    # Minimise corpus + new inputs into a fresh folder that starts with the
    # regression inputs and the hand-made seeds (so they always stay), then
    # replace the committed corpus.
    min="$dir/min"
    rm -rf "$min"
    mkdir -p "$min"
    if [ -f "$root/corpora/fuzz/regressions.txt" ]; then
      awk -v t="$t" '$1 == t { print $2 }' "$root/corpora/fuzz/regressions.txt" | while read -r h; do
        if [ -f "$corpus/$h" ]; then cp "$corpus/$h" "$min/"; fi
      done
    fi
    if [ -d "$work/seeds/$t" ]; then cp "$work/seeds/$t"/* "$min/" 2>/dev/null || true; fi
    if "$bin" -merge=1 -use_counters=0 -timeout=10 -rss_limit_mb=2048 -max_len=4096 "$min" "$corpus" \
        "$dir/new" >"$dir/merge.log" 2>&1; then
      find "$corpus" -type f -delete
      for f in "$min"/*; do
        [ -f "$f" ] || continue
        cp "$f" "$corpus/$(sha1sum "$f" | cut -c1-40)"
      done
      after=$(find "$corpus" -type f | wc -l)
    else
      echo "$t: merge failed, corpus left as it was (see $dir/merge.log)" >&2
    fi
  fi
  ncrash=0
  for f in "$dir"/crashes/*; do
    [ -f "$f" ] || continue
    ncrash=$((ncrash + 1))
    h=$(sha1sum "$f" | cut -c1-40)
    cp "$f" "$corpus/$h"
    if ! grep -q "^$t $h" "$root/corpora/fuzz/regressions.txt" 2>/dev/null; then
      echo "$t $h $(basename "$f") $(date -u +%Y-%m-%d)" >>"$root/corpora/fuzz/regressions.txt"
    fi
    echo "CRASH $t: $(basename "$f") -> corpora/fuzz/$t/$h" >&2
    grep -m1 -E 'ERROR|runtime error|invariant failed' "$log" >&2 || true
  done
  [ "$ncrash" -gt 0 ] && crashed=1
  printf '%-20s %10s %9s %7s %7s %8s %8s %6s %8s\n' "$t" "$execs" "$rate" "$cov" "$ft" "$before" "$after" \
    "$found" "$ncrash"
done
echo "logs: $work/<target>/fuzz.log"
if [ "$crashed" = 1 ]; then
  echo "crashes were found: fix them; the inputs are now regression tests in corpora/fuzz/" >&2
  exit 1
fi
