#!/usr/bin/env bash
# The README's first command: set up, then build every authored lesson and audit it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"
llmath build --all
llmath audit --all
