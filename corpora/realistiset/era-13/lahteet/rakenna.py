"""Rakentaa era-13-erän dokumentit uudelleen: python3 rakenna.py (vaatii python-docx, lxml ja LibreOfficen)."""
import json, os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import doc01, doc03, doc04, doc05, doc06, doc08

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

DOCS = {
    "01_stea_kohtaamo_hankesuunnitelma.docx": (doc01, {"doc_type": "hankesuunnitelma", "findings": []}),
    "03_leader_lampoa_kylille_hankesuunnitelma.pdf": (doc03, {"doc_type": "hankesuunnitelma", "findings": [
        {"rule": "juurrutus.4v-vaihe-puuttuu", "target": "valtavirtaistaminen"},
        {"rule": "exit.omistaja-hankkeen-sisalla"},
        {"rule": "aikataulu.ristiriita"}]}),
    "04_taidetta_kotiin_arviointisuunnitelma.docx": (doc04, {"doc_type": "arviointisuunnitelma", "findings": []}),
    "05_digiapu_lahelle_exit-suunnitelma.docx": (doc05, {"doc_type": "exit-suunnitelma", "findings": []}),
    "06_kaiku_hybridityo_loppuraportti.docx": (doc06, {"doc_type": "loppuraportti", "findings": []}),
    "08_sarvilahti_arviointisuunnitelma.docx": (doc08, {"doc_type": "arviointisuunnitelma", "findings": [
        {"rule": "arviointi.ei-ulkoista"},
        {"rule": "tavoite.ei-toimenpidetta"},
        {"rule": "rakenne.pohjateksti"}]}),
}
# Käsin kirjoitetut (.txt, .md): vain annotaatiot täällä
STATIC = {
    "02_esr_tyopolku55_hakemus.txt": {"doc_type": "hankesuunnitelma", "findings": [
        {"rule": "tavoite.ei-arviointia"},
        {"rule": "rakenne.osio-puuttuu", "target": "riskit"},
        {"rule": "juurrutus.alkaa-myohaan"}]},
    "07_liikkuva_iltapaiva_loppuraportti.md": {"doc_type": "loppuraportti", "findings": [
        {"rule": "raportti.myohassa"},
        {"rule": "rakenne.kysymys-vastaamatta"}]},
}


def write_expected(name, exp):
    base = name.rsplit(".", 1)[0]
    with open(os.path.join(OUT, base + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write("\n")


for name, (mod, exp) in DOCS.items():
    base, ext = name.rsplit(".", 1)
    if ext == "pdf":
        src = os.path.join(HERE, base + ".docx")
        mod.build(src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, src], check=True)
    else:
        mod.build(os.path.join(OUT, name))
    write_expected(name, exp)
for name, exp in STATIC.items():
    write_expected(name, exp)
print("valmis")
