#!/usr/bin/env bash
# Set up (first time) and run the whole test suite: lint, unit, AppTest and end-to-end tests in headless Chromium.
# The end-to-end tests need Debian's chromium; as root it is installed with apt-get when missing. Under CI=true a
# chromium that cannot be installed stops the run (tests/conftest.py also refuses a CI run without ../shared).
# Fast loop for everyday work (no browser, no slow tests, ~2 min): ./test.sh -m "not e2e and not slow"
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
if ! .venv/bin/python -c "import streamlit, pytest, hypothesis, playwright, duckdb" 2>/dev/null \
   || [ requirements.txt -nt .venv/.installed-dev ] || [ requirements-dev.txt -nt .venv/.installed-dev ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -r requirements-dev.txt
  touch .venv/.installed-dev
fi
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installerer chromium for ende-til-ende-testene …"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || true
fi
if [ ! -x /usr/bin/chromium ]; then
  case "${CI:-}" in
    true|TRUE|True|1|yes)
      echo "CI=true: Debian's chromium (/usr/bin/chromium) is missing and could not be installed;" \
           "the end-to-end tests cannot run. Stopping." >&2
      exit 1 ;;
    *)
      echo "Chromium mangler (/usr/bin/chromium; apt-get install chromium): ende-til-ende-testene hoppes over." >&2 ;;
  esac
fi
.venv/bin/ruff check .
exec .venv/bin/python -m pytest -q "$@"
