#!/bin/sh
# Rakentaa era-40-erän .docx-, .odt- ja .pdf-tiedostot. .md ja .txt on kirjoitettu käsin.
set -e
cd "$(dirname "$0")"
PY=/work/main/.venv/bin/python
OUT=..
LO="-env:UserInstallation=file:///tmp/w40-lo"
$PY tee_01.py $OUT/01_hankesuunnitelma_kirjasto_kyliin.docx
$PY tee_03.py $OUT/03_hankesuunnitelma_perheliikunta_lomake.docx
$PY tee_04.py 04_arviointisuunnitelma_rantareitti.docx
$PY tee_05.py $OUT/05_exit-suunnitelma_melontareitti.docx
$PY tee_06.py 06_loppuraportti_kesaliikkujat.docx
$PY tee_08.py $OUT/08_hankesuunnitelma_luotojazz.docx
soffice $LO --headless --convert-to odt --outdir $OUT 04_arviointisuunnitelma_rantareitti.docx
soffice $LO --headless --convert-to pdf --outdir $OUT 06_loppuraportti_kesaliikkujat.docx
