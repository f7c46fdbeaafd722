#!/usr/bin/env bash
# Makes sure the system tools the tests drive are installed, all Debian packages:
#   chromium                         browser tests via playwright-core (`npx playwright install`
#                                    cannot download browsers here), the PDF editions
#   default-jre-headless             the W3C Nu HTML validator (vnu-jar)
#   nginx, libnginx-mod-http-brotli-static
#                                    serving the build as production does (npm run serve:prod)
#   poppler-utils (pdftotext), epubcheck
#                                    checking the PDF and EPUB editions
#   fonts-noto-cjk                   Chinese glyphs for Chromium (the PDF editions, screenshots)
# Installs what is missing with apt when run as root; otherwise says what to install.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java >/dev/null || missing+=(default-jre-headless)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -e /usr/share/nginx/modules-available/mod-http-brotli-static.conf ] || [ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v epubcheck >/dev/null || missing+=(epubcheck)
[ -d /usr/share/fonts/opentype/noto ] || missing+=(fonts-noto-cjk)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} for the tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
else
  echo "The tests need: ${missing[*]} (Debian packages). Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
