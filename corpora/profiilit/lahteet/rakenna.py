"""Rakentaa koko profiilikorpuksen uudelleen: python rakenna.py (tarvitsee python-docx)."""
import kaiku, stea, esr, avi

for moduuli in (kaiku, stea, esr, avi):
    moduuli.KANSIO.mkdir(parents=True, exist_ok=True)
    moduuli.hyva()
    moduuli.puutteellinen()
print("valmis")
