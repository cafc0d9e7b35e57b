#!/usr/bin/env bash
# Make a Docker engine available for grading: install docker.io (and debootstrap,
# which builds the base image when no registry is reachable) when missing, and
# start dockerd when it is not running. Safe to run again. Needs root for the
# installs and for starting the daemon; otherwise it only checks.
set -euo pipefail

need_apt=()
command -v dockerd >/dev/null 2>&1 || need_apt+=(docker.io)
command -v debootstrap >/dev/null 2>&1 || need_apt+=(debootstrap)
if [ ${#need_apt[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "Error: missing system packages: ${need_apt[*]}; install them or run as root" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! docker info >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "Error: the Docker daemon is not running; start it (as root: dockerd &)" >&2
        exit 1
    fi
    # Started detached so it outlives this script; its log goes to /var/log.
    nohup dockerd >/var/log/llmath-dockerd.log 2>&1 &
    for _ in $(seq 1 60); do
        docker info >/dev/null 2>&1 && break
        sleep 0.5
    done
    if ! docker info >/dev/null 2>&1; then
        echo "Error: dockerd did not start; see /var/log/llmath-dockerd.log" >&2
        exit 1
    fi
fi
