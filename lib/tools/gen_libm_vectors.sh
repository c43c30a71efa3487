#!/bin/sh
# Regenerates tests/data/libm/vectors.txt: results of this machine's libm --
# which must be the reference, x86-64 glibc 2.36 on a CPU with FMA -- for the
# inputs where glibc's FMA and non-FMA code paths disagree (the inputs that
# prove nprand's libm fuses where glibc does), plus a sample of ordinary ones,
# for every function of lib/src/libm. test_libm_vectors checks nprand's libm
# against the file on any target.
#
#   lib/tools/gen_libm_vectors.sh build/bin/libm_compare [COUNT]
set -eu
tool=$1
count=${2:-1000000}
out=$(dirname "$0")/../../tests/data/libm/vectors.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$tool" --write-vectors "$tmp/fma.txt" --count "$count"
# glibc 2.36's spelling of "no FMA, no AVX2": its generic code paths.
GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX2,-FMA "$tool" --write-vectors "$tmp/nofma.txt" --count "$count"
if cmp -s "$tmp/fma.txt" "$tmp/nofma.txt"; then
  echo "gen_libm_vectors: GLIBC_TUNABLES changed nothing: is this an FMA CPU with glibc 2.36?" >&2
  exit 1
fi
{
  echo "# function argument-bits... result-bits (hex); x86-64 glibc 2.36 with FMA"
  echo "# made by lib/tools/gen_libm_vectors.sh $count"
  paste -d' ' "$tmp/fma.txt" "$tmp/nofma.txt" | awk -v count="$count" '
    { n = NF / 2; line = $1; for (i = 2; i <= n; i++) line = line " " $i
      differs = ($n != $(NF))
      seen[$1]++
      if (differs && sensitive[$1] < 400) { sensitive[$1]++; print line }
      else if (seen[$1] % 2000 == 1) print line }'
} > "$out"
wc -l "$out"
