from common import *
d = Document()
d.add_heading('KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI', 0)
d.add_heading('1. Taustatiedot', 1)
d.add_paragraph('Toteuttajavirasto: Kaakkois-Suomen lupavirasto, ympäristölupien vastuualue')
d.add_paragraph('Hankkeen nimi: Sujuva lupapolku – asiantuntijatyön uudet työtavat')
d.add_paragraph('Määrärahapäätöksen diaarinumero: VK/1184/02.07.00/2023')
d.add_heading('2. Hankkeen teema ja tavoitteet', 1)
d.add_paragraph('Hanke liittyi Kaikun kehittämisteemaan "työn tekemisen tavat ja johtaminen". Tavoitteena oli lyhentää ympäristölupien käsittelyaikoja jakamalla asiantuntijoiden työtä tiimeihin, vähentää päällekkäistä työtä yhteisillä päätöspohjilla ja parantaa asiantuntijoiden työhyvinvointia, joka oli vuoden 2022 henkilöstökyselyssä alentunut.')
d.add_heading('3. Hankkeen toteutus', 1)
for t in ['Hanke kesti 1.2.2024–31.5.2025.',
          'Käytännössä perustettiin kolme lupatiimiä, joissa kokeneempi ja uudempi asiantuntija työskentelivät pareina. Tiimit laativat yhdessä kuusi päätöspohjaa yleisimpiin lupatyyppeihin. Viikoittaiset 30 minuutin tiimipalaverit korvasivat aiemmat kuukausikokoukset. Toteutus vastasi pääosin suunnitelmaa; sähköisen asianhallinnan integraatio jäi tekemättä järjestelmätoimittajan aikataulun vuoksi.',
          'Johto osallistui ohjausryhmään ja kävi jokaisen tiimin palaverissa vähintään kerran. Henkilöstöstä 41 asiantuntijaa 46:sta osallistui työpajoihin.',
          'Menetelminä käytettiin työpajoja, parityöskentelyä, Lean-tyyppistä prosessikartoitusta ja kahta pulssikyselyä. Ulkopuolinen konsultti veti prosessikartoituksen, muut työpajat vetivät viraston omat kehittäjät.',
          'Miten kustannusarvio toteutui?',
          'Kustannusarvio oli 58 000 euroa, josta käytettiin 52 300 euroa. Säästö syntyi integraation jäämisestä pois.']:
    d.add_paragraph(t)
d.add_heading('4. Tulokset ja vaikuttavuus', 1)
d.add_paragraph('Lupien keskimääräinen käsittelyaika lyheni 10,5 kuukaudesta 8,2 kuukauteen. Päätöspohjat ovat käytössä kaikissa tiimeissä. Työhyvinvointi parani: pulssikyselyn kuormittuneisuusindeksi laski 3,6:sta 2,9:ään. Yllättävää oli, että parityöskentely nopeutti uusien asiantuntijoiden perehtymistä selvästi. Pysyvinä toimintatapoina jäivät tiimipalaverit, päätöspohjat ja parityö.')
d.add_heading('5. Kehitysajatukset', 1)
d.add_paragraph('Jatkamme tiimimallilla ja otamme päätöspohjat käyttöön myös vesitalousluvissa syksyllä 2025. Uudistumiskykyä ylläpidetään puolivuosittaisilla kehittämispäivillä.')
d.add_heading('6. Suositukset muille virastoille', 1)
d.add_paragraph('Suosittelemme parityöskentelyä perehdytyksen tueksi ja yhteisiä päätöspohjia. Kehittämishanketta suunnittelevan kannattaa varmistaa järjestelmätoimittajan aikataulu ennen kuin hankkeen tavoitteet sidotaan tietojärjestelmämuutoksiin.')
d.add_heading('7. Tiivistelmä', 1)
d.add_paragraph('Sujuva lupapolku -hankkeessa Kaakkois-Suomen lupavirasto otti käyttöön lupatiimit, parityöskentelyn ja yhteiset päätöspohjat. Ympäristölupien käsittelyaika lyheni keskimäärin yli kaksi kuukautta ja asiantuntijoiden kokema kuormitus väheni. Toimintatavat ovat jääneet pysyviksi, ja niitä laajennetaan vesitalouslupiin.')
d.add_heading('8. Laatimispäivämäärä ja yhteystiedot', 1)
d.add_paragraph('Raportti laadittu 28.7.2025.')
add_textbox(d, ['Yhteyshenkilö: kehittämispäällikkö Outi Karvonen', 'outi.karvonen@lupavirasto.example', 'puh. 0295 000 123'])
d.save(os.path.join(OUT, 'lr08_lupapolku_kaiku.docx'))
save_json('lr08_lupapolku_kaiku', 'loppuraportti', [])
