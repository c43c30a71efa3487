#!/usr/bin/env bash
# Every test: build, ctest (unit, conformance, fuzz replay, bench smoke), the
# cross-architecture sample (ci/cross.sh --sample: aarch64 and s390x under qemu),
# the live oracle with fresh seeds, the drift check of the committed corpus,
# the differential test against NumPy/CPython through `nprand --batch`, the
# fuzz corpora through both (fuzz differential), and the whole ctest suite
# again under ASan+UBSan. CI runs it as it is (sampled: well under 20 minutes
# on 2 cores); `ci/test.sh --full` takes the large samples (10,000 live seeds
# per legacy case, 1,000 per other case, every seed under ASan+UBSan).
#   NPRAND_LIVE_LEGACY_SEEDS  seeds per legacy case in live mode (default 3000; --full 10000)
#   NPRAND_LIVE_SEEDS   seeds per case of the other families in live mode (default 300; --full 1000)
#   NPRAND_DIFF_COUNT   random requests per family in the differential test (default 2000)
#   NPRAND_ASAN_SEEDS   seeds per oracle file replayed under ASan+UBSan (default 30; -1: all; --full -1)
#   NPRAND_MVN_DIFF_COUNT  multivariate_normal-only random requests per family (default 500)
#   NPRAND_SKIP_NOLINALG=1  skip the NPRAND_LINALG=OFF build
#   NPRAND_SKIP_SANITIZE=1  skip the sanitizer pass
set -uo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--full" ]; then
  : "${NPRAND_LIVE_LEGACY_SEEDS:=10000}" "${NPRAND_LIVE_SEEDS:=1000}" "${NPRAND_ASAN_SEEDS:=-1}"
  shift
fi
ci/setup.sh || exit 1
jobs=$(nproc)
failed=()
started=$SECONDS
step_started=
# Each step's heading, and how long the one before it took (the CI budget is
# well under 20 minutes on 2 cores: see the knobs above).
step() {
  [ -n "$step_started" ] && echo "   (step took $((SECONDS - step_started)) s)"
  step_started=$SECONDS
  echo; echo "== $*"
}
run() { "$@" || failed+=("$*"); }

step "build (build/)"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null || exit 1
cmake --build build -j"$jobs" >build/build.log 2>&1 || { cat build/build.log; exit 1; }
grep -E "warning:" build/build.log && failed+=("build warnings (build/build.log)")

step "ctest: unit, conformance, fuzz replay, bench smoke"
run ctest --test-dir build -j"$jobs" --output-on-failure --output-junit junit.xml

step "cross-architecture sample: aarch64 and big-endian s390x under qemu-user (ci/cross.sh --sample)"
run ci/cross.sh --sample

if py=$(ci/find-python.sh); then
  step "live oracle: fresh seeds through NumPy ($py), compared with nprand"
  rm -rf build/oracle-live
  run "$py" oracle/generate.py --out build/oracle-live --stream live --family legacy \
      --seeds "${NPRAND_LIVE_LEGACY_SEEDS:-3000}" --quiet
  for fam in mt19937 pcg64 pcg64dxsm philox sfc64 seedsequence python; do
    run "$py" oracle/generate.py --out build/oracle-live --stream live --family "$fam" \
        --seeds "${NPRAND_LIVE_SEEDS:-300}" --quiet
  done
  run build/bin/nprand-conformance --quiet --report-md build/conformance-live.md build/oracle-live

  step "drift check: the committed corpus equals a fresh regeneration"
  run "$py" oracle/drift.py --corpus corpora/oracle

  step "differential: random requests through NumPy/CPython and nprand --batch"
  run "$py" oracle/differential.py --nprand build/bin/nprand --count "${NPRAND_DIFF_COUNT:-2000}"
  run "$py" oracle/differential.py --nprand build/bin/nprand --method multivariate_normal \
    --count "${NPRAND_MVN_DIFF_COUNT:-500}"

  step "fuzz differential: the fuzz_bounded/fuzz_legacy_seed corpora through NumPy and nprand --batch"
  run "$py" oracle/fuzz_differential.py --nprand build/bin/nprand --requests-from build/bin/nprand-fuzz-requests
else
  echo "SKIPPED live oracle, drift check, differential and fuzz differential tests: no Python with NumPy 1.24 (see above)" >&2
  failed+=("oracle steps (no NumPy)")
fi

step "CPython 3.13/3.14 through pyodide, sampled (everything: ci/pyodide.sh --full)"
run ci/pyodide.sh

if [ "${NPRAND_SKIP_NOLINALG:-0}" != 1 ]; then
  # A machine without BLAS/LAPACK: the core, CLI and tests build and pass,
  # multivariate_normal answers its documented NotImplementedError and its
  # oracle files are skipped.
  step "NPRAND_LINALG=OFF build (build-nolinalg/): unit tests and one conformance family"
  cmake --preset nolinalg >/dev/null || exit 1
  cmake --build build-nolinalg -j"$jobs" >/dev/null || exit 1
  run ctest --test-dir build-nolinalg -j"$jobs" --output-on-failure -L unit
  run ctest --test-dir build-nolinalg --output-on-failure -R '^conformance\.pcg64$'
fi

if [ "${NPRAND_SKIP_SANITIZE:-0}" != 1 ]; then
  step "ctest again under ASan+UBSan (build-asan/)"
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DNPRAND_SANITIZE=ON -DNPRAND_BUILD_BENCH=OFF \
        -DNPRAND_CONFORMANCE_MAX_SEEDS="${NPRAND_ASAN_SEEDS:-30}" >/dev/null || exit 1
  cmake --build build-asan -j"$jobs" >/dev/null || exit 1
  run ctest --test-dir build-asan -j"$jobs" --output-on-failure -LE bench
fi

[ -n "$step_started" ] && echo "   (step took $((SECONDS - step_started)) s)"
echo "== all steps took $((SECONDS - started)) s"
echo
if [ ${#failed[@]} -eq 0 ]; then
  echo "== all test steps passed"
  exit 0
fi
echo "== FAILED steps:"
printf '   %s\n' "${failed[@]}"
exit 1
