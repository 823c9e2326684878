"""Rakentaa sinetöidyn erän 2 kaikki asiakirjat ja .expected.json-tiedostot uudelleen.
Käyttö: /tmp/writers2-venv/bin/python rakenna_kaikki.py   (vaatii python-docx, lxml ja LibreOfficen soffice)"""
import runpy
from pathlib import Path

TAMA = Path(__file__).resolve().parent
for n in range(1, 11):
    runpy.run_path(str(TAMA / f"doc{n:02d}.py"), run_name="__main__")
    print("valmis", n)
