"""Rakentaa era-21-erän dokumentit: /tmp/writer21-venv/bin/python rakenna.py (ajettava lahteet/-kansiossa)."""
import os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import doc01, doc02, doc03, doc05, doc07, doc08
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
doc01.rakenna(os.path.join(OUT, "01_esr_reitti_toihin_hankesuunnitelma.docx"))
doc02.rakenna(os.path.join(OUT, "02_leader_kylan_muisti_hankesuunnitelma.docx"))
doc03.rakenna(os.path.join(HERE, "03_stea_omaisvoimaa_arviointisuunnitelma.docx"))
doc05.rakenna(os.path.join(OUT, "05_kaiku_hybridityo_loppuraportti.docx"))
doc07.rakenna(os.path.join(OUT, "07_stea_arjen_kulmat_hakemuslomake.docx"))
doc08.rakenna(os.path.join(OUT, "08_okm_lukuinto_arviointisuunnitelma.docx"))
shutil.copy(os.path.join(HERE, "doc04.md"), os.path.join(OUT, "04_avi_digiapu_exit-suunnitelma.md"))
shutil.copy(os.path.join(HERE, "doc06.txt"), os.path.join(OUT, "06_ely_purot_kuntoon_loppuraportti.txt"))
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT,
                os.path.join(HERE, "03_stea_omaisvoimaa_arviointisuunnitelma.docx")], check=True)
