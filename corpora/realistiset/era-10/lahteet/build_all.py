"""Rakentaa era-10-erän uudelleen: python build_all.py (aja lahteet/-kansiossa venvin pythonilla)."""
import json, os, shutil, subprocess
import gen_hanke1, gen_hanke2, gen_exit1, gen_exit2, gen_loppu1, gen_loppu2

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def soffice(src, fmt):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", OUT, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

gen_hanke1.build(os.path.join(OUT, "01_projektisuunnitelma_kotikuntoutus.docx"))
gen_hanke2.build(os.path.join(HERE, "02_hanke-esitys_kylatalot.docx")); soffice(os.path.join(HERE, "02_hanke-esitys_kylatalot.docx"), "odt")
shutil.copy(os.path.join(HERE, "03_arviointisuunnitelma_polku-toihin.md"), OUT)
shutil.copy(os.path.join(HERE, "04_arviointisuunnitelma_nuorten-mielenterveys.txt"), OUT)
gen_exit1.build(os.path.join(OUT, "05_exit-suunnitelma_digituki.docx"))
gen_exit2.build(os.path.join(HERE, "06_jatkuvuussuunnitelma_iltapaivatoiminta.docx")); soffice(os.path.join(HERE, "06_jatkuvuussuunnitelma_iltapaivatoiminta.docx"), "pdf")
gen_loppu1.build(os.path.join(OUT, "07_loppuraportti_kaiku_asiakaspalvelu.docx"))
gen_loppu2.build(os.path.join(OUT, "08_loppuraportti_kulttuurikasvatus.docx"))

EXPECTED = {
    "01_projektisuunnitelma_kotikuntoutus": {"doc_type": "hankesuunnitelma", "findings": []},
    "02_hanke-esitys_kylatalot": {"doc_type": "hankesuunnitelma", "findings": [
        {"rule": "tavoite.ei-arviointia", "count": 1},
        {"rule": "rakenne.osio-puuttuu", "target": "riskit"},
        {"rule": "exit.ei-omistajaa"}]},
    "03_arviointisuunnitelma_polku-toihin": {"doc_type": "arviointisuunnitelma", "findings": []},
    "04_arviointisuunnitelma_nuorten-mielenterveys": {"doc_type": "arviointisuunnitelma", "findings": [
        {"rule": "rakenne.pohjateksti"},
        {"rule": "arviointi.ei-ulkoista"},
        {"rule": "rakenne.kysymys-vastaamatta"}]},
    "05_exit-suunnitelma_digituki": {"doc_type": "exit-suunnitelma", "findings": []},
    "06_jatkuvuussuunnitelma_iltapaivatoiminta": {"doc_type": "exit-suunnitelma", "findings": [
        {"rule": "exit.omistaja-hankkeen-sisalla"},
        {"rule": "exit.ei-seurantaa"}]},
    "07_loppuraportti_kaiku_asiakaspalvelu": {"doc_type": "loppuraportti", "findings": [
        {"rule": "rakenne.pohjateksti"},
        {"rule": "rakenne.kysymys-vastaamatta"},
        {"rule": "raportti.myohassa"}]},
    "08_loppuraportti_kulttuurikasvatus": {"doc_type": "loppuraportti", "findings": []},
}
for name, exp in EXPECTED.items():
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write("\n")
print("valmis")
