#!/usr/bin/env bash
# The test suite starts its own PostgreSQL server from Debian's package; install the package when missing.
set -euo pipefail
if compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null; then
    exit 0
fi
echo "PostgreSQL server binaries missing: installing Debian's postgresql package" >&2
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends postgresql > /dev/null
compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null || { echo "postgresql installed but initdb not found" >&2; exit 1; }
