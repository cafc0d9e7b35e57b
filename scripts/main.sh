#!/usr/bin/env bash
# The README's first command. Sets everything up (system packages, Python
# environment, Docker engine and grading image, the hub's proxy, chromium), builds
# every authored lesson, runs one full cohort cycle on a throwaway hub (`llmath
# demo`, results in demo/), then serves the course hub (`llmath hub`) until Ctrl-C.
# Without a terminal (or with LLMATH_SERVE=0) it stops after the demo.
# Arguments are passed to `llmath hub`, e.g. --port 8000.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"
llmath build --all
llmath demo --out demo
if [ "${LLMATH_SERVE:-}" = 1 ] || { [ -t 0 ] && [ "${LLMATH_SERVE:-1}" != 0 ]; }; then
    exec llmath hub "$@"
fi
echo "Set up and checked. Serve the course with: .venv/bin/llmath hub --port 8000"
