#!/bin/sh
# Rakentaa era-16-erän uudelleen. Vaatii: python-docx, lxml, LibreOffice (soffice) PDF-muunnokseen.
set -e
cd "$(dirname "$0")"
PY=${PY:-/tmp/writer16-venv/bin/python}
$PY loppuraportit.py
$PY muut_docx.py
$PY merenkulku.py
$PY tekstit.py
rm -rf __pycache__
