#!/usr/bin/env bash
# render-report.sh: the picture of a report, as a reader sees it in a browser.
#
# Builds the command line if needed (governance-examples/target/governance.jar), writes the HTML report of the
# North Yorkshire "before" estate (March 2021, over 150 accounts) and renders it with headless Chromium to
# docs/images/north-yorkshire-before-report.png, the picture the README shows.
#
# Usage:   scripts/render-report.sh [OUTPUT.png]        (run from anywhere; paths are relative to the repository)
# Needs:   Java 17+, and Chromium: on Debian or Ubuntu `sudo apt-get install chromium`
#          (set CHROMIUM=/path/to/chrome to use another Chromium or Chrome binary).
# Exit:    0 when the PNG was written; non-zero when the build, the report or Chromium fails, or Chromium is missing.
#
# The HTML is self-contained (no scripts, fonts or images are fetched), and Chromium runs with a fresh profile
# and its background networking switched off, so rendering needs no network.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
output="${1:-$repo/docs/images/north-yorkshire-before-report.png}"
jar="$repo/governance-examples/target/governance.jar"
chromium="${CHROMIUM:-/usr/bin/chromium}"

if [[ ! -x "$chromium" ]]; then
  chromium="$(command -v chromium || command -v chromium-browser || true)"
fi
if [[ -z "$chromium" || ! -x "$chromium" ]]; then
  echo "render-report.sh: Chromium is not installed." >&2
  echo "  On Debian or Ubuntu: sudo apt-get install chromium" >&2
  echo "  Or point CHROMIUM at a Chromium or Chrome binary: CHROMIUM=/path/to/chrome $0" >&2
  exit 3
fi

if [[ ! -f "$jar" ]]; then
  echo "render-report.sh: building $jar" >&2
  (cd "$repo" && ./mvnw -q -pl governance-core,governance-rules,governance-examples -am package \
      -DskipTests -Dmaven.javadoc.skip)
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
html="$work/north-yorkshire-before-report.html"

# Exit code 1 only says the estate has violations, which is the point of this picture.
status=0
java -jar "$jar" check --example north-yorkshire-2021-before --format html --output "$html" || status=$?
if [[ $status -gt 1 ]]; then
  echo "render-report.sh: the report could not be written (exit $status)" >&2
  exit "$status"
fi

mkdir -p "$(dirname "$output")"
rm -f "$output"
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --hide-scrollbars --window-size=1280,1800 \
  --screenshot="$output" "file://$html" >"$work/chromium.log" 2>&1 || {
    echo "render-report.sh: Chromium failed; its output:" >&2
    cat "$work/chromium.log" >&2
    exit 4
  }
if [[ ! -s "$output" ]]; then
  echo "render-report.sh: Chromium wrote no picture; its output:" >&2
  cat "$work/chromium.log" >&2
  exit 4
fi
echo "render-report.sh: wrote $output"
