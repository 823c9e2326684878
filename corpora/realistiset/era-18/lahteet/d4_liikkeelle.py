"""D4: Kaiku-loppuraportti (työpaikkaliikunta), osa vastauksista taulukon soluissa kysymysten vieressä; muunnetaan PDF:ksi. Ei havaintoja."""
from apu import *

d = uusi()
lihava(d, "KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI")
p(d, "Liikkeelle virassa – taukoliikunnan ja aktiivisen työmatkan kehittämishanke")

h(d, "1. Taustatiedot", 1)
taulukko(d, [["Toteuttajaviraston nimi", "Vesistötutkimusvirasto VETU, Kuopion ja Joensuun yksiköt"],
             ["Hankkeen nimi ja määrärahapäätöksen diaarinumero", "Liikkeelle virassa, VK/1784/00.01.04.01/2024"],
             ["Hankkeen kesto", "1.4.2024–30.9.2025"]], otsikkorivi=False)

h(d, "2. Hankkeen teema ja tavoitteet", 1)
lihava(d, "Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?")
p(d, "Hanke liittyi Kaikun teemaan työhyvinvointi ja työkyvyn tukeminen. VETUn henkilöstökyselyssä 2023 61 % vastaajista kertoi istuvansa yli seitsemän tuntia työpäivässä, ja tuki- ja liikuntaelinvaivat olivat sairauspoissaolojen yleisin syy. Tavoitteina oli (1) vähentää istumista työpäivän aikana tauko- ja taukojumppakäytäntöjen avulla, (2) lisätä aktiivisia työmatkoja kävellen tai pyöräillen ja (3) saada liikunnalliset toimintatavat osaksi tiimien normaalia arkea ja esihenkilötyötä.")

h(d, "3. Hankkeen toteutus", 1)
taulukko(d, [["Kysymys", "Vastaus"],
             ["Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin ja vastasiko se alkuperäistä suunnitelmaa", "Jokaiseen 14 tiimiin nimettiin liikuntalähettiläs, joka koulutettiin (2 x 3 h) ohjaamaan taukoliikuntaa. Teamsiin rakennettiin taukomuistutus ja lyhyet videot. Kuopion yksikköön hankittiin kuusi sähköpöytää lisää ja pyöräparkki remontoitiin. Järjestimme kaksi työmatkaliikuntakampanjaa (syyskuu 2024 ja toukokuu 2025). Suunnitelmasta poiketen työmatkakampanjat toteutettiin sovelluksella eikä paperilomakkeella, ja Joensuun pyöräparkin remontti siirtyi kiinteistönomistajan aikatauluun."],
             ["Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen", "Ylijohtaja osallistui molempiin kampanjoihin ja johtoryhmä käsitteli hanketta neljästi. Esihenkilöistä 11/14 otti taukoliikunnan viikkopalaverin vakiokohdaksi. Henkilöstöstä 68 % osallistui ainakin yhteen kampanjaan."],
             ["Luettelo käytetyistä menetelmistä ja kokemukset niistä", "Liikuntalähettiläsmalli (toimi hyvin), Teams-taukomuistutus (hyvä, mutta moni hiljensi sen), työmatkakampanja sovelluksella (innostava, kilpailu tiimien välillä), lyhyet työpajat esihenkilöille (vähäinen osallistuminen etätyöpäivien vuoksi)."],
             ["Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä", "Työterveyshuollon fysioterapeutti koulutti lähettiläät ja teki työpistekäynnit; yhteistyö oli sujuvaa. Kampanjasovellus ostettiin Liikuntaliitto Pulssi ry:ltä. Omat asiantuntijat tunsivat tiimien arjen parhaiten."],
             ["Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?", "Etätyöpäivinä taukoliikunta jäi helposti väliin. Ratkaisimme tämän tekemällä Teamsiin etätaukoja, joissa lähettiläs ohjaa viiden minuutin jumpan kameralla. Joensuun pyöräparkin viivästystä ei ratkaistu hankkeen aikana."],
             ["Miten kustannusarvio toteutui?", "Hankkeen kustannusarvio oli 42 000 €, josta Kaiku-rahoitus 21 000 €. Toteutuneet kustannukset olivat 39 650 €. Säästö syntyi pyöräparkin remontin siirtymisestä."]])

h(d, "4. Tulokset ja vaikuttavuus", 1)
lihava(d, "Miten tavoitteet toteutuivat?")
p(d, "Istumisen vähentämisessä onnistuttiin kohtalaisesti: alku- ja loppukyselyn mukaan yli seitsemän tuntia istuvien osuus laski 61 prosentista 49 prosenttiin. Aktiivisten työmatkojen osuus kasvoi kampanjakuukausina selvästi, mutta arkikuukausina muutos oli pienempi (kävellen tai pyörällä kulkevia 27 % → 33 %). Kolmas tavoite toteutui parhaiten, koska taukoliikunta on nyt vakiokohta useimmissa tiimipalavereissa.")
lihava(d, "Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?")
p(d, "Etätauot osoittautuivat suosituimmiksi kuin toimistolla pidetyt. Lisäksi työmatkakampanja lisäsi yksiköiden välistä yhteydenpitoa, kun Kuopion ja Joensuun tiimit kilpailivat keskenään.")
lihava(d, "Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?")
p(d, "Henkilöstökysely alussa (5/2024) ja lopussa (9/2025), kampanjasovelluksen tilastot, lähettiläiden tapaamisten muistiot ja työterveyshuollon koostama sairauspoissaolotieto tuki- ja liikuntaelinsairauksista.")
lihava(d, "Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?")
p(d, "Liikuntalähettiläät jatkavat tiimeissä, taukoliikunta kuuluu palavereihin, ja työmatkakampanja järjestetään vuosittain toukokuussa osana henkilöstöpalvelujen vuosikelloa.")
lihava(d, "Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?")
p(d, "Työyhteisössä liikkuminen on tullut puheeksi luontevasti, ja moni kertoo niskavaivojen vähentyneen. Asiakkaille vaikutus näkyy välillisesti; kenttätöissä jaksetaan paremmin.")

h(d, "5. Kehitysajatukset", 1)
lihava(d, "Kuinka aiotte jatkaa tästä eteenpäin? Miten pidätte uudistumiskykyä yllä jatkossa?")
p(d, "Henkilöstöpalvelut vastaa jatkossa lähettiläsverkostosta ja vuosittaisesta kampanjasta. Seuraavaksi kokeilemme kävelypalavereja ja selvitämme Joensuun pyöräparkin remontin vuodelle 2026. Lähettiläät tapaavat kahdesti vuodessa ja uusivat toimintatapoja tiimien toiveiden mukaan.")

h(d, "6. Suositukset muille virastoille", 1)
taulukko(d, [["Mitä toteutuneessa hankkeessa oli sellaista innovatiivista, jota suosittelisitte levitettäväksi myös muille työyhteisöille?", "Etätauot kameran kautta ja tiimien välinen työmatkakampanja. Molemmat ovat halpoja ja helppoja aloittaa."],
             ["Mitä muiden organisaatioiden kannattaisi ottaa huomioon, kun ne suunnittelevat kehittämishankkeita?", "Hybridityö kannattaa ottaa huomioon alusta asti. Esihenkilöt kannattaa sitouttaa ennen henkilöstöä, ja kiinteistöhankkeisiin on varattava reilusti aikaa."]],
         otsikkorivi=False)

h(d, "7. Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta", 1)
p(d, "Vesistötutkimusvirasto VETUn Liikkeelle virassa -hankkeessa (4/2024–9/2025) kehitettiin keinoja vähentää istumista ja lisätä työmatkaliikuntaa asiantuntijatyössä, jossa suuri osa päivästä kuluu näytön ääressä ja osa työstä tehdään etänä. Hankkeen ydin oli liikuntalähettiläsmalli: jokaisesta 14 tiimistä koulutettiin yksi lähettiläs, joka ohjaa lyhyitä taukoja tiimin palavereissa sekä toimistolla että etänä kameran välityksellä. Lisäksi järjestettiin kaksi tiimien välistä työmatkaliikuntakampanjaa sovelluksella ja parannettiin työpisteitä ja pyöräpysäköintiä.")
p(d, "Yli seitsemän tuntia päivässä istuvien osuus laski 61 prosentista 49 prosenttiin ja kävellen tai pyöräillen kulkevien osuus nousi 27 prosentista 33 prosenttiin. Taukoliikunta on nyt vakiintunut osa useimpien tiimien palavereja, ja henkilöstöpalvelut jatkaa lähettiläsverkoston ja vuosittaisen kampanjan koordinointia. Muille suosittelemme etätaukoja ja kevyttä kilpailua tiimien välillä sekä esihenkilöiden sitouttamista ensin.")

h(d, "8. Laatimispäivämäärä, yhteystiedot ja lisäinformaatio", 1)
p(d, "Raportti laadittu 12.12.2025 Kuopiossa.")
lihava(d, "Yhteyshenkilöt, joilta saa lisätietoa")
p(d, "Projektipäällikkö Laura Heikkinen, VETU henkilöstöpalvelut, laura.heikkinen@vetu.example.fi, puh. 029 555 1234")
p(d, "Työhyvinvointikoordinaattori Mikko Räsänen, mikko.rasanen@vetu.example.fi")
lihava(d, "Muuta materiaalia")
p(d, "Etätaukovideot (6 kpl) ja lähettiläiden opas ovat VETUn intranetissä; julkinen versio oppaasta toimitetaan Kaiku-palveluille raportin liitteenä.")
d.save("d4_liikkeelle_virassa_loppuraportti.docx")
