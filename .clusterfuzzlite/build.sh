#!/bin/bash -eu
# ClusterFuzzLite / OSS-Fuzz build script: builds every fuzz/fuzz_*.c target
# with CMake and copies into $OUT, per target <target> (the binary),
# <target>_seed_corpus.zip (corpora/fuzz/<target>/), <target>.dict (when
# fuzz/<target>.dict exists) and <target>.options (libFuzzer max_len, as
# ci/fuzz-campaign.sh runs them).
#
# Honours the OSS-Fuzz build environment: $CC, $CFLAGS (sanitizer and
# coverage flags: nothing is added to them), $LIB_FUZZING_ENGINE (the engine
# the targets are linked with, through the CMake option NPRAND_FUZZ_ENGINE),
# $SRC (the sources: $SRC/nprand, and $SRC/cJSON when the Dockerfile fetched
# it), $OUT, $WORK (scratch) and $SANITIZER.
#
# Run locally (ctest fuzz.clusterfuzzlite_build does this):
#   CC=clang CFLAGS="-fsanitize=address,fuzzer-no-link" \
#   LIB_FUZZING_ENGINE=-fsanitize=fuzzer SRC=/tmp/src OUT=/tmp/out WORK=/tmp/work \
#   .clusterfuzzlite/build.sh        # with /tmp/src/nprand -> this checkout
# NPRAND_JOBS caps the build's parallelism (default: every CPU).

src="${SRC:-}/nprand"
if [ ! -f "$src/CMakeLists.txt" ]; then
  src=$(cd "$(dirname "$0")/.." && pwd)
fi
work="${WORK:-/tmp}/nprand-cflite"
jobs="${NPRAND_JOBS:-$(nproc)}"
cflags="${CFLAGS:-}"
# The generators wrap unsigned arithmetic on purpose; OSS-Fuzz's UBSan flags
# include the (non-UB) unsigned-integer-overflow check, which would report
# every PCG/MT step.
if [ "${SANITIZER:-}" = undefined ]; then
  cflags="$cflags -fno-sanitize=unsigned-integer-overflow"
fi
generator=()
if command -v ninja >/dev/null 2>&1; then
  generator=(-G Ninja)
fi
mkdir -p "$work" "$OUT"

# cJSON >= 1.7.13, static and instrumented like everything else, when its
# source is there (the Dockerfile fetches it); otherwise pkg-config's libcjson.
if [ -f "$SRC/cJSON/CMakeLists.txt" ]; then
  cmake -S "$SRC/cJSON" -B "$work/cjson-build" "${generator[@]}" \
    -DCMAKE_C_COMPILER="$CC" -DCMAKE_C_FLAGS="$cflags" -DCMAKE_BUILD_TYPE=None \
    -DBUILD_SHARED_LIBS=OFF -DENABLE_CJSON_TEST=OFF -DENABLE_CJSON_UTILS=OFF \
    -DENABLE_CUSTOM_COMPILER_FLAGS=OFF -DCMAKE_INSTALL_PREFIX="$work/deps" -DCMAKE_INSTALL_LIBDIR=lib
  cmake --build "$work/cjson-build" -j "$jobs"
  cmake --install "$work/cjson-build"
  export PKG_CONFIG_PATH="$work/deps/lib/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
fi

targets=$(cd "$src/fuzz" && ls fuzz_*.c | sed 's/\.c$//')

# Build type None: no -O2/-g/-DNDEBUG on top of $CFLAGS (asserts stay on).
cmake -S "$src" -B "$work/build" "${generator[@]}" \
  -DCMAKE_C_COMPILER="$CC" -DCMAKE_C_FLAGS="$cflags" -DCMAKE_BUILD_TYPE=None \
  -DNPRAND_FUZZ_ENGINE="$LIB_FUZZING_ENGINE" -DNPRAND_BUILD_TESTS=ON -DNPRAND_BUILD_BENCH=OFF
# shellcheck disable=SC2086
cmake --build "$work/build" -j "$jobs" --target $targets

for t in $targets; do
  cp "$work/build/bin/$t" "$OUT/$t"
  corpus="$src/corpora/fuzz/$t"
  rm -f "$OUT/${t}_seed_corpus.zip"
  if [ -d "$corpus" ] && [ -n "$(ls -A "$corpus")" ]; then
    if command -v zip >/dev/null 2>&1; then
      (cd "$corpus" && zip -q -X "$OUT/${t}_seed_corpus.zip" ./*)
    else
      python3 - "$corpus" "$OUT/${t}_seed_corpus.zip" <<'PY'
import os, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
    for name in sorted(os.listdir(src)):
        z.write(os.path.join(src, name), name)
PY
    fi
  fi
  if [ -f "$src/fuzz/$t.dict" ]; then
    cp "$src/fuzz/$t.dict" "$OUT/$t.dict"
  fi
  printf '[libfuzzer]\nmax_len = 4096\n' >"$OUT/$t.options"
done
echo "nprand: built $(wc -w <<<"$targets") fuzz targets into $OUT"
