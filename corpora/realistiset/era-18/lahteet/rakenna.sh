#!/bin/sh
# Rakentaa erän 18 binääriasiakirjat uudelleen. Aja tässä kansiossa:
#   python3.11 -m venv /tmp/writer18-venv && /tmp/writer18-venv/bin/pip install python-docx lxml
#   sh rakenna.sh
# .md- ja .txt-asiakirjat on kirjoitettu käsin suoraan yläkansioon.
set -e
PY=${PY:-/tmp/writer18-venv/bin/python}
$PY d1_kylatalot.py
$PY d6_kyytipiste.py
$PY d7_mielimukana.py
$PY d8_hontsa.py
$PY d2_mielenmatka.py
soffice --headless --convert-to odt d2_mielenmatka_arviointisuunnitelma.docx --outdir /tmp/era18-odt
mv /tmp/era18-odt/d2_mielenmatka_arviointisuunnitelma.odt ../mielenmatka_arviointisuunnitelma.odt
$PY d4_liikkeelle.py
soffice --headless --convert-to pdf d4_liikkeelle_virassa_loppuraportti.docx --outdir /tmp/era18-pdf
mv /tmp/era18-pdf/d4_liikkeelle_virassa_loppuraportti.pdf ../liikkeelle_virassa_loppuraportti.pdf
