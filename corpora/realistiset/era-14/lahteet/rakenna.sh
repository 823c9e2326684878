#!/bin/sh
# Rakentaa era-14-erän .docx- ja .pdf-tiedostot uudelleen. .md- ja .txt-tiedostot ovat käsin kirjoitettuja
# lähdetekstejä sellaisenaan. Vaatii: python-docx, lxml (esim. /tmp/writer14-venv) ja LibreOfficen (soffice).
set -e
cd "$(dirname "$0")/.."
PY=${PY:-/tmp/writer14-venv/bin/python}
$PY lahteet/d1_nuorisopalvelut.py 01_nuorisopalvelut_reitti_hankesuunnitelma.docx
$PY lahteet/d2_amk_arviointi.py 02_amk_digikotihoito_arviointisuunnitelma.docx
$PY lahteet/d5_sairaanhoitopiiri.py lahteet/05_sairaanhoitopiiri_kotiutustiimi_loppuraportti.docx
(cd lahteet && soffice --headless --convert-to pdf --outdir .. 05_sairaanhoitopiiri_kotiutustiimi_loppuraportti.docx)
$PY lahteet/d6_saate.py 06_nuorisopalvelut_saatekirje_avi.docx
$PY lahteet/d7_svenska.py 07_halsoforening_grannskapskaffet_projektplan.docx
$PY lahteet/d8_amk_loppuraportti.py 08_amk_tyoelamasilta_loppuraportti.docx
