"""Rakentaa era-6-erän kaikki dokumentit ja niiden .expected.json-annotaatiot uudelleen.
Käyttö: /tmp/writer6-venv/bin/python build.py  (vaatii python-docx, lxml ja LibreOfficen PDF-muunnokseen)"""
import d1_esr, d2_stea, d3_leader, d4_arviointi, d5_arviointi_md, d6_exit_muistio, d7_exit_muistio, d8_loppuraportti
for m in (d1_esr, d2_stea, d3_leader, d4_arviointi, d5_arviointi_md, d6_exit_muistio, d7_exit_muistio, d8_loppuraportti):
    m.run()
    print("valmis:", m.NAME)
