#!/usr/bin/env bash
# Set up a Debian 12 machine for LeadDesk: system packages (only those missing), the Python
# environment in .venv, and the compiled translations. Safe to run again; fast when done.
set -euo pipefail
cd "$(dirname "$0")/.."

# What the application and its tests need from Debian:
#   postgresql        team mode, and the storage tests against a real server
#   dovecot-imapd     a real IMAP server for the email channel's tests
#   isync             mbsync, the yardstick of tests/benchmarks/email_ingest.py
#   xvfb              a virtual screen for trying the window by hand on a headless box
#   poppler-utils     pdftoppm, to look at invoices as pictures
#   fonts-dejavu-core readable Cyrillic in the window and in screenshots
#   chromium, chromium-driver  a real browser for the web chat and web form tests
#   the lib* packages the runtime libraries Qt loads (offscreen and X11 platforms)
PACKAGES=(
  python3 python3-venv postgresql dovecot-imapd isync xvfb poppler-utils fonts-dejavu-core
  chromium chromium-driver
  libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0
)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
  # Packaged servers start themselves on install; the tests start their own.
  $SUDO service postgresql stop >/dev/null 2>&1 || true
  $SUDO service dovecot stop >/dev/null 2>&1 || true
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
fi
stamp=.venv/.leaddesk-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing LeadDesk and its dependencies into .venv"
  .venv/bin/python -m pip install -q -e '.[test]'
  touch "$stamp"
fi

for ts in resources/translations/*.ts; do
  [ -e "$ts" ] || continue
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease "$ts" -qm "$qm" >/dev/null
  fi
done
