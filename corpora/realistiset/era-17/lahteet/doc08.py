from apu import *
OUT = '/work/main/corpora/realistiset/era-17/'

def build():
    d = Document()
    d.add_heading('Loppuraportti: Kokoelmat näkyviin', 0)
    paras(d, 'Kaiku-kehittämishanke · Kulttuuriperintölaitos KUPE, kokoelmapalvelut')
    d.add_heading('Tiivistelmä', 1)
    paras(d, """
Kokoelmat näkyviin -hankkeessa KUPEn kokoelmapalvelut uudisti digitaalisen kokoelmatyön käytännöt ja työnjaon. Hankkeessa kuvattiin luettelointiprosessi alusta loppuun, otettiin käyttöön yhteinen laatuohjeistus ja kokeiltiin hajautettua työtä, jossa luettelointia tehdään myös etänä ja kolmessa aluetoimipisteessä. Kokoelmatietokantaan julkaistujen objektien määrä kasvoi hankkeen aikana 22 000:sta 61 000:een, ja henkilöstön kokemus työn hallittavuudesta parani. Keskeinen oppi oli, että prosessin kuvaaminen yhdessä on itsessään tärkein tulos: se teki näkyväksi päällekkäisen työn ja pullonkaulat.
""")
    d.add_heading('1. Taustatiedot', 1)
    t = d.add_table(rows=4, cols=2); t.style = 'Table Grid'
    t.cell(0, 0).text = 'Toteuttajavirasto'; t.cell(0, 1).text = 'Kulttuuriperintölaitos KUPE, kokoelmapalvelut (Helsinki, Oulu, Jyväskylä, Turku)'
    t.cell(1, 0).text = 'Hankkeen nimi'; t.cell(1, 1).text = 'Kokoelmat näkyviin – digitaalisen kokoelmatyön käytännöt ja työnjako'
    m = t.cell(2, 0).merge(t.cell(2, 1))
    m.text = 'Määrärahapäätös: Valtiokonttori, Kaiku-työelämäpalvelut, päätös 14.2.2024, diaarinumero VK/1893/02.02.05/2024'
    t.cell(3, 0).text = 'Hankkeen kesto'; t.cell(3, 1).text = '1.3.2024–28.2.2026'

    d.add_heading('2. Hankkeen teema ja tavoitteet', 1)
    paras(d, """
Hanke liittyi Kaiku-teemaan "uudistuvat työtavat ja osaaminen". Kokoelmapalveluissa digitointi ja luettelointi olivat kasautuneet pääkaupunkiseudun toimipisteeseen, ja aluetoimipisteiden osaaminen jäi vajaakäytölle. Hankkeen tavoitteina oli (1) kuvata luettelointiprosessi ja poistaa siitä päällekkäiset työvaiheet, (2) jakaa kokoelmatyötä toimipisteiden kesken ja mahdollistaa etätyö sekä (3) nopeuttaa kokoelmien julkaisemista verkossa.
""")
    d.add_heading('3. Hankkeen toteutus', 1)
    paras(d, """
Hankkeen kesto oli kaksi vuotta (1.3.2024–28.2.2026). Ensimmäisenä puolivuotiskautena kuvattiin luettelointiprosessi neljässä työpajassa, joihin osallistui 27 kokoelmatyöntekijää kaikista toimipisteistä. Prosessikuvauksen pohjalta laadittiin laatuohjeistus ja tarkistuslistat. Keväällä 2025 aloitettiin hajautetun työn kokeilu, jossa aluetoimipisteet ottivat vastuulleen kokonaisia kokoelmakokonaisuuksia ja etäluettelointia tehtiin kahtena päivänä viikossa. Syksyllä 2025 kokeilun kokemukset koottiin ja työnjako vakiinnutettiin. Toteutus vastasi suunnitelmaa, mutta etätyön tietoturvaratkaisut vaativat arvioitua enemmän aikaa.

Johto sitoutui hankkeeseen alusta alkaen: kokoelmajohtaja toimi hankkeen omistajana ja ohjausryhmän puheenjohtajana. Henkilöstö osallistui kaikkiin vaiheisiin, ja jokaisesta toimipisteestä nimettiin kehittäjäkummi.

Käytetyt menetelmät olivat prosessityöpajat, Lean-menetelmän arvovirtakuvaus, kokeilut kahden kuukauden sykleissä ja vertaismentorointi. Arvovirtakuvaus koettiin hyödyllisimmäksi, kokeilusyklit taas hieman liian lyhyiksi.

Viraston omat asiantuntijat vastasivat sisällöstä, ja ulkopuolinen konsultti (Prosessipaja Oy) fasilitoi kaksi ensimmäistä työpajaa. Kokemukset ulkopuolisesta fasilitoinnista olivat hyviä, koska se auttoi käsittelemään toimipisteiden välisiä jännitteitä.

Ongelmat ja ratkaisut: etäluetteloinnin tietoturvavaatimukset viivästyttivät kokeilun alkua kahdella kuukaudella; ratkaisuksi hankittiin suojatut etäyhteydet yhdessä tietohallinnon kanssa.

Kustannusarvio toteutui: Kaiku-rahoitusta myönnettiin 42 000 euroa, josta käytettiin 40 150 euroa. Viraston oma panos oli noin 1,8 henkilötyövuotta.
""")
    d.add_heading('4. Tulokset ja vaikuttavuus', 1)
    paras(d, """
Tavoitteet toteutuivat pääosin. Luettelointiprosessista poistettiin neljä päällekkäistä tarkistusvaihetta, ja yhden objektin luettelointiaika lyheni keskimäärin 34 minuutista 21 minuuttiin. Aluetoimipisteet tekevät nyt 45 % luetteloinnista, kun osuus oli hankkeen alussa 12 %. Verkossa julkaistujen objektien määrä kasvoi 22 000:sta 61 000:een.

Yllättävä tulos oli, että etätyöpäivät paransivat keskittymistä vaativan luetteloinnin laatua: virheiden määrä laatutarkastuksissa väheni. Toisaalta osa työntekijöistä koki yhteisöllisyyden heikentyneen, minkä vuoksi toimipisteet aloittivat yhteiset etäkahvit.

Toteutusta ja tuloksia arvioitiin työhyvinvointikyselyllä, luettelointimäärien ja -aikojen seurannalla, kokeilujaksojen palautteilla ja ohjausryhmän loppuarviointityöpajalla.

Pysyviä toimintatapoja ovat prosessikuvaus ja laatuohjeistus, hajautettu työnjako ja kehittäjäkummien verkosto. Vaikutukset näkyvät asiakkaille siten, että kokoelmat ovat nopeammin tutkijoiden ja yleisön saatavilla verkossa.
""")
    d.add_heading('5. Kehitysajatukset', 1)
    paras(d, """
Jatkamme kehittämistä kokoelmapalvelujen vuosisuunnitelman kautta: kehittäjäkummit kokoontuvat neljännesvuosittain, ja prosessikuvaus päivitetään vuosittain. Seuraavaksi tarkastelemme, miten tekoälyavusteista luettelointia voisi hyödyntää laatuohjeistuksen puitteissa.
""")
    d.add_heading('6. Suositukset muille virastoille', 1)
    paras(d, """
Suosittelemme prosessin kuvaamista yhdessä koko henkilöstön kanssa ennen kuin työnjakoa muutetaan. Hajautettua työtä suunnittelevien kannattaa ottaa tietohallinto mukaan jo hakuvaiheessa ja varata aikaa tietoturvaratkaisuihin.
""")
    d.add_heading('7. Yhteystiedot', 1)
    tracked_par(d, [('b', 'Raportin laatimispäivä: '), ('d', 'xx.xx.2026'), ('i', '24.4.2026')], author='Elina Koskimies', date='2026-04-24T13:05:00Z')
    ot = d.add_table(rows=1, cols=1); ot.style = 'Table Grid'
    c = ot.cell(0, 0); c.text = 'Yhteyshenkilöt'
    nt = c.add_table(rows=3, cols=3); nt.style = 'Table Grid'
    for ri, row in enumerate([['Nimi', 'Rooli', 'Sähköposti'],
                              ['Elina Koskimies', 'projektipäällikkö, kokoelmapalvelut', 'elina.koskimies@kupe.example.fi'],
                              ['Antti Rautavaara', 'kokoelmajohtaja', 'antti.rautavaara@kupe.example.fi']]):
        for ci, v in enumerate(row):
            nt.cell(ri, ci).text = v
    d.save(OUT + '08_kokoelmat_nakyviin_loppuraportti.docx')
    return {"doc_type": "loppuraportti", "findings": []}
