#!/bin/sh
# Rakentaa era-37:n .docx- ja .pdf-tiedostot uudelleen. .md ja .txt on kirjoitettu käsin.
set -e
cd "$(dirname "$0")"
PY=${PY:-/work/main/.venv/bin/python}
LO="-env:UserInstallation=file:///tmp/w37-lo"
$PY tee_01_02_03.py .
$PY tee_04_06_08.py .
for f in 02_loppuraportti_lukuiloa.docx 03_arviointisuunnitelma_liikkuva_seniori.docx; do
  soffice $LO --headless --convert-to pdf --outdir .. "$f" >/dev/null
done
cp 01_arviointisuunnitelma_kohtaamo.docx 04_loppuraportti_palveluksessa.docx \
   06_hankesuunnitelma_yhteinen_poyta.docx 08_loppuraportti_digiapu.docx ..
