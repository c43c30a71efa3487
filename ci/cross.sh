#!/usr/bin/env bash
# Cross-architecture check: builds nprand with Debian's cross compilers
# against multiarch libcjson-dev/libcmocka-dev, runs the unit tests and the
# fuzz corpus replays (ctest -L 'unit|fuzz') and the committed conformance
# corpus under qemu-user, and prints one summary row per target.
#   ci/cross.sh --sample        aarch64 (64-bit little-endian) and s390x (big-endian),
#                               conformance on NPRAND_CROSS_SAMPLE_SEEDS seeds per case (default 3),
#                               without the fuzz replays (they run natively in ctest)
#   ci/cross.sh --all           the whole matrix, the whole corpus
#   ci/cross.sh [--seeds N] TARGET...   chosen targets (names below); --seeds 0 = every seed
# Targets: aarch64 armhf i686-sse2 i686-x87 s390x riscv64 ppc64el.
# As root it installs what is missing (dpkg --add-architecture, apt-get);
# otherwise it names the packages and stops. Builds land in build-cross/TARGET;
# the table also goes to build-cross/summary.md. Exit status 1 if a target does
# not build, warns, fails a unit test or fails a conformance case; i686-x87's
# failing cases are reported, not fatal: x87's extended precision changes the
# arithmetic itself, so no libm gives the reference bits there (see the
# README's Portability section), and its unit programs skip their value-exact
# checks (harness/unit/unit_arith.h; the table counts the skipped checks).
set -uo pipefail
cd "$(dirname "$0")/.."

seeds=0
targets=()
fuzz=ON
case "${1:-}" in
  --sample) seeds=${NPRAND_CROSS_SAMPLE_SEEDS:-3}; targets=(aarch64 s390x); fuzz=OFF; shift ;;
  --all) targets=(aarch64 armhf i686-sse2 i686-x87 s390x riscv64 ppc64el); shift ;;
esac
while [ $# -gt 0 ]; do
  case "$1" in
    --seeds) seeds=$2; shift 2 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
if [ ${#targets[@]} -eq 0 ]; then
  sed -n '2,19p' "$0" >&2
  exit 2
fi

# target -> gcc triple, Debian architecture, multiarch directory, qemu binary, extra C flags
describe() {
  case "$1" in
    aarch64)   echo "aarch64-linux-gnu arm64 aarch64-linux-gnu qemu-aarch64" ;;
    armhf)     echo "arm-linux-gnueabihf armhf arm-linux-gnueabihf qemu-arm" ;;
    i686-sse2) echo "i686-linux-gnu i386 i386-linux-gnu qemu-i386 -msse2 -mfpmath=sse" ;;
    i686-x87)  echo "i686-linux-gnu i386 i386-linux-gnu qemu-i386 -mfpmath=387" ;;
    s390x)     echo "s390x-linux-gnu s390x s390x-linux-gnu qemu-s390x" ;;
    riscv64)   echo "riscv64-linux-gnu riscv64 riscv64-linux-gnu qemu-riscv64" ;;
    ppc64el)   echo "powerpc64le-linux-gnu ppc64el powerpc64le-linux-gnu qemu-ppc64le" ;;
    *) return 1 ;;
  esac
}

# --- packages -------------------------------------------------------------------
missing=()
arches=()
srcdeps=()
command -v cmake >/dev/null 2>&1 || missing+=(cmake)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
for t in "${targets[@]}"; do
  describe "$t" >/dev/null || { echo "unknown target $t" >&2; exit 2; }
  read -r triple arch multi qemu _ <<<"$(describe "$t")"
  command -v "$triple-gcc" >/dev/null 2>&1 || missing+=("gcc-$triple")
  [ -f "/usr/$triple/include/stdio.h" ] || missing+=("libc6-dev-$arch-cross")
  command -v "$qemu" >/dev/null 2>&1 || missing+=(qemu-user)
  for lib in cjson cmocka; do
    [ -f "/usr/lib/$multi/pkgconfig/lib$lib.pc" ] || [ -f "/usr/lib/$multi/pkgconfig/$lib.pc" ] && continue
    # Debian 12 has no riscv64 port: no multiarch libraries there, so that
    # target builds cJSON and CMocka itself from Debian's source packages
    # (build_source_deps below; apt-get source needs a deb-src entry).
    if [ "$arch" = riscv64 ] && ! apt-cache show "lib$lib-dev:$arch" >/dev/null 2>&1; then
      srcdeps+=("$t")
      command -v dpkg-source >/dev/null 2>&1 || missing+=(dpkg-dev)
      continue
    fi
    missing+=("lib$lib-dev:$arch"); arches+=("$arch")
  done
done
if [ ${#missing[@]} -gt 0 ]; then
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  if [ "$(id -u)" != 0 ]; then
    echo "ci/cross.sh needs these Debian packages: ${missing[*]}" >&2
    echo "run as root: dpkg --add-architecture ARCH for each of: $(printf '%s ' "${arches[@]}" | tr ' ' '\n' | sort -u | tr '\n' ' ')" >&2
    echo "then: apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "== installing ${missing[*]}"
  for a in $(printf '%s\n' "${arches[@]}" | sort -u); do dpkg --add-architecture "$a"; done
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null || exit 1
fi

# --- cJSON and CMocka from source, for a target Debian has no libraries for ------------
# Debian 12's own source packages (apt-get source: upstream code plus
# Debian's patches, the versions the other targets link), built static with
# the cross compiler into build-cross/TARGET-deps/prefix; nothing of them is
# committed. Prints the prefix.
build_source_deps() {
  local t=$1 triple=$2 deps src prefix pkg dir
  deps=$PWD/build-cross/$t-deps
  src=$deps/src
  prefix=$deps/prefix
  if [ -f "$prefix/lib/libcjson.a" ] && [ -f "$prefix/lib/libcmocka.a" ]; then
    echo "$prefix"
    return 0
  fi
  mkdir -p "$src"
  if ! (cd "$src" && apt-get source -q cjson cmocka) >"$deps/source.log" 2>&1; then
    if [ "$(id -u)" = 0 ] && ! grep -rqs "deb-src" /etc/apt/sources.list /etc/apt/sources.list.d/; then
      # the source packages of the suite the machine runs
      . /etc/os-release
      printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
        "$VERSION_CODENAME" >/etc/apt/sources.list.d/nprand-deb-src.sources
      apt-get update -q >/dev/null 2>&1
    fi
    (cd "$src" && apt-get source -q cjson cmocka) >"$deps/source.log" 2>&1 || {
      echo "apt-get source cjson cmocka failed (needs a deb-src entry): see $deps/source.log" >&2
      return 1
    }
  fi
  printf 'set(CMAKE_SYSTEM_NAME Linux)\nset(CMAKE_SYSTEM_PROCESSOR %s)\nset(CMAKE_C_COMPILER %s-gcc)\nset(CMAKE_FIND_ROOT_PATH /usr/%s)\nset(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)\n' \
    "${t%%-*}" "$triple" "$triple" >"$deps/toolchain.cmake"
  for pkg in cjson cmocka; do
    dir=$(find "$src" -maxdepth 1 -type d -name "$pkg-[0-9]*" | sort | tail -1)
    [ -n "$dir" ] || { echo "no $pkg source in $src" >&2; return 1; }
    cmake -S "$dir" -B "$deps/build-$pkg" -DCMAKE_TOOLCHAIN_FILE="$deps/toolchain.cmake" \
      -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_INSTALL_LIBDIR=lib -DCMAKE_BUILD_TYPE=Release \
      -DBUILD_SHARED_LIBS=OFF -DENABLE_CJSON_TEST=OFF -DENABLE_CJSON_UTILS=OFF \
      -DWITH_STATIC_LIB=ON -DWITH_EXAMPLES=OFF -DUNIT_TESTING=OFF >"$deps/$pkg.log" 2>&1 &&
      cmake --build "$deps/build-$pkg" -j"$jobs" >>"$deps/$pkg.log" 2>&1 &&
      cmake --install "$deps/build-$pkg" >>"$deps/$pkg.log" 2>&1 || {
        tail -20 "$deps/$pkg.log" >&2
        return 1
      }
  done
  # CMocka 1.1 always builds a shared library too (libcmocka-static.a is
  # the static one): link the static one, so the programs need no target
  # library beyond the cross sysroot's libc
  rm -f "$prefix"/lib/libcmocka.so*
  cp "$prefix/lib/libcmocka-static.a" "$prefix/lib/libcmocka.a"
  echo "$prefix"
}

# --- one target -------------------------------------------------------------------
mkdir -p build-cross
summary=build-cross/summary.md
rows=()
status=0
jobs=$(nproc)
[ "$jobs" -gt 2 ] && jobs=2

run_target() {
  local t=$1 triple arch qemu flags multi dir emu pcdir roots
  read -r triple arch multi qemu flags <<<"$(describe "$t")"
  dir=build-cross/$t
  mkdir -p "$dir"
  # The programs run on the multiarch libc6:$arch that libcjson-dev:$arch
  # brings (its loader is in /lib): mixing the cross sysroot's libc
  # (/usr/$triple) with the multiarch libraries aborts on s390x.
  emu="$(command -v "$qemu");-L;/"
  pcdir="/usr/lib/$multi/pkgconfig:/usr/share/pkgconfig"
  roots="/usr/$triple /usr/lib/$multi"
  local builds=no warnings=- unit=- conf=- parts=() prefix
  if printf '%s\n' "${srcdeps[@]}" | grep -qx "$t"; then
    # no multiarch libraries: cJSON and CMocka built static from source,
    # and the programs run on the cross sysroot's libc alone
    if prefix=$(build_source_deps "$t" "$triple"); then
      emu="$(command -v "$qemu");-L;/usr/$triple"
      pcdir="$prefix/lib/pkgconfig"
      roots="/usr/$triple $prefix"
    else
      parts=(-DNPRAND_BUILD_TESTS=OFF -DNPRAND_BUILD_CLI=OFF)
      unit="library only: cJSON/CMocka source build failed"
    fi
  fi
  cat >"$dir/toolchain.cmake" <<EOF
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR ${t%%-*})
set(CMAKE_C_COMPILER $triple-gcc)
set(CMAKE_C_FLAGS_INIT "$flags")
set(CMAKE_FIND_ROOT_PATH $roots)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_CROSSCOMPILING_EMULATOR "$emu")
set(ENV{PKG_CONFIG_LIBDIR} "$pcdir")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
EOF
  echo "== $t ($triple $flags)"
  if PKG_CONFIG_LIBDIR="$pcdir" \
     cmake -S . -B "$dir" -DCMAKE_TOOLCHAIN_FILE="$PWD/$dir/toolchain.cmake" \
       -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNPRAND_BUILD_BENCH=OFF -DNPRAND_BUILD_FUZZ_REPLAYS=$fuzz "${parts[@]}" \
       >"$dir/configure.log" 2>&1 &&
     cmake --build "$dir" -j"$jobs" >"$dir/build.log" 2>&1; then
    builds=yes
  else
    tail -20 "$dir/configure.log" "$dir/build.log" 2>/dev/null
    status=1
  fi
  if [ -f "$dir/build.log" ]; then
    warnings=$(grep -c "warning:" "$dir/build.log")
    [ "$warnings" = 0 ] || { grep "warning:" "$dir/build.log" | head -20; status=1; }
  fi
  if [ "$builds" = yes ] && [ ${#parts[@]} -eq 0 ]; then
    # -V keeps each program's output, so the CMocka checks a program
    # skipped (the value-exact ones on x87: harness/unit/unit_arith.h) are
    # counted in the table
    ctest --test-dir "$dir" -V -L "unit|fuzz" -E clusterfuzzlite -j"$jobs" --timeout 900 >"$dir/unit.log" 2>&1
    unit=$(grep -Eo '[0-9]+% tests passed, [0-9]+ tests failed out of [0-9]+' "$dir/unit.log" |
           awk '{print ($9 - $4) "/" $9}')
    [ -n "$unit" ] || unit="none ran"
    local skipped
    skipped=$(grep -oE '^[0-9]+: \[  SKIPPED \] [A-Za-z_0-9]+$' "$dir/unit.log" | sort -u | wc -l)
    [ "$skipped" = 0 ] || unit="$unit ($skipped CMocka checks skipped)"
    grep -q " 0 tests failed" "$dir/unit.log" || { grep -E "Failed|\*\*\*" "$dir/unit.log" | head -20; status=1; }
    local max=()
    [ "$seeds" -gt 0 ] && max=(--max-seeds "$seeds")
    IFS=';' read -r -a emu_argv <<<"$emu"
    "${emu_argv[@]}" "$dir/bin/nprand-conformance" --quiet "${max[@]}" \
        --report-md "$dir/conformance.md" corpora/oracle >"$dir/conformance.log" 2>&1
    conf=$(grep -Eo '[0-9]+ failing cases' "$dir/conformance.md" 2>/dev/null | awk '{print $1}')
    if grep -q '^\*\*0 oracle files' "$dir/conformance.md" 2>/dev/null; then conf=""; fi
    [ -n "$conf" ] || { conf="runner failed"; tail -5 "$dir/conformance.log"; status=1; }
    if [ "$conf" != 0 ]; then
      grep -E '\| FAIL' "$dir/conformance.md" | awk -F'|' '{print "   failing:", $2, $3, $6}' | head -30
      if [ "$t" = i686-x87 ]; then conf="$conf (x87: expected)"; else status=1; fi
    fi
  fi
  rows+=("| $t | $triple $flags | $builds | $warnings | $unit | $conf |")
}

# The table is rewritten after every target, so a long matrix run shows
# the targets done so far.
write_summary() {
  local per_case
  if [ "$seeds" = 0 ]; then per_case=all; else per_case=$seeds; fi
  {
    echo "## nprand cross-architecture check (seeds per case: $per_case)"
    echo
    echo "| target | compiler and flags | builds | warnings | unit tests passed | failing conformance cases |"
    echo "|---|---|---|---:|---:|---:|"
    printf '%s\n' "${rows[@]}"
  } >"$summary"
}

for t in "${targets[@]}"; do
  run_target "$t"
  write_summary
done
echo
cat "$summary"
exit $status
