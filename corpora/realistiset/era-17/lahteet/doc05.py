from apu import *
OUT = '/work/main/corpora/realistiset/era-17/'

def build():
    d = Document()
    d.add_heading('Exit-suunnitelma – Kotona kuntoutuen -hanke', 0)
    paras(d, """
Järvi-Hämeen hyvinvointialue, ikäihmisten palvelut · Kestävän kasvun ohjelman (RRF) Tulevaisuuden sosiaali- ja terveyskeskus -hanke, osakokonaisuus 3.2
Hankeaika 1.1.2023–31.12.2025 · Exit-suunnitelma laadittu 15.8.2025, päivitetty 2.10.2025
""")
    d.add_paragraph('Exit-suunnitelma on käsitelty hyvinvointialueen kehittämisen johtoryhmässä 7.10.2025.')
    d.add_heading('1. Mitä hankkeessa kehitettiin ja mitä otetaan pysyvästi käyttöön?', 1)
    sdt_block(d, 'Kehitetyt toimintamallit', [
        'Hankkeessa kehitettiin kotiuttamisen jälkeinen kuntouttava arviointijakso: sairaalasta tai päivystyksestä kotiutuva ikäihminen saa kotiinsa enintään neljän viikon ajan fysioterapeutin ja lähihoitajan työparin, joka arvioi toimintakyvyn, laatii kuntoutussuunnitelman ja ohjaa omatoimista harjoittelua. Lisäksi kehitettiin etäkuntoutuksen ryhmät (tuolijumppa ja tasapainoharjoittelu videoyhteydellä) ja kotihoidon henkilöstön kuntouttavan työotteen valmennus.',
        'Kuntouttava arviointijakso ja etäkuntoutuksen ryhmät otetaan pysyvästi käyttöön koko hyvinvointialueella 1.1.2026 alkaen. Valmennus liitetään kotihoidon uusien työntekijöiden perehdytykseen. Hankkeen aikana jaksolle osallistui 1 146 asiakasta, ja heistä 61 % selviytyi jakson jälkeen ilman säännöllistä kotihoitoa tai kevyemmällä palvelulla kuin alkuarviossa oli arvioitu.'])
    d.add_heading('2. Kuka vastaa toiminnasta hankkeen jälkeen?', 1)
    d.add_paragraph('Vastuutaho ja vastuuhenkilö:')
    sdt_block(d, 'Vastuutaho', [
        'Toiminnan omistajana on Järvi-Hämeen hyvinvointialueen kotihoidon ja kotikuntoutuksen palvelualue. Vastuuhenkilö on palvelupäällikkö Minna Aaltonen, joka vastaa kuntouttavan arviointijakson ja etäkuntoutusryhmien toiminnasta, resursseista ja laadusta 1.1.2026 alkaen. Kuntouttavan työotteen valmennuksesta vastaa kotihoidon osaamisen kehittämisen asiantuntija Juha Leppälä.'])
    d.add_heading('3. Resurssit', 1)
    sdt_block(d, 'Resurssit', [
        'Hankkeessa toimineet neljä fysioterapeuttia ja kuusi lähihoitajaa siirtyvät kotikuntoutustiimin vakinaisiin toimiin, ja vakanssit on hyväksytty aluehallituksessa 9.6.2025 hyvinvointialueen vuoden 2026 talousarvioon (noin 540 000 euroa vuodessa). Etäkuntoutuksen laitteet ja lisenssit siirtyvät kotihoidon omistukseen. Siirtymävaiheen perehdytykseen on varattu hankkeen viimeiseltä neljännekseltä projektipäällikön ja kahden kehittäjän työaika.'])
    d.add_heading('4. Tulosten levittäminen', 1)
    sdt_block(d, 'Levittäminen', [
        'Kuntouttavan arviointijakson kuvaus, kirjaamisohjeet ja mittaristo julkaistaan Innokylässä marraskuussa 2025. Mallia esiteltiin Kanta-Hämeen ja Pirkanmaan hyvinvointialueiden yhteisessä webinaarissa syyskuussa 2025, ja hankkeen päätösseminaari järjestetään 27.11.2025 hybriditilaisuutena. Etäkuntoutuksen ohjaajan opas jaetaan muille hyvinvointialueille THL:n Tulevaisuuden sote-keskus -verkoston kautta. Kotihoidon henkilöstölle malli esitellään tiimipalavereissa ja intranetissä.'])
    d.add_heading('5. Kehittämistyön jatko', 1)
    sdt_block(d, 'Jatkokehittäminen', [
        'Jatkokehittämisen kohteita ovat arviointijakson laajentaminen omaishoitoperheisiin ja etäkuntoutuksen ryhmien tarjoaminen myös kotihoidon ulkopuolisille ikäihmisille yhdessä järjestöjen kanssa. Jatkokehittämistä johtaa palvelupäällikkö Minna Aaltonen osana palvelualueen toimintasuunnitelmaa 2026, ja hyvinvointialueen kehittämisyksikkö tukee kehittämistä.'])
    d.add_heading('6. Miten juurtumista seurataan hankkeen jälkeen?', 1)
    # seuranta vain muutosten jäljityksen lisäyksenä
    tracked_par(d, [('i', 'Juurtumista seurataan kotihoidon johtoryhmässä puolivuosittain vuosina 2026–2027. Seurattavia tietoja ovat arviointijaksolle ohjattujen asiakkaiden määrä, jakson jälkeen tarvittavan kotihoidon tuntimäärä ja asiakkaiden toimintakyvyn muutos (RAI-mittarit). Palvelupäällikkö raportoi tiedot hyvinvointialueen kehittämisen johtoryhmälle kesäkuussa 2026 ja tammikuussa 2027.')],
                author='Minna Aaltonen', date='2025-10-02T09:30:00Z')
    tracked_par(d, [('d', 'Seuranta sovitaan myöhemmin.')], author='Minna Aaltonen', date='2025-10-02T09:31:00Z')
    d.save(OUT + '05_kotona_kuntoutuen_exit_suunnitelma.docx')
    return {"doc_type": "exit-suunnitelma", "findings": []}
