"""Rakentaa sinetoity-6-erän uudelleen: python build_all.py (python-docx, lxml; PDF:ään LibreOffice)."""
import json, os, shutil, subprocess, runpy
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
os.chdir(HERE)
for s in ["doc01.py", "doc02.py", "doc05.py", "doc06.py", "doc07.py", "doc08.py", "doc09.py", "doc10.py"]:
    runpy.run_path(s, run_name="__main__")
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, "05_taike_saariston_aanet_loppuraportti.docx"], check=True)
for f, dt, fi in [("03_okm_digimentorit_arviointisuunnitelma.md", "arviointisuunnitelma",
                   [{"rule": "arviointi.ei-ulkoista"}, {"rule": "arviointi.ei-aikataulua"}]),
                  ("04_hyvinvointialue_liikuntaluotsi_exit-suunnitelma.txt", "exit-suunnitelma", [])]:
    shutil.copy(f, OUT)
    with open(os.path.join(OUT, f.rsplit(".", 1)[0] + ".expected.json"), "w", encoding="utf-8") as h:
        json.dump({"doc_type": dt, "findings": fi}, h, ensure_ascii=False, indent=1); h.write("\n")
