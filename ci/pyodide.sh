#!/usr/bin/env bash
# The python family against CPython 3.12, 3.13 and 3.14, live: pyodide's npm
# packages (CPython compiled to WebAssembly, offline in Node) are installed
# with npm into build/pyodide/ (gitignored), then
#   - live mode: fresh seeds for every python case through each CPython,
#     compared with nprand by the conformance runner;
#   - differential: random requests (ints up to 2**200, every method,
#     invalid arguments) through each CPython and `nprand --batch`;
#   - (--full) the drift check of the committed corpora/oracle/python-3.1x.
#
#   ci/pyodide.sh            sampled, for CI (3.13 and 3.14; about a minute)
#   ci/pyodide.sh --full     3.12 too, 2000 live seeds per case, 2000 requests
#                            per version, drift check (several minutes)
#   ci/pyodide.sh --install  only install the packages
#   NPRAND_PYODIDE_DIR       where the packages live (default build/pyodide)
#
# Without node/npm, or when npm cannot install, the steps say so and are
# skipped (exit 0): the committed corpus still runs in ctest. The exit status
# is non-zero only when nprand and a CPython disagree.
set -uo pipefail
cd "$(dirname "$0")/.."
mode=sampled
case "${1:-}" in
  --full) mode=full ;;
  --install) mode=install ;;
  "") ;;
  *) echo "usage: ci/pyodide.sh [--full | --install]" >&2; exit 2 ;;
esac
dir=${NPRAND_PYODIDE_DIR:-build/pyodide}
export NPRAND_PYODIDE_DIR=$dir

skip() { echo "SKIPPED CPython 3.12-3.14 live steps: $*" >&2; exit 0; }
command -v node >/dev/null || skip "node is not installed (Debian: apt-get install nodejs npm)"
command -v npm >/dev/null || skip "npm is not installed (Debian: apt-get install npm)"

# alias -> npm spec; oracle/nprand_oracle/pyodide.py maps versions to aliases
packages=("pyodide-0.27@npm:pyodide@0.27.x" "pyodide-0.29@npm:pyodide@0.29.x" "pyodide-314@npm:pyodide@314.x")
missing=()
for p in "${packages[@]}"; do
  [ -f "$dir/node_modules/${p%%@*}/pyodide.mjs" ] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "== npm install ${missing[*]} into $dir"
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-audit --no-fund --loglevel=error "${missing[@]}" ||
    skip "npm install failed (no registry access?)"
fi
[ "$mode" = install ] && exit 0

py=$(ci/find-python.sh) || skip "no Python with NumPy 1.24 for the oracle scripts (see above)"
if [ ! -x build/bin/nprand ] || [ ! -x build/bin/nprand-conformance ]; then
  echo "== build (build/)"
  cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null && cmake --build build -j2 >/dev/null ||
    { echo "build failed" >&2; exit 1; }
fi

if [ "$mode" = full ]; then
  versions=(3.12 3.13 3.14); seeds=2000; count=2000
else
  versions=(3.13 3.14); seeds=80; count=800
fi
failed=()
run() { "$@" || failed+=("$*"); }
start=$SECONDS
for v in "${versions[@]}"; do
  echo "== CPython $v: live oracle ($seeds fresh seeds per case) through pyodide"
  rm -rf "build/oracle-live-python-$v"
  run "$py" oracle/generate.py --out "build/oracle-live-python-$v" --stream live --family "python-$v" \
      --seeds "$seeds" --quiet
  run build/bin/nprand-conformance --quiet --report-md "build/conformance-live-python-$v.md" \
      "build/oracle-live-python-$v/python-$v"
done
echo "== differential: $count random requests per version through pyodide and nprand --batch"
run "$py" oracle/differential.py --nprand build/bin/nprand --family python --count "$count" \
    $(for v in "${versions[@]}"; do printf -- '--python %s ' "$v"; done)
if [ "$mode" = full ]; then
  echo "== drift check: corpora/oracle/python-3.1x equal a fresh regeneration"
  run "$py" oracle/drift.py --corpus corpora/oracle $(for v in "${versions[@]}"; do printf -- '--family python-%s ' "$v"; done)
fi
echo
echo "== CPython ${versions[*]} steps took $((SECONDS - start)) s"
if [ ${#failed[@]} -eq 0 ]; then
  echo "== all CPython 3.12-3.14 steps passed"
  exit 0
fi
printf 'FAILED: %s\n' "${failed[@]}" >&2
exit 1
