#!/usr/bin/env bash
# Accessibility and quality audit of a running site: Lighthouse (mobile and desktop profiles;
# performance, accessibility, best practices, SEO) and axe-core (390 px and 1366 px viewports).
#
#   bench/lighthouse.sh [BASE_URL] [PAGE...]
#
# BASE_URL defaults to http://127.0.0.1:8080 (start the site first: ./newsdesk serve).
# PAGE is a path (/article/x, /search?q=y) or a full URL; without any, the pages are discovered
# from the home page: home, a section, a native, an imported and a translated article, a search.
# Prints a Markdown report and writes it to bench/lighthouse/results.md; the full Lighthouse
# reports (HTML and JSON) and axe's JSON stay in bench/lighthouse/reports/ (not committed).
#
# Needs Node 20+, Debian's Chromium (apt-get install -y chromium; CHROME_PATH overrides
# /usr/bin/chromium) and curl; the npm packages are pinned in bench/lighthouse/package-lock.json
# and installed by the first run (npm ci). A run of six pages takes about 5 minutes on 2 cores.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lighthouse"
base="${1:-http://127.0.0.1:8080}"
base="${base%/}"
[ $# -gt 0 ] && shift
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
# Headless without GPU or sandbox (runs as root in CI), and nothing that phones home: the machine
# has no internet, and background requests would also disturb the performance measurements.
export CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then echo "lighthouse.sh: needs Node 20 or newer" >&2; exit 1; fi
if [ ! -x "$CHROME_PATH" ]; then
  echo "lighthouse.sh: no Chromium at $CHROME_PATH (apt-get install -y chromium)" >&2; exit 1
fi
# npm ci installs exactly the locked versions (Lighthouse 12.2.3: 13 wants Node 22).
if [ ! -x "$here/node_modules/.bin/lighthouse" ]; then
  (cd "$here" && npm ci --no-audit --no-fund) >&2
fi
if ! curl -sf -o /dev/null "$base/"; then echo "lighthouse.sh: nothing answers at $base/" >&2; exit 1; fi

out="$here/reports"
rm -rf "$out"
mkdir -p "$out"
# pages.tsv: "label<TAB>absolute URL", the list every later step reads.
if [ $# -gt 0 ]; then
  for page in "$@"; do
    case "$page" in http://*|https://*) url="$page" ;; *) url="$base/${page#/}" ;; esac
    printf '%s\t%s\n' "${page}" "$url"
  done > "$out/pages.tsv"
else
  node "$here/discover.mjs" "$base" | while IFS=$'\t' read -r label path; do
    printf '%s\t%s\n' "$label" "$base$path"
  done > "$out/pages.tsv"
fi

{
  echo "Lighthouse $(node -p "require('$here/node_modules/lighthouse/package.json').version")," \
    "axe-core $(node -p "require('$here/node_modules/axe-core/package.json').version")," \
    "$("$CHROME_PATH" --version 2>/dev/null)," "Node $(node -v), $(date -u '+%Y-%m-%d %H:%M UTC')."
  # Performance scores (mobile above all: 4x CPU slowdown) move with the machine's load.
  echo "Load average at the start: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores."
} > "$out/versions.txt"

# One Lighthouse run per page and profile; a failed run is reported as such, not fatal.
i=0
while IFS=$'\t' read -r label url; do
  for profile in mobile desktop; do
    preset=()
    [ "$profile" = desktop ] && preset=(--preset=desktop)
    echo "lighthouse.sh: $label ($url), $profile" >&2
    # A site that stopped answering would only give a column of interstitial errors.
    if ! curl -sf -o /dev/null "$base/"; then echo "lighthouse.sh: $base/ stopped answering" >&2; exit 1; fi
    "$here/node_modules/.bin/lighthouse" "$url" "${preset[@]}" --quiet \
      --chrome-flags="$CHROME_FLAGS" \
      --only-categories=performance,accessibility,best-practices,seo \
      --output=json --output=html --output-path="$out/$i-$profile" </dev/null \
      || echo "lighthouse.sh: Lighthouse failed on $url ($profile)" >&2
  done
  i=$((i + 1))
done < "$out/pages.tsv"

node "$here/axe.mjs" "$out/pages.tsv" "$out/axe.json" || echo "lighthouse.sh: axe-core run failed" >&2
node "$here/report.mjs" "$out" "$base" | tee "$here/results.md"
