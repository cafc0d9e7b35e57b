#!/usr/bin/env bash
# What the course hub needs beyond Python: configurable-http-proxy from npm
# (and Node.js with npm when missing). Safe to run again; needs root to install.
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
