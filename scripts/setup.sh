#!/usr/bin/env bash
# `npm run setup`: makes sure the Debian packages Divar Actions needs are installed. As root it
# installs the missing ones (apt-get, never asking anything); as another user it prints the exact
# command and exits 1. Needs only bash, so it runs before `npm ci`. `npm start`, `npm run demo`
# and `npm test` run it first with --quiet, which prints nothing when everything is installed.
set -euo pipefail

quiet=0
[ "${1:-}" = "--quiet" ] && quiet=1
say() { [ "$quiet" -eq 1 ] || echo "$@"; }

# What the project needs: "<Debian package> <command or file that shows it is installed>".
# Chromium runs the extension (CHROMIUM_PATH may name another one), Firefox ESR runs the Firefox
# build in `npm run test:firefox` (FIREFOX_PATH may name another one); openssl makes the replica's
# certificate. One line per package.
NEEDED=(
  "chromium ${CHROMIUM_PATH:-/usr/bin/chromium}"
  "firefox-esr ${FIREFOX_PATH:-/usr/bin/firefox-esr}"
  "openssl openssl"
)

missing=()
for line in "${NEEDED[@]}"; do
  read -r package probe <<<"$line"
  if command -v "$probe" >/dev/null 2>&1; then
    say "✓ $package ($(command -v "$probe"))"
  elif [ "$package" = chromium ] && [ -n "${CHROMIUM_PATH:-}" ]; then
    echo "✗ CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
    echo "  Point it at a Chromium binary, or unset it to use Debian's chromium package." >&2
    exit 1
  else
    missing+=("$package")
  fi
done
[ "${#missing[@]}" -eq 0 ] && exit 0

install=(apt-get install -y --no-install-recommends "${missing[@]}")
if [ "$EUID" -ne 0 ]; then
  echo "✗ Missing Debian packages: ${missing[*]}. Install them as root, then run this again:" >&2
  echo "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive ${install[*]}" >&2
  echo "  (or set CHROMIUM_PATH to another Chromium; this project never downloads a browser)" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "✗ Missing: ${missing[*]}, and there is no apt-get here to install them with." >&2
  exit 1
fi

echo "› Installing Debian packages the project needs: ${missing[*]}"
echo "  apt-get update && DEBIAN_FRONTEND=noninteractive ${install[*]}"
export DEBIAN_FRONTEND=noninteractive
# Waits for another apt run to finish (up to 5 minutes) rather than failing on its lock.
apt-get -o DPkg::Lock::Timeout=300 update </dev/null
"${install[@]}" -o DPkg::Lock::Timeout=300 </dev/null
for line in "${NEEDED[@]}"; do
  read -r package probe <<<"$line"
  if ! command -v "$probe" >/dev/null 2>&1; then
    echo "✗ $package was installed but $probe is still not found." >&2
    exit 1
  fi
done
echo "✓ Installed: ${missing[*]}"
