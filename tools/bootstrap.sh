#!/usr/bin/env bash
# Create .venv with Python 3.10 and install the pinned dependencies (requirements.lock).
# Called by `make`; safe to run again: it rebuilds .venv only if it is missing or not Python 3.10.
set -euo pipefail
cd "$(dirname "$0")/.."

is_310() { "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))' >/dev/null 2>&1; }

find_python() {
  local candidate
  # pyenv honours .python-version (which says 3.10); `pyenv which` fails cleanly if it is missing.
  if command -v pyenv >/dev/null 2>&1; then
    candidate=$(pyenv which python3.10 2>/dev/null || true)
    if [ -n "$candidate" ] && is_310 "$candidate"; then echo "$candidate"; return 0; fi
  fi
  for candidate in python3.10 "$HOME"/.pyenv/versions/3.10*/bin/python3.10 \
                   /usr/local/bin/python3.10 /usr/bin/python3.10; do
    if command -v "$candidate" >/dev/null 2>&1 && is_310 "$candidate"; then
      command -v "$candidate"; return 0
    fi
  done
  return 1
}

if [ -x .venv/bin/python ] && ! is_310 .venv/bin/python; then
  echo "bootstrap: .venv is not Python 3.10; making a new one."
  rm -rf .venv
fi

if [ ! -x .venv/bin/python ]; then
  if ! python=$(find_python); then
    cat >&2 <<'MSG'
Python 3.10 is needed: Rasa 3.6 runs on Python 3.8 to 3.10 only, and this project pins 3.10.
Install it, then run the same make command again. For example:
  - with pyenv:  pyenv install 3.10
  - on Debian or Ubuntu:  apt-get install python3.10 python3.10-venv
MSG
    exit 1
  fi
  echo "bootstrap: creating .venv with $python"
  "$python" -m venv .venv
fi

echo "bootstrap: installing pinned dependencies (a few minutes the first time)"
.venv/bin/python -m pip install --quiet --no-cache-dir --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --no-cache-dir --disable-pip-version-check -r requirements.lock

# The web chat's styles (NHS.UK frontend) and the accessibility checker its test uses (axe-core).
if command -v npm >/dev/null 2>&1; then
  echo "bootstrap: installing front-end packages (package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
else
  echo "bootstrap: npm not found; the web chat will work without the NHS.UK styles" >&2
fi
