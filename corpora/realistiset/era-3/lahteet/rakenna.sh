#!/bin/sh
# Rakentaa era-3-erän uudelleen. Vaatii python-docx + lxml (esim. /tmp/wv3) ja LibreOfficen (soffice).
cd "$(dirname "$0")"
PY=${PY:-/tmp/wv3/bin/python}
for d in d1 d2 d3 d4 d5 d6 d7 d8; do "$PY" $d.py || exit 1; done
rm -rf __pycache__
