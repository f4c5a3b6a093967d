#!/bin/sh
# Debian packages the workflow needs: GNU gettext (msgfmt/msgmerge check the catalogs; it brings
# libunistring, whose line breaker the catalog writer calls to wrap as gettext does), poppler
# (pdftotext/pdffonts/pdftoppm to inspect PDFs), Noto fonts for every script (and Noto Mono for code), HarfBuzz subsetting
# (fast font embedding in WeasyPrint), Pango for WeasyPrint, Debian's chromium and its driver
# (the end-to-end tests of `workflow serve` run in a real browser). Installs only what is missing.
set -e
PKGS="gettext poppler-utils fontconfig fonts-noto-core fonts-noto-mono fonts-noto-cjk libharfbuzz-subset0 libpango-1.0-0 libpangoft2-1.0-0 chromium chromium-driver"
missing=""
for p in $PKGS; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
echo "installing Debian packages:$missing"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
