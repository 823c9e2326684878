#!/bin/sh
# Rakentaa era-9-erän uudelleen. Vaatii python-docx + lxml sekä LibreOfficen (soffice) PDF/ODT-muunnoksiin.
set -e
cd "$(dirname "$0")"
PY=${PY:-/tmp/writer9-venv/bin/python}
for f in d1_stea_lomake.py d2_esr_pitka.py d3_leader_arviointi.py d4_okm_arviointi_md.py \
         d5_kaiku_loppuraportti.py d6_bf_loppuraportti_odt.py d7_avi_exit.py d8_ely_jatkuvuus.py; do
  "$PY" "$f"
done
