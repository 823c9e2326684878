"""Rakentaa era-15-erän dokumentit ja niiden .expected.json-annotaatiot.
Ajo: /tmp/writer15-venv/bin/python rakenna_era15.py  (PDF vaatii LibreOfficen: /usr/bin/soffice)"""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import d01, d02, d03, d04, d05, d06, d07, d08

DOCS = [
    ("01_askelmerkit_esr_hakemus.docx", d01, {"doc_type": "hankesuunnitelma", "findings": []}),
    ("02_pihlajakoski_leader_hankesuunnitelma.pdf", d02, {"doc_type": "hankesuunnitelma", "findings": [
        {"rule": "juurrutus.alkaa-myohaan"},
        {"rule": "exit.ei-omistajaa"},
        {"rule": "aikataulu.ristiriita"}]}),
    ("03_jaksamispiiri_stea_lomake.txt", d03, {"doc_type": "hankesuunnitelma", "findings": [
        {"rule": "tavoite.ei-arviointia", "count": 1},
        {"rule": "rakenne.pohjateksti"}]}),
    ("04_kurjenjoki_ely_hakemus.docx", d04, {"doc_type": "hankesuunnitelma", "findings": []}),
    ("05_iltaparkki_arviointisuunnitelma.md", d05, {"doc_type": "arviointisuunnitelma", "findings": []}),
    ("06_liikkuva_iltapaiva_exit.docx", d06, {"doc_type": "exit-suunnitelma", "findings": [
        {"rule": "exit.omistaja-hankkeen-sisalla"},
        {"rule": "exit.ei-seurantaa"}]}),
    ("07_muistikahvila_jatkuvuussuunnitelma.docx", d07, {"doc_type": "exit-suunnitelma", "findings": []}),
    ("08_yhdessa_erillaan_kaiku_loppuraportti.docx", d08, {"doc_type": "loppuraportti", "findings": [
        {"rule": "raportti.myohassa"},
        {"rule": "rakenne.pohjateksti"}]}),
]


def main():
    for nimi, mod, odotus in DOCS:
        perus, ext = os.path.splitext(nimi)
        if ext == ".pdf":
            lahde = os.path.join(HERE, perus + ".docx")
            mod.rakenna(lahde)
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, lahde],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        else:
            mod.rakenna(os.path.join(OUT, nimi))
        with open(os.path.join(OUT, perus + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(odotus, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("ok", nimi)


if __name__ == "__main__":
    main()
