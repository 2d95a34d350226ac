#!/usr/bin/env bash
# install-test-tools.sh: the programs some tests run besides the JDK, installed when missing.
#
#   chromium  Debian's chromium, for HtmlReportInChromiumTest (the HTML report in a real browser) and
#             scripts/render-report.sh; installed with apt-get, which needs root (CI runs as root).
#   sarif     the official SARIF validator, @microsoft/sarif-multitool (a self-contained program in an npm
#             package, no .NET runtime needed), for SarifValidatorTest; installed with npm ci from the pinned
#             tools/sarif-validator/package-lock.json into tools/sarif-validator/node_modules (not kept in git).
#
# Usage:   scripts/install-test-tools.sh [chromium] [sarif]     (both when none is named; run from anywhere)
# Exit:    0 when every named tool is there afterwards; non-zero, saying which and why, otherwise.
# Quiet when all is well; safe to run again (an installed tool is left alone).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools=("$@")
if [[ ${#tools[@]} -eq 0 ]]; then
  tools=(chromium sarif)
fi

install_chromium() {
  if command -v chromium >/dev/null 2>&1; then
    return 0
  fi
  if [[ "$(id -u)" != 0 ]]; then
    echo "install-test-tools.sh: chromium is missing, and installing it needs root: sudo apt-get install chromium" >&2
    return 1
  fi
  echo "install-test-tools.sh: installing chromium (apt-get)" >&2
  local log
  log="$(mktemp)"
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >"$log" 2>&1; then
    echo "install-test-tools.sh: apt-get could not install chromium; its output:" >&2
    cat "$log" >&2
    rm -f "$log"
    return 1
  fi
  rm -f "$log"
  command -v chromium >/dev/null 2>&1
}

install_sarif() {
  local dir="$repo/tools/sarif-validator"
  if [[ -d "$dir/node_modules/@microsoft/sarif-multitool" ]] \
      && (cd "$dir" && node -e "require('fs').accessSync(require('@microsoft/sarif-multitool'), 1)") 2>/dev/null; then
    return 0
  fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "install-test-tools.sh: npm is missing, so the SARIF validator cannot be installed (apt-get install npm)" >&2
    return 1
  fi
  echo "install-test-tools.sh: installing the SARIF validator (npm ci in tools/sarif-validator)" >&2
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  # The package's own postinstall makes the program executable; npm may be set up not to run install scripts.
  (cd "$dir" && chmod u+x "$(node -p "require('@microsoft/sarif-multitool')")")
}

status=0
for tool in "${tools[@]}"; do
  case "$tool" in
    chromium) install_chromium || status=1 ;;
    sarif) install_sarif || status=1 ;;
    *) echo "install-test-tools.sh: unknown tool '$tool' (chromium or sarif)" >&2; status=2 ;;
  esac
done
exit "$status"
