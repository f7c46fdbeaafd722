#!/usr/bin/env bash
# Makes sure the system tools the tests drive are installed: Debian's Chromium (browser tests
# via playwright-core; `npx playwright install` cannot download browsers here) and a Java
# runtime (the W3C Nu HTML validator, vnu-jar). Installs them with apt when run as root;
# otherwise says what to install.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java >/dev/null || missing+=(default-jre-headless)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} for the tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
else
  echo "The tests need: ${missing[*]} (Debian packages). Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
