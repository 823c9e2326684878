#!/bin/sh
# Rakentaa era-4-erän uudelleen. Vaatii: python-docx, lxml (esim. /tmp/wv4) ja LibreOffice (soffice).
set -e
cd "$(dirname "$0")"
PY=${PY:-/tmp/wv4/bin/python}
cp r4-01.txt ../r4-01.txt          # lomakevienti (teksti) – lähde sellaisenaan
$PY gen02.py                        # ../r4-02.docx (muutosjäljet + sisältöohjausobjekti)
$PY gen04.py && soffice --headless --convert-to odt --outdir .. r4-04.docx
$PY gen05.py && soffice --headless --convert-to pdf --outdir .. r4-05.docx
$PY gen06.py; $PY gen07.py; $PY gen08.py
# r4-03.md on kirjoitettu käsin suoraan kansioon.
