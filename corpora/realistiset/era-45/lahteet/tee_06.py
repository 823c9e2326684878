"""06: STEA-hakemuksen tekstivienti (.txt), kulttuurinen vanhustyö, kulttuuriyhdistys. Ei havaintoja.
Piirteet: numeroidut lomakekentät, 'Vastaus:', merkkirajavihjeet, tavoitteet 'Tavoitteena on' -lauseina
kenttäpareineen, kaksilauseinen talousosio summineen, hakemuksen oma päiväys ennen hankeaikaa."""
import os
from apu import KANSIO

TEKSTI = """AVUSTUSHAKEMUS 2026 – HANKESUUNNITELMA
Sosiaali- ja terveysjärjestöjen avustuskeskus STEA / asiointipalvelu
Tulostettu 28.5.2025 klo 16.03 (tila: lähetetty)

Hakija: Kulttuuriyhdistys Vaskinen ry
Avustuksen kohde: Laulava kortteli – kulttuuria arkeen kotona asuville ikäihmisille
Avustuslaji: C (hankeavustus)
Haettava avustus: 186 000 €
Hankkeen kesto: 1.1.2026–31.12.2028
Yhteyshenkilö: toiminnanjohtaja Anu Perälä, anu.perala@vaskinen.fi, 044 218 7730

---------------------------------------------------------------
1. TIIVISTELMÄ (max 1000 merkkiä)
Vastaus:
Laulava kortteli vie musiikin ja laulun sinne, missä yksin asuvat ikäihmiset ovat: kerrostalojen pihoille, porraskäytäviin ja koteihin. Hankkeen musiikkiohjaajat kokoavat korttelin ikäihmiset laulamaan yhdessä ja kouluttavat kotihoidon ja asukastalojen työntekijöitä käyttämään laulua työssään. Toiminta alkaa Vaskiniemen Kalliorinteen ja Satamakaaren alueilla ja laajenee hankkeen aikana kolmeen muuhun kaupunginosaan.

---------------------------------------------------------------
2. TARVE JA TAUSTA * (max 3000 merkkiä)
Miksi hanke tarvitaan? Millaiseen tarpeeseen se vastaa?
Vastaus:
Vaskiniemessä asui vuoden 2024 lopussa noin 4 900 yli 75-vuotiasta, joista yli puolet asuu yksin. Kaupungin hyvinvointikertomuksen (2023) mukaan joka neljäs kotona asuva yli 75-vuotias kokee itsensä yksinäiseksi usein tai jatkuvasti. Kulttuuripalvelut ovat tarjolla kaupungin keskustassa, mutta niihin ei pääse, jos liikkuminen on vaikeaa tai rohkeus lähteä yksin on kadonnut.

Olemme vuodesta 2021 järjestäneet vapaaehtoisvoimin kesäisiä pihalauluja kahdessa korttelissa. Niihin on osallistunut kerrallaan 20–40 ikäihmistä, ja moni on kertonut, että se on ollut viikon ainoa tilaisuus tavata naapureita. Kotihoidon työntekijät ovat toivoneet, että laulu voisi olla osa myös heidän käyntejään. Keväällä 2025 pidetyissä kahdessa suunnittelutapaamisessa kotihoidon esihenkilöt ja kaupungin kulttuuripalvelut lupautuivat hankkeen kumppaneiksi.

---------------------------------------------------------------
3. HANKKEEN TAVOITTEET *
Kirjaa hankkeelle enintään kolme tavoitetta. Kuvaa kunkin tavoitteen kohdalla, miten tavoitteeseen pyritään ja miten sen toteutumista seurataan.

3.1 Tavoite 1 * (max 500 merkkiä)
Vastaus:
Tavoitteena on, että yksin kotona asuvat ikäihmiset pääsevät mukaan kulttuuritoimintaan omassa korttelissaan vähintään kerran viikossa.

3.1.1 Miten tavoitteeseen pyritään? * (max 1500 merkkiä)
Vastaus:
Musiikkiohjaajat järjestävät viikoittaiset pihalaulut kesäkaudella ja porraskäytävä- ja kerhohuonekonsertit talvikaudella. Liikuntarajoitteisille tehdään kotikäyntejä yhdessä vapaaehtoisen laulukaverin kanssa. Toiminnasta kerrotaan taloyhtiöiden ilmoitustauluilla ja kotihoidon kautta.

3.1.2 Miten tavoitteen toteutumista seurataan? * (max 1000 merkkiä)
Vastaus:
Kirjaamme jokaisesta kokoontumisesta osallistujamäärän ja uusien osallistujien määrän. Tavoitetaso on vähintään 250 eri ikäihmistä hankkeen aikana. Osallistujilta kysytään palautetta suullisesti kokoontumisten lopuksi ja kerran vuodessa lyhyellä paperikyselyllä.

3.2 Tavoite 2 * (max 500 merkkiä)
Vastaus:
Tavoitteena on, että mukana olevien ikäihmisten yksinäisyyden kokemus vähenee ja heillä on naapurustossaan ihmisiä, joihin pitää yhteyttä.

3.2.1 Miten tavoitteeseen pyritään? * (max 1500 merkkiä)
Vastaus:
Pihalaulujen rinnalle perustetaan pienet laulupiirit (6–10 henkeä), jotka kokoontuvat samassa kokoonpanossa koko kauden. Piirien jäseniä rohkaistaan soittamaan toisilleen ja tulemaan yhdessä tapahtumiin. Vapaaehtoiset laulukaverit pitävät yhteyttä niihin, jotka jäävät pois.

3.2.2 Miten tavoitteen toteutumista seurataan? * (max 1000 merkkiä)
Vastaus:
Laulupiirien jäsenet vastaavat kolmen kysymyksen yksinäisyysmittariin piirin alussa ja puolen vuoden kuluttua. Lisäksi haastattelemme vuosittain kymmentä osallistujaa siitä, miten heidän yhteydenpitonsa naapureihin on muuttunut.

3.3 Tavoite 3 * (max 500 merkkiä)
Vastaus:
Tavoitteena on, että kotihoidon ja asukastalojen työntekijät osaavat käyttää laulua ja musiikkia osana tavallista työtään.

3.3.1 Miten tavoitteeseen pyritään? * (max 1500 merkkiä)
Vastaus:
Järjestämme työntekijöille kuuden tunnin koulutuksen kahdesti vuodessa ja annamme heille laulukansion sekä soittolistat. Musiikkiohjaaja kulkee työntekijän työparina muutamalla kotikäynnillä, jotta laulun käyttö tulee tutuksi oikeassa tilanteessa.

3.3.2 Miten tavoitteen toteutumista seurataan? * (max 1000 merkkiä)
Vastaus:
Seuraamme koulutettujen työntekijöiden määrää (tavoite 80). Koulutukseen osallistuneille tehdään kysely puolen vuoden kuluttua koulutuksesta: käyttävätkö he laulua työssään ja miten usein.

---------------------------------------------------------------
4. KOHDERYHMÄ * (max 1500 merkkiä)
Keitä hanke tavoittaa? Arvioi määrä.
Vastaus:
Ensisijainen kohderyhmä ovat yksin kotona asuvat yli 75-vuotiaat vaskiniemeläiset hankkeen viidellä asuinalueella (arviolta 1 200 henkeä, joista tavoitamme vähintään 250). Toinen kohderyhmä ovat kotihoidon ja asukastalojen työntekijät (noin 120). Lisäksi hanke tavoittaa vapaaehtoisia laulukavereita, joita tarvitaan noin 30.

---------------------------------------------------------------
5. TOIMINTA JA AIKATAULU * (max 3000 merkkiä)
Kuvaa hankkeen vaiheet ja ajoitus.
Vastaus:
Hanke kestää kolme vuotta, 1.1.2026–31.12.2028.
2026: Musiikkiohjaajien rekrytointi tammi–helmikuussa, toiminta käyntiin Kalliorinteessä ja Satamakaaressa, ensimmäiset laulupiirit syksyllä, kotihoidon koulutukset keväällä ja syksyllä.
2027: Toiminta laajenee Niittylän ja Vanhankylän alueille, vapaaehtoisten laulukaverien koulutus, työparikäynnit kotihoidon kanssa.
2028: Viides alue (Hakamäki) mukaan, laulupiirien vetovastuuta siirretään vapaaehtoisille ja kaupungin kulttuuripalveluille, toimintamallin kuvaus ja loppuseminaari marraskuussa 2028.

---------------------------------------------------------------
6. ARVIOINTI * (max 2000 merkkiä)
Miten hankkeen onnistumista arvioidaan kokonaisuutena?
Vastaus:
Tavoitekohtainen seuranta on kuvattu kohdassa 3. Sen lisäksi hanketiimi tekee itsearvioinnin kunkin toimintakauden lopussa (kesäkuu ja joulukuu) ja käsittelee sen ohjausryhmässä. Vuonna 2028 tilaamme Vaskiniemen ammattikorkeakoulun sosionomiopiskelijoilta opinnäytetyönä arvioinnin siitä, miltä toiminta on näyttänyt osallistujien ja kotihoidon työntekijöiden silmin.

---------------------------------------------------------------
7. HANKKEEN TULOKSET * (max 1500 merkkiä)
Mitä hankkeesta jää, kun se päättyy?
Vastaus:
Hankkeen tuloksena viidellä asuinalueella toimii säännöllinen korttelilaulutoiminta ja laulupiirit, joilla on vapaaehtoiset vetäjät. Kotihoidon työntekijöillä on taito ja välineet käyttää laulua työssään. Toimintamalli on kuvattu niin, että muut kaupungit ja järjestöt voivat ottaa sen käyttöön. Pidemmällä aikavälillä odotamme, että ikäihmisten yksinäisyys vähenee ja kotona asuminen tuntuu turvallisemmalta.

---------------------------------------------------------------
8. JUURTUMINEN JA TOIMINNAN JATKUVUUS * (max 2500 merkkiä)
Miten varmistatte, että hankkeen hyvät käytännöt jäävät elämään? Kuka vastaa toiminnasta hankkeen jälkeen?
Vastaus:
Olemme sopineet jo hakuvaiheessa, että Vaskiniemen kaupungin kulttuuripalvelut ja hyvinvointialueen kotihoito ovat mukana toiminnan suunnittelussa ensimmäisestä kuukaudesta alkaen. Kotihoidon esihenkilöt osallistuvat ohjausryhmään, ja koulutukset järjestetään kotihoidon omina koulutuspäivinä, jotta laulu ei jää hankkeen erilliseksi lisäksi.

Kerromme toiminnasta säännöllisesti kotihoidon henkilöstöinfoissa ja kaupungin senioriuutiskirjeessä. Laulukansiosta tehdään selkokielinen ja isokokoinen versio muistisairaille ja heidän omaisilleen. Vuonna 2028 kutsumme kaksi naapurikunnan eläkeläisjärjestöä kokeilemaan korttelilauluja omilla alueillaan, ja hankkeen ohjaajat tukevat niiden ensimmäisiä kertoja.

Hankkeen jälkeen korttelilaulujen koordinoinnista vastaa Vaskiniemen kaupungin kulttuuripalveluiden seniorikulttuurin tuottaja, jonka tehtävänkuvaan toiminta lisätään vuoden 2029 alusta. Hyvinvointialueen kotihoidossa laulun käytöstä osana kotikäyntejä vastaa Vaskiniemen kotihoidon palveluesihenkilö. Laulupiirejä vetävät koulutetut vapaaehtoiset, ja yhdistys jatkaa heidän tukemistaan omalla toiminta-avustuksellaan.

Juurtumiseen on varattu hankkeen kolmannesta vuodesta noin puolet musiikkiohjaajien työajasta sekä 6 000 euroa vapaaehtoisten ja työntekijöiden koulutuksiin ja toimintamallin kuvaamiseen.

---------------------------------------------------------------
9. YHTEISTYÖ JA HANKKEEN ORGANISOINTI (max 1500 merkkiä)
Vastaus:
Hanketta hallinnoi Kulttuuriyhdistys Vaskinen ry, jonka hallitus nimeää hankkeelle ohjausryhmän. Ohjausryhmässä ovat kulttuuripalveluiden, kotihoidon, Vaskiniemen Eläkeläiset ry:n ja kahden taloyhtiön edustajat sekä kaksi osallistujaa. Hankkeessa työskentelee kaksi osa-aikaista musiikkiohjaajaa (80 %), ja toiminnanjohtaja vastaa hankkeen hallinnosta osana omaa työtään.

---------------------------------------------------------------
10. RISKIT (max 1000 merkkiä)
Vastaus:
Osallistujien terveydentila voi heikentyä nopeasti, ja talvella pihatoiminta ei onnistu. Varaudumme siirtämällä toiminnan sisätiloihin ja kotikäynteihin. Jos vapaaehtoisia ei löydy tarpeeksi, yhteistyötä tehdään seurakunnan ja eläkeläisjärjestöjen vapaaehtoistoiminnan kanssa.

---------------------------------------------------------------
11. VIESTINTÄ (max 1500 merkkiä)
Vastaus:
Viestimme ikäihmisille ensisijaisesti paperilla ja kasvokkain: taloyhtiöiden ilmoitustaulut, kotihoidon jakamat esitteet ja paikallislehti Vaskiniemen Viikko. Ammattilaisille ja muille järjestöille kerromme yhdistyksen verkkosivuilla, Facebookissa ja STEAn Avustukset.fi-palvelussa. Toimintamalli julkaistaan Innokylässä ja esitellään loppuseminaarissa vuonna 2028.

---------------------------------------------------------------
12. TALOUS * (max 1000 merkkiä)
Vastaus:
Haemme STEAlta yhteensä 186 000 euroa vuosille 2026–2028. Suurin osa kustannuksista on kahden osa-aikaisen musiikkiohjaajan palkkoja, ja loput kuluvat soittimiin, matkoihin ja koulutusten järjestämiseen.

---------------------------------------------------------------
Hakemuksen vakuutus: Vakuutamme antamamme tiedot oikeiksi.
Vaskiniemellä 28.5.2025  Anu Perälä, toiminnanjohtaja  /  Kari Hjelt, hallituksen puheenjohtaja
"""

with open(os.path.join(KANSIO, "06_hankesuunnitelma_korttelilaulu.txt"), "w", encoding="utf-8") as f:
    f.write(TEKSTI)
print("ok")
