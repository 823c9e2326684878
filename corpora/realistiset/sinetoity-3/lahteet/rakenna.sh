#!/bin/sh
# Rakentaa erän .docx- ja .pdf-tiedostot uudelleen. .md- ja .txt-asiakirjat ovat itse lähteitään.
set -e
cd "$(dirname "$0")"
PY=${PY:-/tmp/writers3-venv/bin/python}
for g in gen_d01.py gen_d02.py gen_d04.py gen_d06.py gen_d07.py gen_d09.py gen_d10.py; do "$PY" "$g"; done
soffice --headless --convert-to pdf --outdir .. etajohtaminen_loppuraportti.docx
