"""Rakentaa era-17-erän: python3 rakenna.py (vaatii python-docx + lxml ja LibreOfficen)."""
import json, os, subprocess, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE) + '/'

def soffice(src, fmt):
    subprocess.run(['soffice', '--headless', '--convert-to', fmt, '--outdir', OUT, src], check=True,
                   stdout=subprocess.DEVNULL)

def save(name, ann):
    with open(OUT + name + '.expected.json', 'w', encoding='utf-8') as f:
        json.dump(ann, f, ensure_ascii=False, indent=1)

save('01_polkuja_toihin_esr_hankesuunnitelma', doc01.build())
save('02_kylatuvat_stea_hankesuunnitelma', doc02.build())
a = doc03.build(); soffice(HERE + '/03_lukupolku_arviointisuunnitelma.docx', 'pdf'); save('03_lukupolku_arviointisuunnitelma', a)
save('04_puhtaat_purot_arviointisuunnitelma', doc04.build())
save('05_kotona_kuntoutuen_exit_suunnitelma', doc05.build())
a = doc06.build(); soffice(HERE + '/06_kylaraitti_jatkuvuussuunnitelma.docx', 'odt'); save('06_kylaraitti_jatkuvuussuunnitelma', a)
save('07_asiakaspalvelu_yhdeksi_kaiku_loppuraportti', doc07.build())
save('08_kokoelmat_nakyviin_loppuraportti', doc08.build())
print('valmis')
