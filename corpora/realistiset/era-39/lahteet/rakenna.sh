#!/bin/sh
# Rakentaa era-39-erän .docx- ja .pdf-tiedostot uudelleen. .md ja .txt on kirjoitettu käsin.
# Käyttö: sh lahteet/rakenna.sh   (mistä tahansa hakemistosta)
set -e
LAHTEET=$(cd "$(dirname "$0")" && pwd)
ERA=$(dirname "$LAHTEET")
PY=${PY:-/work/main/.venv/bin/python}
LO_PROFIILI=${LO_PROFIILI:-file:///tmp/w39-lo}
cd "$LAHTEET"
"$PY" doc01.py "$ERA/01_hankesuunnitelma_kotikulma.docx"
"$PY" doc03.py "$LAHTEET/03_exit-suunnitelma_vertaisluotsit.docx"
"$PY" doc04.py "$ERA/04_loppuraportti_digikammari.docx"
"$PY" doc06.py "$ERA/06_hankesuunnitelma_mielen_olohuone.docx"
"$PY" doc07.py "$ERA/07_loppuraportti_arjen_ateria.docx"
"$PY" doc08.py "$ERA/08_arviointisuunnitelma_liikkuva_arki.docx"
soffice -env:UserInstallation="$LO_PROFIILI" --headless --convert-to pdf --outdir "$ERA" \
    "$LAHTEET/03_exit-suunnitelma_vertaisluotsit.docx"
echo "Valmis: $ERA"
