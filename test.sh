#!/usr/bin/env bash
# Set up (first time) and run the whole test suite: lint, unit, AppTest and end-to-end tests in headless Chromium.
# The end-to-end tests need Debian's chromium; as root it is installed with apt-get when missing.
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
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "Kunne ikke installere chromium; ende-til-ende-testene hoppes over."
fi
.venv/bin/ruff check .
exec .venv/bin/python -m pytest -q "$@"
