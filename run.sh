#!/usr/bin/env bash
# Set up (first time) and start the dashboard. Fetches the registers first if the store is empty.
#   ./run.sh                                   downloads from the publishers
#   FRIVILLIG_SOURCE_DIR=../shared/mirror/no ./run.sh   reads a local copy of the sources (no internet needed)
#   ./run.sh --server.address 0.0.0.0          serves other machines: they are visitors unless they sign in
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
if ! .venv/bin/python -c "import streamlit, geopandas, ijson" 2>/dev/null || [ requirements.txt -nt .venv/.installed ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -r requirements.txt
  touch .venv/.installed
fi
DATA_ARGS=()
if [ -n "${FRIVILLIG_DATA_DIR:-}" ]; then DATA_ARGS=(--data-dir "$FRIVILLIG_DATA_DIR"); fi
SRC_ARGS=()
if [ -n "${FRIVILLIG_SOURCE_DIR:-}" ]; then SRC_ARGS=(--source-dir "$FRIVILLIG_SOURCE_DIR"); fi
if ! .venv/bin/python -m analytics "${DATA_ARGS[@]}" municipalities --country no >/dev/null 2>&1; then
  echo "Henter kommuner, folketall og kart (første oppstart) …"
  .venv/bin/python -m analytics "${DATA_ARGS[@]}" fetch --country no --part base "${SRC_ARGS[@]}" || \
    echo "Hentingen feilet; dashbordet starter likevel og forklarer hva som mangler."
  # The organisation register is a large file: fetch it in the background so the dashboard opens at once;
  # the Sector page shows its progress.
  LOG="${FRIVILLIG_DATA_DIR:-data/store}/fetch-organisations.log"
  mkdir -p "$(dirname "$LOG")"
  nohup .venv/bin/python -m analytics "${DATA_ARGS[@]}" fetch --country no --part organisations --quiet \
    "${SRC_ARGS[@]}" >"$LOG" 2>&1 &
fi
# Listen on this machine only (the person at the keyboard may edit) unless an address is passed, e.g.
#   ./run.sh --server.address 0.0.0.0      a shared atlas: visitors read, editors sign in (README, "Hosting")
ADDRESS_ARGS=(--server.address 127.0.0.1)
for arg in "$@"; do
  case "$arg" in --server.address|--server.address=*) ADDRESS_ARGS=() ;; esac
done
if [ -n "${STREAMLIT_SERVER_ADDRESS:-}" ]; then ADDRESS_ARGS=(); fi
exec .venv/bin/streamlit run app.py --server.headless "${HEADLESS:-false}" --browser.gatherUsageStats false \
  "${ADDRESS_ARGS[@]}" "$@"
