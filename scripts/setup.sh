#!/usr/bin/env bash
# Set up llmath on a Debian machine: system packages (when root), the virtual
# environment at .venv and the pinned Python dependencies. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's own Python: every hub user (students run their servers with this
# environment) can execute it, unlike an interpreter under a private home.
PY=/usr/bin/python3
need_apt=()
[ -x "$PY" ] || need_apt+=(python3)
"$PY" -c "import venv, ensurepip" >/dev/null 2>&1 || need_apt+=(python3-venv)
command -v git >/dev/null 2>&1 || need_apt+=(git)
if [ ${#need_apt[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "Error: missing system packages: ${need_apt[*]}; install them or run as root" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${need_apt[@]}"
fi

# (Re)create the environment when it is missing or built on another interpreter.
if [ ! -x .venv/bin/python ] || ! grep -q "^home = /usr/bin$" .venv/pyvenv.cfg 2>/dev/null; then
    rm -rf .venv
    "$PY" -m venv .venv
fi
# Reinstall only when the pinned dependencies change.
stamp=.venv/.llmath-installed
if [ ! -f "$stamp" ] || ! cmp -s pyproject.toml "$stamp"; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e .
    cp pyproject.toml "$stamp"
fi

# The grader needs a Docker engine and the grading image (built offline, only
# when its inputs change).
bash scripts/docker.sh
.venv/bin/llmath image >/dev/null

# The course hub's proxy, from npm, and the browser its tests drive (Debian's chromium).
bash scripts/hub.sh
