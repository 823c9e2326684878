#!/bin/sh
# w34: rakentaa erän era-34 .docx-, .odt- ja .pdf-tiedostot uudelleen.
# .md ja .txt on kirjoitettu suoraan, eikä niitä rakenneta.
set -e
cd "$(dirname "$0")"
PY=${PY:-/work/main/.venv/bin/python}
LO="-env:UserInstallation=file:///tmp/w34-lo"
$PY tee_01.py ../01_hankesuunnitelma_opinto-ohjaus.docx
$PY tee_02.py 02_hankesuunnitelma_perustaidot.docx
$PY tee_03.py ../03_hankesuunnitelma_tyoelamayhteistyo.docx
$PY tee_04.py 04_arviointisuunnitelma_oppisopimus.docx
$PY tee_06.py ../06_exit-suunnitelma_ohjauspiste.docx
$PY tee_08.py ../08_loppuraportti_tyopaikalla-oppien.docx
soffice $LO --headless --convert-to pdf --outdir .. 02_hankesuunnitelma_perustaidot.docx
soffice $LO --headless --convert-to odt --outdir .. 04_arviointisuunnitelma_oppisopimus.docx
