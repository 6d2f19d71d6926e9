#!/usr/bin/env bash
# Set up, fill the default database with demo data on first start, and open the window.
# Arguments go to leaddesk (for example --db FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/leaddesk "$@" init
if [ "$(.venv/bin/leaddesk "$@" leads list --json --limit 1)" = "[]" ]; then
  echo "The database is empty: filling it with 20,000 demo leads (90 days)."
  .venv/bin/leaddesk "$@" demo --leads 20000 --seed 1
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No screen here: the window runs on a virtual one (xvfb-run)."
  exec xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/leaddesk "$@"
fi
exec .venv/bin/leaddesk "$@"
