#!/bin/sh
# A C user's first steps, against an installed nprand: build the seed
# article example with nothing but `cc` and pkg-config, linked dynamically
# and statically, and check it prints what NumPy printed.
#
#   package_consumer_test.sh install BUILD WORK CMAKE CC EXAMPLE EXPECTED VERSION SOVERSION
#       `cmake --install BUILD --prefix WORK/prefix`; also a find_package() consumer
#   package_consumer_test.sh deb     BUILD WORK CPACK CC EXAMPLE EXPECTED VERSION SOVERSION
#       cpack's .deb, unpacked with `dpkg -x` into WORK/root (as if installed in /)
set -eu
mode=$1 build=$2 work=$3 tool=$4 cc=$5 example=$6 expected=$7 version=$8 soversion=$9

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

rm -rf "$work"
mkdir -p "$work"
cd "$work"

case "$mode" in
  install)
    root=$work/prefix
    "$tool" --install "$build" --prefix "$root" >install.log || fail "cmake --install (see $work/install.log)"
    ;;
  deb)
    "$tool" -G DEB --config "$build/CPackConfig.cmake" -B "$work/cpack" >cpack.log 2>&1 ||
      { cat cpack.log >&2; fail "cpack"; }
    deb=$(ls "$work"/cpack/nprand_"$version"_*.deb 2>/dev/null | head -n 1)
    [ -n "$deb" ] || fail "cpack made no nprand_${version}_*.deb in $work/cpack"
    dpkg-deb -c "$deb" >contents.txt
    for f in "/libnprand.so.$version" "/libnprand.so.$soversion " "/libnprand.a" "/include/nprand/nprand.h" \
        "/pkgconfig/nprand.pc" "/cmake/nprand/nprandConfig.cmake" "/bin/nprand" "/man1/nprand.1"; do
      grep -q -- "$f" contents.txt || fail "$deb has no $f (dpkg-deb -c: $work/contents.txt)"
    done
    dpkg-deb -f "$deb" Package Version Depends >control.txt
    grep -q "^Version: $version" control.txt || fail "control: $(cat control.txt)"
    root=$work/root
    dpkg -x "$deb" "$root" || fail "dpkg -x $deb"
    # The .pc says prefix=/usr; the sysroot maps it to the unpacked tree.
    PKG_CONFIG_SYSROOT_DIR=$root
    export PKG_CONFIG_SYSROOT_DIR
    ;;
  *)
    fail "mode is install or deb, not $mode"
    ;;
esac

pc=$(find "$root" -name nprand.pc | head -n 1)
[ -n "$pc" ] || fail "no nprand.pc under $root"
PKG_CONFIG_LIBDIR=$(dirname "$pc")
PKG_CONFIG_PATH=
export PKG_CONFIG_LIBDIR PKG_CONFIG_PATH
[ "$(pkg-config --modversion nprand)" = "$version" ] || fail "pkg-config --modversion nprand"
so=$(find "$root" -name "libnprand.so.$soversion" | head -n 1)
[ -n "$so" ] || fail "no libnprand.so.$soversion under $root"
readelf -d "$so" | grep -q "SONAME.*\[libnprand.so.$soversion\]" || fail "$so has no soname libnprand.so.$soversion"

# Dynamically linked: the shared library is what runs.
# shellcheck disable=SC2046
"$cc" "$example" $(pkg-config --cflags --libs nprand) -o seed_article_dynamic ||
  fail "cc $example \$(pkg-config --cflags --libs nprand)"
readelf -d seed_article_dynamic | grep -q "NEEDED.*\[libnprand.so.$soversion\]" ||
  fail "seed_article_dynamic does not load libnprand.so.$soversion"
LD_LIBRARY_PATH=$(dirname "$so") ./seed_article_dynamic >dynamic.out || fail "seed_article_dynamic exited $?"
cmp -s dynamic.out "$expected" || fail "dynamic build: $work/dynamic.out differs from $expected"

# Statically linked: no shared library needed at all.
# shellcheck disable=SC2046
"$cc" "$example" $(pkg-config --cflags --libs --static nprand) -static -o seed_article_static ||
  fail "cc $example \$(pkg-config --cflags --libs --static nprand) -static"
if readelf -d seed_article_static | grep -q NEEDED; then fail "seed_article_static needs shared libraries"; fi
./seed_article_static >static.out || fail "seed_article_static exited $?"
cmp -s static.out "$expected" || fail "static build: $work/static.out differs from $expected"

# The command and its manual came along.
[ "$("$root"/usr/bin/nprand --version 2>/dev/null || "$root"/bin/nprand --version)" = "nprand $version" ] ||
  fail "nprand --version"
man=$(find "$root" -path "*/man1/nprand.1" | head -n 1)
[ -n "$man" ] || fail "no man1/nprand.1 under $root"
grep -q '^\.TH NPRAND 1' "$man" || fail "$man is not a man page"

if [ "$mode" = install ]; then
  # CMake users: find_package(nprand) gives the static and the shared library.
  mkdir -p consumer
  cat >consumer/CMakeLists.txt <<CMAKE
cmake_minimum_required(VERSION 3.25)
project(consumer C)
find_package(nprand $version REQUIRED)
add_executable(seed_static "$example")
target_link_libraries(seed_static PRIVATE nprand::nprand)
add_executable(seed_shared "$example")
target_link_libraries(seed_shared PRIVATE nprand::nprand_shared)
# nprand::linalg, when the installed build has it (NPRAND_LINALG)
if(TARGET nprand::linalg)
  add_executable(mvn_linalg "$(dirname "$example")/linalg/multivariate_normal.c")
  target_link_libraries(mvn_linalg PRIVATE nprand::linalg)
endif()
CMAKE
  "$tool" -S consumer -B consumer/build -DCMAKE_PREFIX_PATH="$root" -DCMAKE_C_COMPILER="$cc" \
    >consumer.log 2>&1 || { cat consumer.log >&2; fail "find_package(nprand) consumer: configure"; }
  "$tool" --build consumer/build >>consumer.log 2>&1 || { cat consumer.log >&2; fail "consumer: build"; }
  for exe in seed_static seed_shared; do
    consumer/build/$exe >"$exe.out" || fail "$exe exited $?"
    cmp -s "$exe.out" "$expected" || fail "find_package consumer $exe: output differs from $expected"
  done
  if [ -x consumer/build/mvn_linalg ]; then
    mvn_expected="$(dirname "$example")/linalg/multivariate_normal.expected"
    consumer/build/mvn_linalg >mvn_linalg.out || fail "mvn_linalg exited $?"
    cmp -s mvn_linalg.out "$mvn_expected" || fail "find_package consumer mvn_linalg: output differs from $mvn_expected"
  fi
fi
echo "OK: $mode: pkg-config dynamic and static builds print $expected"
