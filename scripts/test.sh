#!/usr/bin/env bash
# The project's test command: builds both extensions, then runs the unit + DOM tests and the
# end-to-end tests in headless Chromium and Firefox (scripts/run-tests.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh

require_node
ensure_browsers chromium firefox-esr
ensure_node_modules
npm run build
node scripts/run-tests.mjs
