"""Rakentaa erän r2 asiakirjat kansioon era-2/. Aja: /tmp/wv2/bin/python rakenna.py
PDF tehdään LibreOfficella (soffice --headless --convert-to pdf); lähde-docx jää lahteet/-kansioon."""
import os, subprocess, sys, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import d1_stea, d2_esr, d3_leader, d4_koulupolku, d5_digituki, d6_kulttuurikaveri, d7_kaiku, d8_etapalvelu

LAHTEET = os.path.dirname(os.path.abspath(__file__))
ULOS = os.path.dirname(LAHTEET)

d1_stea.rakenna(os.path.join(ULOS, "r2-stea-hankehakemus-kaveriksi-nuoret.docx"))
d2_esr.rakenna(os.path.join(ULOS, "r2-esr-hankehakemus-askel-tyohon.docx"))
d3_leader.rakenna(os.path.join(ULOS, "r2-leader-hankehakemus-kylatalon-energia.txt"))
lahde = os.path.join(LAHTEET, "r2-arviointisuunnitelma-koulupolku.docx")
d4_koulupolku.rakenna(lahde)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", ULOS, lahde], check=True,
               stdout=subprocess.DEVNULL)
d5_digituki.rakenna(os.path.join(ULOS, "r2-arviointisuunnitelma-digituki-kotiin.docx"))
d6_kulttuurikaveri.rakenna(os.path.join(ULOS, "r2-exit-suunnitelma-kulttuurikaveri.md"))
d7_kaiku.rakenna(os.path.join(ULOS, "r2-loppuraportti-kaiku-hybridityo.docx"))
d8_etapalvelu.rakenna(os.path.join(ULOS, "r2-loppuraportti-lahipalvelut-etana-lomake.docx"))
print("valmis")
