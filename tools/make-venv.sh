#!/usr/bin/env bash
# Create the virtual environment; on a bare Debian, python3 -m venv needs the python3-venv package.
set -euo pipefail
python=${1:-python3}
venv=${2:-.venv}
if [ -x "$venv/bin/pip" ]; then exit 0; fi
rm -rf "$venv"
if ! "$python" -m venv "$venv" 2>/dev/null; then
  echo "python -m venv failed; installing Debian's python3-venv" >&2
  rm -rf "$venv"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq python3-venv; \
  else sudo apt-get update -qq && sudo apt-get install -y -qq python3-venv; fi
  "$python" -m venv "$venv"
fi
