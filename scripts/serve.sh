#!/usr/bin/env bash
# Builds the playground into dist/ and serves it on http://127.0.0.1:8080.
# Until the Yew app lands (issue 6) the site is the static entry page only.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-8080}"
rm -rf dist && mkdir -p dist
cp index.html dist/
[ -d www ] && cp -r www/. dist/ 2>/dev/null || true
echo "ia64play: serving dist/ at http://127.0.0.1:${port}/"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
