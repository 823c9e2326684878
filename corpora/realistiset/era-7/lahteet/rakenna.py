"""Rakentaa era-7-erän asiakirjat. Aja: /tmp/writer7-venv/bin/python rakenna.py"""
import json, shutil, subprocess, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import d1_kotona_kuntoutuen, d2_polku_eteenpain, d4_kokoelmat, d6_omaishoitajat, d7_tyopaikkaohjaajat, d8_ilmastoteot

L = Path(__file__).parent
E = L.parent

def soffice(lahde, muoto):
    subprocess.run(['soffice', '--headless', '--convert-to', muoto, '--outdir', str(E), str(lahde)],
                   check=True, capture_output=True, timeout=180)

ODOTETUT = {
    'kotona_kuntoutuen_hankesuunnitelma.docx': {'doc_type': 'hankesuunnitelma', 'findings': []},
    'polku_eteenpain_arviointisuunnitelma.odt': {'doc_type': 'arviointisuunnitelma', 'findings': [
        {'rule': 'arviointi.ei-ulkoista'}, {'rule': 'juurrutus.alkaa-myohaan'}]},
    'purot_kuntoon_exit-suunnitelma.md': {'doc_type': 'exit-suunnitelma', 'findings': []},
    'kokoelmat_kaiku_loppuraportti.pdf': {'doc_type': 'loppuraportti', 'findings': [
        {'rule': 'raportti.myohassa'}, {'rule': 'rakenne.kysymys-vastaamatta'}]},
    'kylatalojen_tarinat_leader_hakemus.txt': {'doc_type': 'hankesuunnitelma', 'findings': [
        {'rule': 'rakenne.osio-puuttuu', 'target': 'riskit'}, {'rule': 'rakenne.pohjateksti'},
        {'rule': 'tavoite.ei-arviointia'}]},
    'vertaisvoimaa_loppuraportti.docx': {'doc_type': 'loppuraportti', 'findings': []},
    'ohjaaja_verkossa_jatkuvuussuunnitelma.docx': {'doc_type': 'exit-suunnitelma', 'findings': [
        {'rule': 'exit.omistaja-hankkeen-sisalla'}, {'rule': 'exit.ei-seurantaa'},
        {'rule': 'rakenne.pohjateksti'}]},
    'ilmastoteot_arviointisuunnitelma.docx': {'doc_type': 'arviointisuunnitelma', 'findings': []},
}

def main():
    d1_kotona_kuntoutuen.rakenna(E / 'kotona_kuntoutuen_hankesuunnitelma.docx')
    d2 = L / 'polku_eteenpain_arviointisuunnitelma.docx'; d2_polku_eteenpain.rakenna(d2); soffice(d2, 'odt')
    shutil.copy(L / 'd3_purot.md.in', E / 'purot_kuntoon_exit-suunnitelma.md')
    d4 = L / 'kokoelmat_kaiku_loppuraportti.docx'; d4_kokoelmat.rakenna(d4); soffice(d4, 'pdf')
    shutil.copy(L / 'd5_kylatalot.txt.in', E / 'kylatalojen_tarinat_leader_hakemus.txt')
    d6_omaishoitajat.rakenna(E / 'vertaisvoimaa_loppuraportti.docx')
    d7_tyopaikkaohjaajat.rakenna(E / 'ohjaaja_verkossa_jatkuvuussuunnitelma.docx')
    d8_ilmastoteot.rakenna(E / 'ilmastoteot_arviointisuunnitelma.docx')
    for nimi, odotus in ODOTETUT.items():
        assert (E / nimi).exists(), nimi
        stem = nimi.rsplit('.', 1)[0]
        (E / f'{stem}.expected.json').write_text(json.dumps(odotus, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
    print('valmis')

if __name__ == '__main__':
    main()
