"""D2: arviointisuunnitelma, ammatillinen koulutus (OKM), tallennetaan .odt:ksi LibreOfficella.
Aukot: ei ulkoista arviointia (todetaan jopa erikseen), juurruttaminen alkaa vasta hankkeen lopulla."""
from apu import *

def rakenna(polku):
    d = uusi()
    teksti(d, [
        ('otsikko', 'Polku eteenpäin -hankkeen arviointisuunnitelma'),
        ('p', 'Kaakkolan ammattiopisto / Kaakkolan koulutuskuntayhtymä · Luonnos 2, 22.9.2025 · Hyväksytty ohjausryhmässä 6.10.2025'),
        ('h1', '1 Hankkeen tausta, tavoitteet ja kohderyhmä'),
        ('p', 'Polku eteenpäin on opetus- ja kulttuuriministeriön valtionavustuksella rahoitettu kehittämishanke, jonka toteutusaika on 1.8.2025–31.12.2026. Hanke kuuluu ministeriön hakuun ammatillisen koulutuksen laadun ja saavutettavuuden kehittämisestä (OKM/214/2025). Avustusta myönnettiin 186 000 euroa.'),
        ('p', 'Kaakkolan ammattiopistossa keskeyttäneiden osuus oli lukuvuonna 2023–2024 11,6 prosenttia, mikä on selvästi yli valtakunnallisen keskiarvon. Keskeyttämiset kasautuvat ensimmäiseen opiskeluvuoteen ja kolmelle alalle: rakennusalalle, logistiikkaan sekä ravintola- ja cateringalalle. Opiskelijakyselyissä toistuu kokemus, että henkilökohtaistamiskeskustelun jälkeen opiskelija ei tiedä, kenen puoleen kääntyä, kun opinnot alkavat takkuilla.'),
        ('p', 'Hankkeen kohderyhmänä ovat näiden kolmen alan ensimmäisen vuoden opiskelijat (noin 340 opiskelijaa lukuvuodessa), heidän opettajansa ja opinto-ohjaajansa sekä opiskeluhuollon henkilöstö. Välillisesti hanke hyödyttää työpaikkoja, joilla opiskelijat oppivat, ja opiskelijoiden huoltajia.'),
        ('p', 'Hankkeella on kolme tavoitetta. Ne, niihin liittyvät toimenpiteet ja arvioinnin mittarit on koottu alla olevaan taulukkoon.'),
        ('t', [
            ['Tavoite', 'Toimenpiteet', 'Arviointikysymys', 'Mittari ja tiedonkeruu'],
            ['1. Jokaisella ensimmäisen vuoden opiskelijalla on nimetty omaohjaaja, joka tapaa hänet säännöllisesti.',
             'Omaohjaajamallin käyttöönotto kolmella alalla; omaohjaajien perehdytys; tapaamisten kirjaaminen Wilmaan.',
             'Toteutuvatko tapaamiset sovitusti, ja kokevatko opiskelijat saavansa apua?',
             'Kirjattujen tapaamisten määrä opiskelijaa kohden (Wilma-raportti); opiskelijakyselyn väittämä "Tiedän, kenelle kerron, jos opinnot eivät etene".'],
            ['2. Opettajien valmius tunnistaa tuen tarve varhain vahvistuu.',
             'Neljän koulutuskerran sarja varhaisesta puuttumisesta; opettajatiimien tapauskonsultaatiot opiskeluhuollon kanssa.',
             'Onko opettajien osaaminen ja toiminta muuttunut?',
             'Opettajakysely alussa ja lopussa; konsultaatioiden määrä; opettajien ryhmähaastattelut.'],
            ['3. Ensimmäisen vuoden keskeyttämiset vähenevät kolmella kohdealalla.',
             'Tuetut aloitusviikot; pajamuotoinen "kiinniottotuki" opinnoissa jälkeen jääneille; yhteistyö etsivän nuorisotyön kanssa.',
             'Vähenevätkö keskeyttämiset verrattuna lähtötasoon?',
             'Negatiivisen keskeyttämisen osuus kohdealoilla (opiskelijahallintojärjestelmä), lähtötaso 2023–2024.'],
        ]),
        ('h1', '2 Arvioinnin näkökulmat ja menetelmät'),
        ('p', 'Arviointi on ensisijaisesti kehittävää: sen tehtävä on auttaa hanketiimiä ja ohjausryhmää huomaamaan ajoissa, mikä toimii ja mikä ei. Arvioinnissa tarkastellaan sekä toteutusta (tehtiinkö suunnitellut asiat) että tuloksia (muuttuiko jotain opiskelijan arjessa).'),
        ('b', 'Itsearviointi'),
        ('p', 'Hanketiimi (projektipäällikkö, kaksi opinto-ohjaajaa ja opiskeluhuollon kuraattori) pitää kuukausittain arviointipalaverin, jossa käydään läpi seurantaluvut ja tiimin havainnot. Kunkin lukukauden lopussa tiimi kirjoittaa lyhyen itsearviointimuistion, jossa verrataan toteutunutta suunnitelmaan. Ohjausryhmä käsittelee muistiot.'),
        ('b', 'Opiskelijoiden ja henkilöstön ääni'),
        ('p', 'Opiskelijoilta kerätään tietoa sähköisellä kyselyllä kahdesti ja lisäksi kahdessa opiskelijatyöpajassa, joissa opiskelijat arvioivat omaohjaajamallia omin sanoin ja tekevät parannusehdotuksia. Opiskelijakunnan hallitus osallistuu kyselyn kysymysten muotoiluun. Opettajilta kerätään tietoa kyselyllä ja ryhmähaastatteluilla.'),
        ('b', 'Rekisteritieto'),
        ('p', 'Keskeyttämis- ja tapaamistiedot poimitaan opiskelijahallintojärjestelmästä ja Wilmasta anonymisoituina koosteina. Poiminnat tekee opiston tietohallinnon suunnittelija.'),
        ('p', 'Hankkeelle ei hankita ulkoista arviointia, koska avustuksen määrä on pieni ja ministeriö ei sitä edellytä; arviointi toteutetaan kokonaan hankkeen omana työnä.'),
        ('h1', '3 Milloin tietoa kerätään?'),
        ('p', 'Lähtötilanne kootaan heti hankkeen alussa elokuussa 2025: silloin poimitaan lukuvuoden 2023–2024 ja 2024–2025 keskeyttämisluvut ja tehdään opettajakyselyn ensimmäinen kierros. Syyskuun 2025 lopussa, kun aloitusviikot ovat takana, opiskelijoille lähetetään ensimmäinen kysely. Lokakuusta 2025 alkaen Wilman tapaamiskirjaukset kootaan kuukausittain hanketiimin palaveriin.'),
        ('p', 'Joulukuussa 2025 hanketiimi kirjoittaa ensimmäisen itsearviointimuistion. Helmikuussa 2026 pidetään ensimmäinen opiskelijatyöpaja kullakin kohdealalla ja maaliskuussa 2026 opettajien ryhmähaastattelut. Toukokuussa 2026 lähetetään opiskelijoille toinen kysely ja kirjoitetaan kevään itsearviointimuistio.'),
        ('p', 'Syyslukukaudella 2026 toistetaan opettajakysely syyskuussa, pidetään toinen opiskelijatyöpaja lokakuussa ja poimitaan lukuvuoden 2025–2026 keskeyttämisluvut marraskuussa. Loppuarviointi kootaan joulukuussa 2026 ennen hankkeen päättymistä.'),
        ('h1', '4 Arviointitiedon käyttö ja raportointi'),
        ('p', 'Arviointitieto käsitellään ohjausryhmän kokouksissa, jotka pidetään noin kerran lukukaudessa. Lukukausimuistioiden perusteella toimenpiteitä tarkennetaan: jos esimerkiksi tapaamiset eivät toteudu jollakin alalla, selvitetään syy ja muutetaan käytäntöä. Opiskelijoille kerrotaan kyselyjen tuloksista ja niiden perusteella tehdyistä muutoksista opiskelijakunnan kautta.'),
        ('p', 'Hankkeen viimeisellä puolivuotiskaudella syksyllä 2026 arvioinnin tulokset kootaan ja toimivaksi todetut käytännöt kirjataan opiston laatukäsikirjaan. Tällöin päätetään myös, laajennetaanko omaohjaajamalli muille aloille. Käytäntöjen siirtämisestä linjaorganisaatioon vastaa opiston rehtori Tapio Mäkelä. Loppuraportti toimitetaan opetus- ja kulttuuriministeriölle, ja tuloksista kerrotaan Kaakkolan koulutuskuntayhtymän verkkosivuilla sekä ammatillisten opettajien alueellisessa verkostotapaamisessa.'),
    ])
    d.save(polku)
