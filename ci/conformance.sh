#!/usr/bin/env bash
# The main job: build nprand and run the conformance report on the committed
# oracle files (no NumPy needed). Writes build/conformance.md as well.
set -euo pipefail
cd "$(dirname "$0")/.."
ci/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
build/bin/nprand-conformance --quiet --report-md build/conformance.md corpora/oracle
