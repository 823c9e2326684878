#!/bin/sh
# Rakentaa erän uudelleen: docx-tiedostot python-docx:llä, PDF LibreOfficella.
# 03_*.md ja 05_*.txt on kirjoitettu käsin; niiden kopiot ovat tässä kansiossa.
set -e
cd "$(dirname "$0")"
PY=${PY:-/tmp/writers4-venv/bin/python}
for f in d01 d02 d04 d06 d07 d08 d09 d10; do $PY $f.py; done
soffice --headless --convert-to pdf --outdir .. 07_etatyo-kaiku-loppuraportti.docx
cp 03_lukupiiri-arviointisuunnitelma.md 05_kylakoulun-tilat_jatkuvuussuunnitelma.txt ..
