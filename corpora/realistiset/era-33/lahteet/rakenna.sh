#!/bin/sh
# Rakentaa era-33-erän generoidut asiakirjat uudelleen. 04 (.md) ja 05 (.txt) on kirjoitettu käsin suoraan kansioon.
set -e
cd "$(dirname "$0")"
PY=${PY:-/tmp/writerera-33-venv/bin/python}
$PY doc01.py && mv 01_hankesuunnitelma_kiertolinkki.docx ..
$PY doc02_03.py
soffice --headless --convert-to odt --outdir .. 02_arviointisuunnitelma_kylayrittajyys.docx
soffice --headless --convert-to pdf --outdir .. 03_exit_suunnitelma_matkailudata.docx
$PY doc06_08.py
