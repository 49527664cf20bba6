#!/usr/bin/env bash
# Checks the sources zip Mozilla's reviewers get: unzipped into an empty folder and built with
# the two commands its README gives (npm ci, npm run build), it must produce both packages byte
# for byte as built here. Run after `npm run zip`; needs the npm registry for `npm ci`.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(node -p 'require("./package.json").version')
zip=".output/attribution-lens-${version}-sources.zip"
[ -f "$zip" ] || { echo "$zip is missing: run npm run zip first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q "$zip" -d "$work"
(cd "$work" && npm ci --no-audit --no-fund >/dev/null && npm run build >/dev/null)
status=0
for build in chrome-mv3 firefox-mv2; do
  if diff -r ".output/$build" "$work/.output/$build" >/dev/null; then
    echo "$build: the sources zip builds it byte for byte ($(find ".output/$build" -type f | wc -l) files)"
  else
    echo "$build: the build from the sources zip differs:" >&2
    diff -rq ".output/$build" "$work/.output/$build" >&2 || true
    status=1
  fi
done
exit $status
