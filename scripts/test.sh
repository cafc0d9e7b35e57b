#!/usr/bin/env bash
# The README's second command: set up, then run the whole test suite.
# Extra arguments go to pytest, e.g. `bash scripts/test.sh -m "not slow"`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"
set +e
python -m pytest "$@"
rc=$?
set -e
# pytest exits 5 when a selection collects no tests: that is not a failure.
if [ "$rc" -eq 5 ]; then rc=0; fi
exit "$rc"
