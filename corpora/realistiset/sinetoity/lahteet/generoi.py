"""Rakentaa sinetöidyn erän dokumentit uudelleen.

Käyttö:  /tmp/wv3/bin/python lahteet/generoi.py   (python-docx + lxml; PDF/ODT-muunnokseen soffice)
PDF- ja ODT-tiedostojen välivaiheen .docx-tiedostot tehdään väliaikaishakemistoon, jotta jokainen dokumentti
esiintyy kansiossa vain kerran.
"""
import os
import shutil
import subprocess
import sys
import tempfile

TASSA = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, TASSA)
OUT = os.path.dirname(TASSA)

import d01_kirjasto, d02_nuoret, d03_leader, d04_kotihoito, d05_kulttuuri  # noqa: E402
import d06_tyollisyys, d07_koulu, d08_jarvi, d09_saate, d10_kaiku  # noqa: E402


def soffice(docx, muoto, kohde):
    tmp = os.path.dirname(docx)
    subprocess.run(["soffice", "--headless", "--convert-to", muoto, "--outdir", tmp, docx],
                   check=True, capture_output=True, timeout=180)
    nimi = os.path.splitext(os.path.basename(docx))[0] + "." + muoto
    shutil.move(os.path.join(tmp, nimi), kohde)


def main():
    tmp = tempfile.mkdtemp(prefix="sinetoity-")
    # PDF LibreOfficella
    src = os.path.join(tmp, "s-kirjasto-digituki-loppuraportti.docx")
    d01_kirjasto.rakenna(src)
    soffice(src, "pdf", os.path.join(OUT, "s-kirjasto-digituki-loppuraportti.pdf"))
    # ODT LibreOfficella
    src = os.path.join(tmp, "s-koulu-lukutaito-projektisuunnitelma.docx")
    d07_koulu.rakenna(src)
    soffice(src, "odt", os.path.join(OUT, "s-koulu-lukutaito-projektisuunnitelma.odt"))
    d02_nuoret.rakenna(os.path.join(OUT, "s-nuorisotyo-hankehakemus-esr.docx"))
    d03_leader.rakenna(os.path.join(OUT, "s-leader-kylatalo-hakemus.txt"))
    d04_kotihoito.rakenna(os.path.join(OUT, "s-kotihoito-arviointisuunnitelma.docx"))
    d05_kulttuuri.rakenna(os.path.join(OUT, "s-kulttuurihyvinvointi-exit-suunnitelma.md"))
    d06_tyollisyys.rakenna(os.path.join(OUT, "s-tyollisyys-jatkuvuussuunnitelma.docx"))
    d08_jarvi.rakenna(os.path.join(OUT, "s-jarvikunnostus-hankesuunnitelma.docx"))
    d09_saate.rakenna(os.path.join(OUT, "s-saatekirje-stea-avustushakemus.docx"))
    d10_kaiku.rakenna(os.path.join(OUT, "s-kaiku-hybridityo-loppuraportti.docx"))
    shutil.rmtree(tmp, ignore_errors=True)
    print("valmis:", OUT)


if __name__ == "__main__":
    main()
