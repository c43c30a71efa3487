#!/usr/bin/env bash
# Prints the path of a Python that imports NumPy (the oracle), or nothing
# and exit 1. Order: $NPRAND_PYTHON, Debian's /usr/bin/python3 (where
# python3-numpy installs), then every python3/python on PATH. The first
# python3 on PATH is often another interpreter without NumPy.
set -u
want=${NPRAND_NUMPY_VERSION:-1.24.}
candidates=()
[ -n "${NPRAND_PYTHON:-}" ] && candidates+=("$NPRAND_PYTHON")
candidates+=(/usr/bin/python3)
IFS=: read -r -a path_dirs <<<"${PATH:-}"
for d in "${path_dirs[@]}"; do
  for n in python3 python; do [ -x "$d/$n" ] && candidates+=("$d/$n"); done
done
for py in "${candidates[@]}"; do
  v=$("$py" -c 'import numpy; print(numpy.__version__)' 2>/dev/null) || continue
  case "$v" in
    "$want"*) echo "$py"; exit 0 ;;
    *) echo "find-python: $py has NumPy $v, not $want* (the oracle is NumPy 1.24.2)" >&2 ;;
  esac
done
if [ -n "${NPRAND_PYTHON:-}" ]; then
  echo "find-python: NPRAND_PYTHON=$NPRAND_PYTHON does not import NumPy $want*" >&2
fi
echo "find-python: no Python with NumPy $want* found; install Debian's python3-numpy (apt-get install python3-numpy) or set NPRAND_PYTHON" >&2
exit 1
