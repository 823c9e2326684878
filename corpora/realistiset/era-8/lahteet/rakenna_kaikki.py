# Rakentaa erän 8 dokumentit uudelleen: /tmp/writer8-venv/bin/python rakenna_kaikki.py (vaatii soffice)
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
import osa2_doc1, osa3_muut, osa4_docx, osa5_docx
osa2_doc1.doc1()
osa3_muut.doc2(); osa3_muut.doc4()
osa4_docx.doc3(); osa4_docx.doc5()
osa5_docx.doc6(); osa5_docx.doc7(); osa5_docx.doc8()
print("valmis")
