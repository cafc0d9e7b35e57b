#!/usr/bin/env bash
# What the course hub needs beyond Python: configurable-http-proxy from npm
# (and Node.js with npm when missing), and Debian's chromium, which the browser
# tests drive through Playwright (no browser download). Safe to run again; needs
# root to install.
set -euo pipefail
PROXY_VERSION=5.3.0
if ! command -v configurable-http-proxy >/dev/null 2>&1 \
    || [ "$(configurable-http-proxy --version 2>/dev/null)" != "$PROXY_VERSION" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "Error: configurable-http-proxy $PROXY_VERSION is missing; run as root or npm install -g it" >&2
        exit 1
    fi
    if ! command -v npm >/dev/null 2>&1; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq nodejs npm >/dev/null
    fi
    npm install -g --silent "configurable-http-proxy@$PROXY_VERSION" >/dev/null
fi
if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "Error: chromium is missing; run as root or apt-get install chromium" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
fi

# The Python environment the members' servers run (the hub starts them as their
# own Unix users): outside the repository, so it works wherever the course was
# cloned, even under a private home. It holds the same pinned packages and a
# copy of llmath, reinstalled when the package or its pins change.
RUNTIME=/opt/llmath/runtime
cd "$(dirname "$0")/.."
stamp="$(cat pyproject.toml $(find llmath -name '*.py' | sort) | sha256sum | cut -c1-16)"
if [ "$(cat "$RUNTIME/.llmath-installed" 2>/dev/null)" != "$stamp" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "Error: the hub's runtime at $RUNTIME is missing or stale; run as root" >&2
        exit 1
    fi
    mkdir -p "$(dirname "$RUNTIME")"
    chmod 755 "$(dirname "$RUNTIME")"
    [ -x "$RUNTIME/bin/python" ] || /usr/bin/python3 -m venv "$RUNTIME"
    "$RUNTIME/bin/python" -m pip install --quiet --upgrade pip
    src="$(mktemp -d)"  # build from a copy: no build files left in the course directory
    cp -r pyproject.toml README.md llmath "$src"
    find "$src" -name __pycache__ -prune -exec rm -rf {} +
    "$RUNTIME/bin/python" -m pip install --quiet "$src"  # a local project is always reinstalled
    rm -rf "$src"
    echo "$stamp" > "$RUNTIME/.llmath-installed"
fi
