#!/usr/bin/env bash
# Installs what nprand needs to build and test, on Debian, when run as root;
# otherwise names what is missing and stops. Idempotent and quick when all
# is present.
#   ci/setup.sh            build + test needs (cmake, cc, CMocka, cJSON, BLAS/LAPACK, NumPy)
#   ci/setup.sh --fuzz     also clang and its sanitizer/libFuzzer runtimes
set -euo pipefail
fuzz=0
[ "${1:-}" = "--fuzz" ] && fuzz=1

missing=()
command -v cmake >/dev/null 2>&1 || missing+=(cmake)
command -v cc >/dev/null 2>&1 || missing+=(gcc)
command -v make >/dev/null 2>&1 || missing+=(make)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
# The native architecture's libraries: the headers alone are shared with
# the multiarch cross packages ci/cross.sh installs (libcjson-dev:ppc64el
# brings /usr/include/cjson/cJSON.h but no x86-64 library).
native=/usr/lib/$(dpkg --print-architecture 2>/dev/null | sed 's/^amd64$/x86_64-linux-gnu/; s/^arm64$/aarch64-linux-gnu/; s/^i386$/i386-linux-gnu/; s/^armhf$/arm-linux-gnueabihf/; s/^s390x$/s390x-linux-gnu/; s/^ppc64el$/powerpc64le-linux-gnu/; s/^riscv64$/riscv64-linux-gnu/')
has_lib() { [ -e "$native/$1" ] || [ -e "/usr/lib/$1" ]; }
{ [ -f /usr/include/cmocka.h ] && has_lib libcmocka.so; } || missing+=(libcmocka-dev)
{ [ -f /usr/include/cjson/cJSON.h ] && has_lib libcjson.so; } || missing+=(libcjson-dev)
# nprand::linalg (multivariate_normal): the BLAS/LAPACK Debian's numpy loads
has_lib liblapack.so || missing+=(liblapack-dev)
has_lib libblas.so || missing+=(libblas-dev)
/usr/bin/python3 -c 'import numpy' >/dev/null 2>&1 || missing+=(python3-numpy)
if [ "$fuzz" = 1 ]; then
  command -v clang >/dev/null 2>&1 || missing+=(clang)
  ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 || missing+=(libclang-rt-14-dev)
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "nprand needs these Debian packages: ${missing[*]}" >&2
  echo "run as root: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "== installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
echo "== installed ${missing[*]}"
