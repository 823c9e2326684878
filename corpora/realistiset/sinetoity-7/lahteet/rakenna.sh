#!/bin/sh
# ws7: rakentaa erän s7 asiakirjat uudelleen. .md ja .txt on kirjoitettu suoraan.
set -e
cd "$(dirname "$0")"
OUT=..
PY=${PY:-/work/main/.venv/bin/python}
LO="-env:UserInstallation=file:///tmp/ws7-lo"
mkdir -p build
$PY gen.py build
# .pdf ja .odt muunnetaan LibreOfficella; lähde-docx jää lahteet/build-kansioon
soffice $LO --headless --convert-to pdf --outdir "$OUT" build/03_arviointisuunnitelma_lukupolku.docx
soffice $LO --headless --convert-to odt --outdir "$OUT" build/08_loppuraportti_asiakaspalautteet.docx
for f in build/*.docx; do
  case "$(basename "$f")" in 03_*|08_*) ;; *) cp "$f" "$OUT/";; esac
done
