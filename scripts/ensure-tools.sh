#!/usr/bin/env bash
# Makes sure the system tools the build (`ensure-tools.sh build`) or the tests (`ensure-tools.sh
# test`, all of them) need are installed, all Debian packages:
#   chromium                  build  the PDF editions and app icons; browser tests via
#                                    playwright-core (`npx playwright install` cannot download
#                                    browsers here)
#   default-jre-headless             the W3C Nu HTML validator (vnu-jar)
#   nginx, libnginx-mod-http-brotli-static
#                                    serving the build as production does (npm run serve:prod)
#   poppler-utils             build  pdfinfo reads the PDFs' pages (contents page numbers);
#                                    pdftotext checks them
#   epubcheck                        checking the EPUB editions
#   fonts-noto-cjk            build  Chinese glyphs for Chromium (the PDF editions, screenshots)
# Installs what is missing with apt when run as root; otherwise says what to install.
set -euo pipefail
for_what="${1:-test}"
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v pdfinfo >/dev/null || missing+=(poppler-utils)
[ -d /usr/share/fonts/opentype/noto ] || missing+=(fonts-noto-cjk)
if [ "$for_what" = test ]; then
  command -v java >/dev/null || missing+=(default-jre-headless)
  [ -x /usr/sbin/nginx ] || missing+=(nginx)
  [ -e /usr/share/nginx/modules-available/mod-http-brotli-static.conf ] || [ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
  command -v epubcheck >/dev/null || missing+=(epubcheck)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} for the ${for_what}…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
else
  echo "The ${for_what} needs: ${missing[*]} (Debian packages). Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
