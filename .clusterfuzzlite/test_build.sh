#!/usr/bin/env bash
# ctest fuzz.clusterfuzzlite_build: runs .clusterfuzzlite/build.sh locally
# the way ClusterFuzzLite's address build does (CC=clang, CFLAGS with
# -fsanitize=address,fuzzer-no-link, LIB_FUZZING_ENGINE=-fsanitize=fuzzer,
# SRC/OUT/WORK in a temporary folder, $SRC/nprand -> this checkout), then
# checks that every fuzz/fuzz_*.c target landed in $OUT with its seed corpus
# zip (and dictionary, where there is one), and that one target runs
# -runs=10 over its unzipped corpus. Exit 77 (ctest SKIP_RETURN_CODE) when
# clang or its libFuzzer runtime is missing.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
skip() {
  echo "SKIP: $*"
  exit 77
}

command -v clang >/dev/null 2>&1 || skip "clang not found (ClusterFuzzLite builds with clang)"
command -v cmake >/dev/null 2>&1 || skip "cmake not found"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/nprand-cflite.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n);\n%s\n' \
  'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { (void)d; (void)n; return 0; }' \
  >"$tmp/probe.c"
clang -fsanitize=address,fuzzer "$tmp/probe.c" -o "$tmp/probe" >/dev/null 2>&1 ||
  skip "clang cannot link -fsanitize=address,fuzzer (no libFuzzer/ASan runtime)"

export CC=clang CXX=clang++
export CFLAGS="-O1 -fno-omit-frame-pointer -gline-tables-only -fsanitize=address -fsanitize-address-use-after-scope -fsanitize=fuzzer-no-link"
export LIB_FUZZING_ENGINE=-fsanitize=fuzzer SANITIZER=address FUZZING_ENGINE=libfuzzer
export SRC="$tmp/src" OUT="$tmp/out" WORK="$tmp/work"
export NPRAND_JOBS="${NPRAND_JOBS:-2}"
mkdir -p "$SRC" "$OUT" "$WORK"
ln -s "$root" "$SRC/nprand"

start=$(date +%s)
if ! bash "$root/.clusterfuzzlite/build.sh" >"$tmp/build.log" 2>&1; then
  tail -40 "$tmp/build.log"
  echo "FAIL: build.sh failed"
  exit 1
fi
echo "build.sh: $(($(date +%s) - start)) s"

fail=0
targets=$(cd "$root/fuzz" && ls fuzz_*.c | sed 's/\.c$//')
for t in $targets; do
  if [ ! -x "$OUT/$t" ]; then
    echo "FAIL: $OUT/$t missing"
    fail=1
  fi
  if [ -n "$(ls -A "$root/corpora/fuzz/$t" 2>/dev/null)" ]; then
    want=$(ls -A "$root/corpora/fuzz/$t" | wc -l)
    got=$(python3 -c 'import sys, zipfile; print(len(zipfile.ZipFile(sys.argv[1]).namelist()))' \
      "$OUT/${t}_seed_corpus.zip" 2>/dev/null || echo 0)
    if [ "$got" != "$want" ]; then
      echo "FAIL: $OUT/${t}_seed_corpus.zip holds $got files, corpora/fuzz/$t has $want"
      fail=1
    fi
  fi
  if [ -f "$root/fuzz/$t.dict" ] && ! cmp -s "$root/fuzz/$t.dict" "$OUT/$t.dict"; then
    echo "FAIL: $OUT/$t.dict missing"
    fail=1
  fi
  [ -f "$OUT/$t.options" ] || { echo "FAIL: $OUT/$t.options missing"; fail=1; }
done
[ "$fail" = 0 ] || exit 1

# One binary runs as ClusterFuzzLite runs it: its seed corpus, then 10 runs.
t=fuzz_seedsequence
[ -x "$OUT/$t" ] || t=$(echo "$targets" | head -1)
mkdir -p "$tmp/corpus"
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' \
  "$OUT/${t}_seed_corpus.zip" "$tmp/corpus"
if ! (cd "$tmp" && "$OUT/$t" -runs=10 -max_len=4096 "$tmp/corpus" >"$tmp/run.log" 2>&1); then
  tail -30 "$tmp/run.log"
  echo "FAIL: $t -runs=10 over its corpus"
  exit 1
fi
grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$tmp/run.log" || true
echo "PASS: $(wc -w <<<"$targets") targets, seed corpora and dictionaries in \$OUT; $t ran -runs=10"
