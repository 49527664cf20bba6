#!/usr/bin/env bash
# Build and show: builds and zips both extensions, lints the Firefox build, then loads the
# Chrome build on the bundled Arabic article (npm run demo -> .output/demo-article.png).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/setup.sh

require_node
ensure_browsers chromium
ensure_node_modules
npm run build
npm run zip
lint_status=0
node scripts/lint-firefox.mjs || lint_status=$?
npm run demo
if [ "$lint_status" -ne 0 ]; then
  echo "web-ext lint reported errors in the Firefox build (see above)." >&2
  exit "$lint_status"
fi
