#!/bin/sh
# w35: rakentaa kaikki .docx/.odt/.pdf-tiedostot uudelleen. .md ja .txt on kirjoitettu käsin.
set -e
LAH="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$LAH")"
PY="${PY:-/work/main/.venv/bin/python}"
PROFIILI="-env:UserInstallation=file:///tmp/w35-lo"
"$PY" "$LAH/tee_01_02.py" "$OUT"
"$PY" "$LAH/tee_03_04.py" "$OUT"
"$PY" "$LAH/tee_07_08.py" "$OUT"
soffice $PROFIILI --headless --convert-to pdf --outdir "$OUT" "$LAH/03_loppuraportti_lahiruoka.docx"
soffice $PROFIILI --headless --convert-to odt --outdir "$OUT" "$LAH/07_arviointisuunnitelma_kyytirengas.docx"
