from apu import *

def tausta(doc):
    t = doc.add_table(rows=4, cols=2); t.style = 'Table Grid'
    m = t.cell(0, 0).merge(t.cell(0, 1)); m.text = '1. Taustatiedot'
    m.paragraphs[0].runs[0].bold = True
    t.cell(1, 0).text = 'Toteuttajaviraston tai verkoston nimi'
    t.cell(1, 1).text = 'Valtionhallinnon Asiakaspalvelukeskus, Joensuun ja Kuopion toimipisteet'
    t.cell(2, 0).text = 'Hankkeen nimi ja määrärahapäätöksen diaarinumero'
    c = t.cell(2, 1); c.text = ''
    nt = c.add_table(rows=2, cols=2); nt.style = 'Table Grid'
    nt.cell(0, 0).text = 'Hankkeen nimi'; nt.cell(0, 1).text = 'Yhdessä jaksaen – etä- ja lähityön yhteiset pelisäännöt'
    nt.cell(1, 0).text = 'Diaarinumero'; nt.cell(1, 1).text = 'VK/412/00.01.05.01/2023'
    t.cell(3, 0).text = 'Yhteyshenkilö'
    t.cell(3, 1).text = 'Tiina Halttunen, kehittämispäällikkö, tiina.halttunen@vapk.fi, 029 553 1184'

I = [
 ('title', 'KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI'),
 ('p', 'Raportoitavat tiedot on täytetty kunkin kysymyksen alla olevaan kenttään.'),
 ('fn', tausta),
 ('h1', '2. Hankkeen teema ja tavoitteet'),
 ('b', 'Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?'),
 ('sdt', 'Hanke liittyi työhyvinvoinnin ja johtamisen teemaan. Keskuksen asiakaspalvelutyö muuttui koronavuosien jälkeen pysyvästi hybridityöksi, ja vuoden 2023 henkilöstökyselyssä yhteisöllisyyden kokemus oli laskenut kahdessa vuodessa 3,9:stä 3,2:een. Tavoitteina oli laatia tiimeille yhteiset etä- ja lähityön pelisäännöt, vahvistaa esihenkilöiden valmiuksia johtaa hajautettuja tiimejä ja palauttaa yhteisöllisyyden kokemus vähintään vuoden 2021 tasolle.'),
 ('h1', '3. Hankkeen toteutus'),
 ('b', 'Hankkeen kesto'),
 ('sdt', '1.2.2024–31.12.2025'),
 ('b', 'Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin ja vastasiko se alkuperäistä suunnitelmaa'),
 ('sdt', 'Kaikki 14 tiimiä kävivät läpi kolmen tapaamisen pelisääntöprosessin keväällä ja syksyllä 2024. Esihenkilöille järjestettiin kuuden moduulin valmennus hybridijohtamisesta syksyn 2024 ja kevään 2025 aikana. Keväällä 2025 kokeiltiin yhteisiä lähipäiviä kahdesti kuukaudessa. Suunnitelmasta poiketen vertaismentorointi käynnistyi vasta syksyllä 2025, koska valmentajan vaihtuminen viivästytti sitä.'),
 ('b', 'Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen'),
 ('sdt', 'Johtoryhmä käsitteli hanketta jokaisessa neljännesvuosikokouksessaan. Henkilöstöstä 87 % osallistui vähintään kahteen pelisääntötapaamiseen. Luottamusmiehet ja työsuojeluvaltuutettu olivat ohjausryhmässä.'),
 ('b', 'Luettelo käytetyistä menetelmistä ja kokemukset niistä'),
 ('sdt', 'Tiimisopimuspohja, fasilitoidut työpajat, esihenkilövalmennus, pulssikyselyt kahden kuukauden välein ja vertaismentorointi. Tiimisopimuspohja ja pulssikyselyt koettiin hyödyllisimmiksi; valmennuksen etämoduuleihin osallistuminen jäi vaihtelevaksi.'),
 ('b', 'Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä'),
 ('sdt', 'Työpajojen fasilitoijina toimivat keskuksen omat HR-asiantuntijat, mikä lisäsi luottamusta. Valmennuksen toteutti ulkopuolinen konsulttiyritys, jonka osaaminen oli hyvää, mutta esimerkit olisivat voineet olla lähempänä asiakaspalvelun arkea.'),
 ('b', 'Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?'),
 ('sdt', 'Valmentajan vaihtuminen kesällä 2025 siirsi mentoroinnin alkua. Osa tiimeistä koki pelisääntöjen laatimisen aluksi ylimääräiseksi työksi; tätä helpotettiin lyhentämällä tapaamiset 90 minuuttiin.'),
 ('b', 'Miten kustannusarvio toteutui?'),
 ('sdt', 'Kustannusarvio oli 68 000 euroa, josta Kaiku-rahoitusta 34 000 euroa. Toteutuneet kustannukset olivat 63 400 euroa. Säästö syntyi valmennuksen siirtymisestä osin etätoteutukseen.'),
 ('h1', '4. Tulokset ja vaikuttavuus'),
 ('b', 'Miten tavoitteet toteutuivat?'),
 ('sdt', 'Kaikilla 14 tiimillä on kirjatut pelisäännöt, jotka päivitetään vuosittain. Esihenkilöistä 19/21 suoritti valmennuksen. Yhteisöllisyyden kokemus nousi lokakuun 2025 henkilöstökyselyssä arvoon 3,7, joten vuoden 2021 tasoa ei aivan saavutettu.'),
 ('b', 'Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?'),
 ('sdt', 'Yhteiset lähipäivät paransivat myös asiakaspalvelun laatua: vaikeat asiakastapaukset ratkesivat nopeammin, kun kollegat olivat samassa tilassa.'),
 ('b', 'Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?'),
 ('sdt', 'Pulssikyselyt, henkilöstökyselyn vertailu vuosiin 2021 ja 2023, valmennuksen palautteet sekä ohjausryhmän väliarvio kesäkuussa 2025.'),
 ('b', 'Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?'),
 ('sdt', 'Tiimisopimukset, kaksi lähipäivää kuukaudessa, pulssikysely neljännesvuosittain ja esihenkilöiden vertaisryhmä.'),
 ('b', 'Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?'),
 ('sdt', 'Sairauspoissaolot vähenivät 11,2 päivästä 9,6 päivään henkilötyövuotta kohden vuosien 2023 ja 2025 välillä. Asiakaspalautteen keskiarvo pysyi ennallaan.'),
 ('h1', '5. Kehitysajatukset'),
 ('b', 'Kuinka aiotte jatkaa tästä eteenpäin? Miten pidätte uudistumiskykyä yllä jatkossa?'),
 ('sdt', 'Tiimisopimukset päivitetään joka tammikuu osana kehityskeskusteluja, ja esihenkilöiden vertaisryhmä jatkuu HR-yksikön koordinoimana. Vuonna 2026 kokeillaan lähipäivien yhteydessä asiakastapausten yhteisiä käsittelyhetkiä.'),
 ('h1', '6. Suositukset muille virastoille'),
 ('b', 'Mitä toteutuneessa hankkeessa oli sellaista innovatiivista (pienetkin ideat), jota suosittelisitte levitettäväksi myös muille työyhteisöille?'),
 ('sdt', 'Tiimisopimuspohja, joka mahtuu yhdelle sivulle, ja kahden kuukauden välein toistuva kolmen kysymyksen pulssikysely.'),
 ('b', 'Mitä muiden organisaatioiden kannattaisi ottaa huomioon, kun ne suunnittelevat kehittämishankkeita?'),
 ('sdtph', 'Suositukset2'),
 ('h1', '7. Tiivistelmä'),
 ('sdt', 'Yhdessä jaksaen -hankkeessa Valtionhallinnon Asiakaspalvelukeskuksen 14 tiimiä laativat yhteiset etä- ja lähityön pelisäännöt, ja 19 esihenkilöä suoritti hybridijohtamisen valmennuksen. Yhteisöllisyyden kokemus nousi 3,2:sta 3,7:ään ja sairauspoissaolot vähenivät. Pysyviksi käytännöiksi jäivät tiimisopimukset, kaksi lähipäivää kuukaudessa ja neljännesvuosittainen pulssikysely.'),
 ('h1', '8. Laatimispäivämäärä ja yhteystiedot'),
 ('kv', 'Laatimispäivämäärä', '2.6.2026'),
 ('kv', 'Raportin laatija', 'Tiina Halttunen, kehittämispäällikkö (yhteystiedot taustatiedoissa)'),
]
if __name__ == '__main__':
    name = 'r3-07-kaiku-yhdessa-jaksaen-loppuraportti'
    render_docx(new_doc(), I).save(os.path.join(OUT, name + '.docx'))
    save_expected(name, 'loppuraportti', [
        {"rule": "raportti.myohassa"},
        {"rule": "rakenne.pohjateksti"},
        {"rule": "rakenne.kysymys-vastaamatta", "count": 1}])
    print('d7', words(I))
