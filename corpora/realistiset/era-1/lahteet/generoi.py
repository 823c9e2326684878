"""Rakentaa erän r1 asiakirjat ja niiden .expected.json-tiedostot.

Käyttö (hakemistosta lahteet/):
    python3.11 -m venv /tmp/wv1 && /tmp/wv1/bin/pip install python-docx lxml
    /tmp/wv1/bin/python generoi.py

.md- ja .txt-asiakirjat on kirjoitettu käsin suoraan kansioon; tämä skripti kirjoittaa niille vain
odotustiedostot. PDF tehdään LibreOfficella väliaikaiskansioon rakennetusta .docx:stä.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import doc1_liikunta, doc2_stea, doc3_esr, doc5_kirjasto, doc6_kaiku, doc7_etahoiva  # noqa: E402

ODOTETUT = {
    "r1-kunta-liikunta-hankesuunnitelma.docx": {"doc_type": "hankesuunnitelma", "findings": []},
    "r1-yhdistys-nuoret-stea-hakemus.docx": {"doc_type": "hankesuunnitelma", "findings": [
        {"rule": "tavoite.ei-arviointia", "count": 1},
        {"rule": "rakenne.osio-puuttuu", "target": "riskit"},
        {"rule": "rakenne.pohjateksti"},
        {"rule": "exit.ei-omistajaa"},
    ]},
    "r1-esr-tyollisyys-arviointisuunnitelma.docx": {"doc_type": "arviointisuunnitelma", "findings": []},
    "r1-leader-vesistot-arviointisuunnitelma.md": {"doc_type": "arviointisuunnitelma", "findings": [
        {"rule": "arviointi.ei-ulkoista"},
        {"rule": "juurrutus.alkaa-myohaan"},
    ]},
    "r1-kirjasto-kulttuuri-loppuraportti.pdf": {"doc_type": "loppuraportti", "findings": []},
    "r1-kaiku-virasto-loppuraportti.docx": {"doc_type": "loppuraportti", "findings": [
        {"rule": "raportti.myohassa"},
        {"rule": "rakenne.kysymys-vastaamatta", "count": 2},
        {"rule": "rakenne.pohjateksti"},
    ]},
    "r1-hyvinvointialue-etahoiva-exit-suunnitelma.docx": {"doc_type": "exit-suunnitelma", "findings": []},
    "r1-ammattiopisto-digiohjaus-exit.txt": {"doc_type": "exit-suunnitelma", "findings": [
        {"rule": "exit.omistaja-hankkeen-sisalla"},
        {"rule": "exit.ei-seurantaa"},
    ]},
}


def main():
    doc1_liikunta.rakenna(os.path.join(OUT, "r1-kunta-liikunta-hankesuunnitelma.docx"))
    doc2_stea.rakenna(os.path.join(OUT, "r1-yhdistys-nuoret-stea-hakemus.docx"))
    doc3_esr.rakenna(os.path.join(OUT, "r1-esr-tyollisyys-arviointisuunnitelma.docx"))
    doc6_kaiku.rakenna(os.path.join(OUT, "r1-kaiku-virasto-loppuraportti.docx"))
    doc7_etahoiva.rakenna(os.path.join(OUT, "r1-hyvinvointialue-etahoiva-exit-suunnitelma.docx"))

    # PDF:n lähde-.docx rakennetaan väliaikaiskansioon, jotta asiakirja näkyy korpuksessa vain kerran
    with tempfile.TemporaryDirectory() as tmp:
        lahde = os.path.join(tmp, "r1-kirjasto-kulttuuri-loppuraportti.docx")
        doc5_kirjasto.rakenna(lahde)
        soffice = shutil.which("soffice") or "/usr/bin/soffice"
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", OUT, lahde],
                       check=True, stdout=subprocess.DEVNULL)

    for nimi, odotus in ODOTETUT.items():
        polku = os.path.join(OUT, nimi)
        if not os.path.exists(polku):
            raise SystemExit(f"puuttuu: {polku}")
        runko = nimi.rsplit(".", 1)[0]
        with open(os.path.join(OUT, runko + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(odotus, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("valmis:", len(ODOTETUT), "asiakirjaa")


if __name__ == "__main__":
    main()
