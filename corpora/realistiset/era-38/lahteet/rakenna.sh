#!/bin/sh
# Rakentaa era-38:n .docx/.odt/.pdf-asiakirjat uudelleen. .md ja .txt on kirjoitettu käsin.
set -e
cd "$(dirname "$0")"
PY=/work/main/.venv/bin/python
LO="soffice -env:UserInstallation=file:///tmp/w38-lo --headless"
$PY doc01.py ../01_hankesuunnitelma_aurinkosahko.docx
$PY doc04.py 04_hankesuunnitelma_maatilamatkailu.docx
$PY doc05.py ../05_exit-suunnitelma_vesiosuuskunta.docx
$PY doc06.py ../06_hankesuunnitelma_kylalampo.docx
$PY doc07.py 07_arviointisuunnitelma_pyoraily.docx
$PY doc08.py 08_loppuraportti_latausverkko.docx
$LO --convert-to pdf --outdir .. 04_hankesuunnitelma_maatilamatkailu.docx
$LO --convert-to odt --outdir .. 07_arviointisuunnitelma_pyoraily.docx
$LO --convert-to pdf --outdir .. 08_loppuraportti_latausverkko.docx
