import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from apu import *
HERE = os.path.dirname(os.path.abspath(__file__))
doc = new_doc()
doc.add_heading('KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI', 0)
doc.add_paragraph('Etäjohtamisen yhteiset pelisäännöt – hanke')
doc.add_heading('Tiivistelmä', 1)
doc.add_paragraph(
    'Lupa- ja valvontakeskuksen Pohjois-Suomen toimialueella kehitettiin vuoden mittaisessa hankkeessa '
    'etä- ja hybridityön yhteiset pelisäännöt ja esihenkilöiden etäjohtamisen valmennus. Mukana oli 9 tiimiä '
    'ja 14 esihenkilöä. Tiimisopimus on nyt käytössä kaikissa tiimeissä, ja työhyvinvointikyselyn '
    'yhteisöllisyyttä kuvaava keskiarvo nousi 3,2:sta 3,7:ään. Toimintamallia suositellaan muille '
    'hajautetuille virastoille.')
doc.add_heading('1. Taustatiedot', 1)
doc.add_paragraph('Toteuttajaviraston nimi: Lupa- ja valvontakeskus, Pohjois-Suomen toimialue (Oulu ja Rovaniemi)')
doc.add_paragraph('Hankkeen nimi ja määrärahapäätöksen diaarinumero: Etäjohtamisen yhteiset pelisäännöt, VK/2231/00.03.05/2023')
doc.add_heading('2. Hankkeen teema ja tavoitteet', 1)
doc.add_paragraph('Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?')
doc.add_paragraph(
    'Hanke liittyi Kaiku-teemaan ”johtaminen ja työn uudet tavat”. Tavoitteina oli (1) laatia jokaiselle '
    'tiimille oma etä- ja hybridityön tiimisopimus, (2) vahvistaa esihenkilöiden etäjohtamisen osaamista '
    'ja (3) parantaa kahden toimipisteen välistä yhteisöllisyyttä.')
doc.add_heading('3. Hankkeen toteutus', 1)
doc.add_paragraph('Hankkeen kesto: 1.2.2024–31.1.2025.')
doc.add_paragraph(
    'Käytännössä toteutettiin neljä tiimityöpajaa jokaisessa tiimissä (yhteensä 36 pajaa), esihenkilöiden '
    'kuuden kerran valmennusohjelma ja kaksi koko henkilöstön yhteispäivää, toinen Oulussa ja toinen '
    'Rovaniemellä. Suunnitelmasta poiketen kolmas yhteispäivä korvattiin verkkotilaisuudella, koska '
    'matkustusbudjettia tarvittiin pajojen lisäkertoihin.')
doc.add_paragraph(
    'Johto sitoutui hankkeeseen hyvin: toimialueen johtaja osallistui ohjausryhmään ja avasi molemmat '
    'yhteispäivät. Henkilöstön osallistumisprosentti pajoihin oli 84.')
doc.add_paragraph(
    'Menetelminä käytettiin tiimisopimuspohjaa, fasilitoituja työpajoja, esihenkilöiden vertaismentorointia '
    'ja lyhyitä pulssikyselyjä. Vertaismentorointi koettiin hyödyllisimmäksi.')
doc.add_paragraph(
    'Viraston omat HR-asiantuntijat vetivät tiimipajat, ja esihenkilövalmennus ostettiin Valmennus Kajo '
    'Oy:ltä. Työnjako toimi, mutta ulkopuolisen valmentajan tuntemus viraston arjesta oli aluksi ohutta.')
doc.add_paragraph('Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?')
doc.add_paragraph(
    'Kesäkuukausina pajojen aikatauluttaminen oli vaikeaa lomien vuoksi; pajat siirrettiin syyskuulle, ja '
    'aikataulu kiristyi loppua kohden.')
doc.add_paragraph('Miten kustannusarvio toteutui?')
doc.add_paragraph(
    'Kaiku-rahoitusta myönnettiin 38 000 euroa, ja sitä käytettiin 36 450 euroa. Viraston oma panos oli '
    'noin 420 henkilötyötuntia.')
doc.add_heading('4. Tulokset ja vaikuttavuus', 1)
doc.add_paragraph('Miten tavoitteet toteutuivat?')
doc.add_paragraph(
    'Kaikki yhdeksän tiimiä laativat tiimisopimuksen, ja sopimukset on päivitetty kerran. Esihenkilöistä '
    '13/14 suoritti valmennuksen. Yhteisöllisyyden keskiarvo nousi työhyvinvointikyselyssä 3,2:sta 3,7:ään.')
doc.add_paragraph('Mitä yllättäviä tuloksia tuli? Tiimisopimusten myötä myös kokouskäytännöt yhtenäistyivät, vaikka sitä ei tavoiteltu.')
doc.add_paragraph('Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?')
doc.add_paragraph('Pulssikyselyillä kolme kertaa, työhyvinvointikyselyn vertailulla sekä ohjausryhmän loppuarviointipalaverilla.')
doc.add_paragraph(
    'Pysyviksi toimintatavoiksi jäivät tiimisopimusten vuosittainen päivitys ja esihenkilöiden '
    'vertaismentorointi. Asiakkaille vaikutus näkyy siinä, että toimipisteiden välinen työnjako on selkeämpi '
    'ja lupa-asioiden käsittely ei enää katkea, kun asia siirtyy toimipisteestä toiseen.')
doc.add_heading('5. Kehitysajatukset', 1)
doc.add_paragraph(
    'Jatkamme tiimisopimusten päivittämistä vuosittain kehityskeskustelukierroksen yhteydessä, ja '
    'vertaismentorointiryhmät jatkuvat HR:n koordinoimina. Seuraavaksi haluamme kehittää perehdytystä '
    'hybridityössä.')
doc.add_heading('6. Suositukset muille virastoille', 1)
doc.add_paragraph(
    'Suosittelemme tiimisopimuspohjaa kaikille useammalla paikkakunnalla toimiville virastoille; se on '
    'kevyt ottaa käyttöön. Hankkeita suunnittelevien kannattaa varata aikaa lomakausien yli ja ottaa '
    'esihenkilöt mukaan jo suunnitteluun.')
doc.add_heading('Laatimispäivämäärä ja yhteystiedot', 1)
doc.add_paragraph('Oulussa 30.6.2025')
doc.add_paragraph('Yhteyshenkilö: HR-asiantuntija Katja Väisänen, katja.vaisanen@luvalvo.fi, puh. 0295 123 456')
doc.save(os.path.join(HERE, 'etajohtaminen_loppuraportti.docx'))
