"""Rakentaa era-5-erän: python3 tee_era5.py (python-docx, lxml; PDF:ään LibreOffice)."""
import json, os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from osa1 import tee_a
from osa1b import tee_b
from osa2 import tee_c, tee_d
from osa3 import tee_e, tee_f_lahde
from osa4 import tee_g, tee_h

LAHDE = os.path.dirname(os.path.abspath(__file__))
ULOS = os.path.dirname(LAHDE)

def kirjoita(nimi, odotus):
    perus = nimi.rsplit(".", 1)[0]
    with open(os.path.join(ULOS, perus + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(odotus, f, ensure_ascii=False, indent=1)
        f.write("\n")

def main():
    tyot = [
        ("a_kylatalo_leader_hankesuunnitelma.docx", tee_a),
        ("b_tyokykypolku_esr_hankehakemus.docx", tee_b),
        ("c_jaksamo_arviointisuunnitelma.md", tee_c),
        ("d_liikkuva_arki_arviointisuunnitelma.docx", tee_d),
        ("e_vinkki_exit_suunnitelma.docx", tee_e),
        ("g_kivijarvi_loppuraportti.docx", tee_g),
        ("h_digiapu_loppuraportti.txt", tee_h),
    ]
    for nimi, f in tyot:
        kirjoita(nimi, f(os.path.join(ULOS, nimi)))
    # F: .docx lahteet/-kansioon, PDF varsinaiseen kansioon
    lahde = os.path.join(LAHDE, "f_kulttuurikaverit_jatkuvuussuunnitelma.docx")
    odotus = tee_f_lahde(lahde)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", ULOS, lahde],
                   check=True, stdout=subprocess.DEVNULL)
    kirjoita("f_kulttuurikaverit_jatkuvuussuunnitelma.pdf", odotus)

if __name__ == "__main__":
    main()
