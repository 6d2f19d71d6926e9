#!/usr/bin/env bash
# Re-extract the user-facing strings into resources/translations/*.ts after changing the UI.
# Translate the new entries (Qt Linguist: .venv/bin/pyside6-linguist), then run
# scripts/setup.sh, which compiles the .qm files the application loads.
set -euo pipefail
cd "$(dirname "$0")/.."
sources=$(find leaddesk/ui -name '*.py' | sort)
.venv/bin/pyside6-lupdate $sources -no-obsolete -ts resources/translations/leaddesk_ru.ts -target-language ru_RU
.venv/bin/pyside6-lupdate $sources -no-obsolete -pluralonly -ts resources/translations/leaddesk_en.ts -target-language en_US
