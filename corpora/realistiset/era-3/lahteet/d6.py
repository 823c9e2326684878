from apu import *
import subprocess
I = [
 ('title', 'Arviointisuunnitelma: Digiloikka ammatilliseen opetukseen'),
 ('p', 'Pohjavaaran ammattiopisto. Opetus- ja kulttuuriministeriön erityisavustus ammatillisen koulutuksen laadun ja saavutettavuuden kehittämiseen. Hanke toteutetaan 1.9.2026–31.12.2027. Suunnitelma hyväksytty ohjausryhmässä 24.9.2026.'),
 ('h1', 'Mihin hankkeella pyritään'),
 ('p', 'Pohjavaaran ammattiopistossa opiskelee noin 2 300 tutkinto-opiskelijaa kuudella alalla. Opiskelijapalautteessa (Amispalaute 2025) verkko-opintojen ohjaus sai asteikolla 1–5 keskiarvon 3,1, mikä on opiston matalin tulos. Opettajista 58 prosenttia kertoi vuoden 2025 henkilöstökyselyssä, ettei ole saanut koulutusta verkko-opetuksen suunnitteluun.'),
 ('p', 'Digiloikka-hankkeen tavoitteena on ensinnäkin, että opettajat osaavat suunnitella verkko- ja monimuoto-opintoja, joissa opiskelija saa ohjausta silloin, kun sitä tarvitsee. Tätä tavoitellaan pedagogisen digivalmennuksen avulla: jokainen osallistuva opettaja suunnittelee valmennuksessa yhden tutkinnon osan uudelleen.'),
 ('p', 'Samalla haluamme, että opiskelijat, jotka opiskelevat työn ohessa tai asuvat kaukana opiston toimipisteistä, pystyvät etenemään opinnoissaan keskeytyksettä. Tähän pyritään avaamalla verkko-ohjauspiste, jossa opettaja päivystää arki-iltaisin, ja rakentamalla jokaiselle uudistetulle tutkinnon osalle viikkoaikataulu ja itsearviointitehtävät.'),
 ('p', 'Kolmanneksi hankkeen tarkoituksena on, että opiston tiimit jakavat hyviksi havaittuja verkko-opetuksen ratkaisuja keskenään. Toimenpiteenä perustetaan alojen välinen digimentoriverkosto, joka kokoontuu kuukausittain ja ylläpitää yhteistä materiaalipankkia.'),
 ('h1', 'Kenen näkökulmasta arvioidaan'),
 ('p', 'Arvioinnin kohderyhminä ovat opettajat (noin 60 valmennukseen osallistuvaa), uudistettuja tutkinnon osia suorittavat opiskelijat (arviolta 450) sekä tiimien esihenkilöt. Tuloksia käyttävät opiston johtoryhmä, ohjausryhmä ja opettajatiimit.'),
 ('h1', 'Menetelmät ja aikataulu'),
 ('p', 'Opettajien osaamista mitataan digipedagogisen osaamisen itsearviointilomakkeella valmennuksen alussa ja lopussa. Lisäksi valmentajat arvioivat jokaisen uudistetun tutkinnon osan laatukriteeristöllä (selkeä rakenne, ohjausmahdollisuudet, saavutettavuus), ja tavoitteena on, että vähintään 80 % tutkinnon osista täyttää kriteerit.'),
 ('p', 'Opiskelijoiden etenemistä seurataan opintohallintojärjestelmästä: verrataan uudistettujen tutkinnon osien keskeytys- ja viivästymisosuuksia vuoden 2025 tasoon. Opiskelijoille tehdään lyhyt verkkokysely jokaisen tutkinnon osan päättyessä, ja kahdessa opiskelijaryhmässä pidetään ryhmähaastattelu keväällä 2027. Verkko-ohjauspisteen käyntimäärät ja asiointiaiheet kirjataan.'),
 ('p', 'Digimentoriverkoston toimintaa arvioidaan materiaalipankin käyttötilastoilla (ladatut ja jaetut materiaalit) sekä mentoreiden ja tiimien esihenkilöiden haastatteluilla marraskuussa 2027.'),
 ('table', [
   ['Tiedonkeruu', 'Syksy 2026', 'Kevät 2027', 'Syksy 2027'],
   ['Opettajien itsearviointilomake', 'alkukartoitus', '', 'loppukartoitus'],
   ['Tutkinnon osien laatuarviointi', '', 'huhti–toukokuu', 'loka–marraskuu'],
   ['Opiskelijakysely', '', 'jatkuva', 'jatkuva'],
   ['Opiskelijoiden ryhmähaastattelut', '', 'maaliskuu', ''],
   ['Mentoreiden ja esihenkilöiden haastattelut', '', '', 'marraskuu'],
 ]),
 ('h1', 'Itsearviointi ja ulkopuolinen näkökulma'),
 ('p', 'Hankeryhmä tekee itsearvioinnin joka lukukauden lopussa: se käy läpi kertyneen aineiston ja kirjaa, mitä toimintatapoja muutetaan. Ulkopuolisena arvioijana toimii Pohjois-Suomen ammattikorkeakoulun ammatillisen opettajakorkeakoulun tutkija, joka tekee keväällä 2027 väliarvion ja joulukuussa 2027 loppuarvion. Ulkoinen arvioija käyttää hankkeen aineistoja ja haastattelee lisäksi opiston johtoa.'),
 ('h1', 'Miten arviointitietoa käytetään'),
 ('p', 'Arvioinnin tulokset käsitellään ohjausryhmässä kolme kertaa vuodessa, ja valmennuksen sisältöä muokataan väliarvion perusteella ennen syksyn 2027 valmennusryhmää. Tulokset raportoidaan OKM:lle hankkeen loppuraportissa ja esitellään opiston henkilöstöpäivässä.'),
 ('p', 'Tulosten juurruttaminen on ollut mukana jo hakuvaiheessa: opiston johtoryhmä päätti ennen hakemuksen jättämistä, että digimentoreiden tehtävä ja verkko-ohjauspiste jatkuvat hankkeen jälkeen opiston omalla rahoituksella, jos loppuarvio osoittaa ne hyödyllisiksi. Jatkosta vastaa opiston koulutusjohtaja. Laatukriteeristö liitetään opiston laadunhallintajärjestelmään, ja kokemuksia jaetaan muille ammattiopistoille Ammatillisen koulutuksen digiverkoston webinaarissa.'),
]
if __name__ == '__main__':
    name = 'r3-06-digiloikka-arviointisuunnitelma'
    src = os.path.join(SRC, name + '.docx')
    render_docx(new_doc(), I).save(src)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, src], check=True, capture_output=True)
    save_expected(name, 'arviointisuunnitelma', [])
    print('d6', words(I))
