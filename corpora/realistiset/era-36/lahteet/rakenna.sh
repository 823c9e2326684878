#!/bin/sh
# Rakentaa era-36:n .docx/.odt/.pdf-tiedostot uudelleen. Aja kansiosta era-36: sh lahteet/rakenna.sh
set -e
PY=${PY:-/work/main/.venv/bin/python}
LO="-env:UserInstallation=file:///tmp/w36-lo"
cd "$(dirname "$0")/.."
$PY lahteet/tee_01.py 01_hankesuunnitelma_terveysliikunta.docx
$PY lahteet/tee_02.py 02_arviointisuunnitelma_kotoutuminen.docx
$PY lahteet/tee_03.py lahteet/03_hankesuunnitelma_digiasiointi.docx
soffice $LO --headless --convert-to pdf --outdir . lahteet/03_hankesuunnitelma_digiasiointi.docx
$PY lahteet/tee_06.py 06_loppuraportti_terveyskioski.docx
$PY lahteet/tee_07.py lahteet/07_arviointisuunnitelma_lupa-asiointi.docx
soffice $LO --headless --convert-to odt --outdir . lahteet/07_arviointisuunnitelma_lupa-asiointi.docx
$PY lahteet/tee_08.py 08_hankesuunnitelma_digituki.docx
# 04_exit-suunnitelma_terveysneuvonta.md ja 05_hankesuunnitelma_kotoutuminen_lomake.txt on kirjoitettu käsin.
