"""D7: Kaiku-loppuraportti (mielenterveys työyhteisössä), muutosten jäljitys.
Havainnot: raportti.diaarinumero-puuttuu (numero vain poistetussa tekstissä), raportti.myohassa
(laadittu 3.6.2026, hanke päättyi 31.12.2025), rakenne.kysymys-vastaamatta x1 (yllättävät tulokset).
Kustannusarvion toteutuminen on vastattu VAIN lisätyssä (w:ins) tekstissä."""
from apu import *

A = "Jaana S."
d = uusi()
lihava(d, "KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI")
p(d, "Mieli mukana – mielenterveyden ensiavun ja varhaisen tuen malli Länsirannikon käräjäoikeudessa")

h(d, "1. Taustatiedot", 1)
p(d, "Toteuttajaviraston tai verkoston nimi: Länsirannikon käräjäoikeus (Porin ja Rauman kanslia)")
muutos_kpl(d, [("t", "Hankkeen nimi ja määrärahapäätöksen diaarinumero: Mieli mukana"),
               ("d", ", VK/2211/00.01.04.01/2023")], tekija=A, pvm="2026-06-02T09:30:00Z")
p(d, "Hankkeen kesto: 1.1.2024–31.12.2025")

h(d, "2. Hankkeen teema ja tavoitteet", 1)
p(d, "Hanke kuului Kaikun teemaan työhyvinvointi ja psykososiaalinen kuormitus. Käräjäoikeuden työ on henkisesti raskasta: rikosasioiden aineistot, kuormittavat asiakaskohtaamiset ja kiire. Vuoden 2023 työolobarometrissa 44 % henkilöstöstä raportoi jatkuvaa henkistä kuormitusta, ja mielenterveysperusteiset sairauspoissaolot olivat kolmessa vuodessa lähes kaksinkertaistuneet.")
p(d, "Tavoitteenamme oli, että esihenkilöt ja työkaverit tunnistavat kuormituksen merkit ja ottavat ne puheeksi ajoissa, että jokaisessa yksikössä on koulutettu mielenterveyden ensiavun osaaja ja että raskaiden asioiden käsittelyyn on sovittu yhteinen purkukäytäntö.")

h(d, "3. Hankkeen toteutus", 1)
lihava(d, "Konkreettinen kuvaus siitä, mitä käytännössä tehtiin ja vastasiko se suunnitelmaa")
p(d, "Koulutimme MIELI ry:n Mielenterveyden ensiapu 1 -koulutuksella 26 työntekijää ja kaikki 12 esihenkilöä. Kehitimme yhdessä työterveyshuollon kanssa varhaisen tuen mallin ja ”purkutuokion”, jossa raskaan istunnon jälkeen käsittelijät käyvät tilanteen läpi 15 minuutissa. Kevään 2025 aikana purkutuokio otettiin käyttöön kaikissa rikosasioiden yksiköissä.")
muutos_kpl(d, [("t", "Suunnitelmasta poiketen esihenkilöiden työnohjaus toteutettiin ryhmämuotoisena"),
               ("d", " ja se alkoi jo keväällä 2024"), ("i", " syksystä 2024 alkaen"), ("t", ".")], tekija=A, pvm="2026-06-02T09:30:00Z")
lihava(d, "Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen")
p(d, "Laamanni toimi ohjausryhmän puheenjohtajana ja johtoryhmä käsitteli hankkeen etenemisen jokaisessa kuukausikokouksessaan. Henkilöstön edustajat osallistuivat mallin suunnitteluun työpajoissa.")
lihava(d, "Luettelo käytetyistä menetelmistä ja kokemukset niistä")
lista(d, ["Mielenterveyden ensiapu 1 -koulutus – koettiin erittäin hyödylliseksi, keskiarvo 4,6/5",
          "Purkutuokio raskaiden istuntojen jälkeen – toimii, kun se on kalenterissa valmiina",
          "Varhaisen tuen malli ja puheeksioton kortti esihenkilöille",
          "Ryhmätyönohjaus esihenkilöille (6 kertaa)"])
lihava(d, "Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä")
p(d, "Koulutukset ostettiin MIELI ry:ltä ja työnohjaus työterveyshuollon kautta. Oman henkilöstön asiantuntemus oikeudenkäyntityön erityispiirteistä oli välttämätöntä purkutuokion mallin suunnittelussa.")
lihava(d, "Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?")
p(d, "Istuntoaikataulujen vuoksi koulutuksiin oli vaikea irrottautua. Ratkaisimme tämän järjestämällä koulutukset kahtena puolikkaana päivänä perjantaisin, jolloin istuntoja on vähemmän.")
lihava(d, "Miten kustannusarvio toteutui?")
muutos_kpl(d, [("i", "Kustannusarvio oli 36 500 €, josta Kaiku-rahoitus 18 250 €. Toteutuneet kustannukset olivat 34 900 €; työnohjauksesta säästyi, kun se toteutettiin ryhmämuotoisena.")], tekija=A, pvm="2026-06-02T09:30:00Z")

h(d, "4. Tulokset, vaikuttavuus ja kehitysajatukset", 1)
lihava(d, "Miten tavoitteet toteutuivat?")
p(d, "Kaikissa yksiköissä on nyt vähintään kaksi mielenterveyden ensiavun osaajaa, ja purkutuokio on vakiokäytäntö. Loppukyselyssä (11/2025) 71 % vastaajista koki, että kuormituksesta voi puhua omassa työyhteisössä, kun alussa osuus oli 46 %. Mielenterveysperusteiset sairauspoissaolopäivät vähenivät vuodesta 2024 vuoteen 2025 noin viidenneksellä, mutta vaikutusta on vaikea erottaa muista tekijöistä.")
lihava(d, "Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?")
lihava(d, "Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?")
p(d, "Alku- ja loppukysely henkilöstölle, koulutuspalaute, työterveyshuollon poissaolotilastot ja esihenkilöiden haastattelut marraskuussa 2025.")
lihava(d, "Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?")
p(d, "Purkutuokio, varhaisen tuen malli ja uusien työntekijöiden perehdytykseen liitetty mielenterveysosio.")
lihava(d, "Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?")
p(d, "Työyhteisössä puhutaan kuormituksesta avoimemmin. Asiakkaat hyötyvät siitä, että henkilöstö jaksaa kohdata vaikeissa tilanteissa olevia ihmisiä rauhallisesti.")
lihava(d, "Kuinka aiotte jatkaa tästä eteenpäin? Miten pidätte uudistumiskykyä yllä jatkossa?")
p(d, "Hallintopäällikkö vastaa siitä, että mielenterveyden ensiavun kertauskoulutus järjestetään joka toinen vuosi ja että purkutuokioiden toteutuminen käydään läpi vuosittain työsuojelun toimintaohjelman yhteydessä. Seuraavaksi kokeilemme mallia myös kansliahenkilöstön etätyöhön.")

h(d, "5. Suositukset muille virastoille", 1)
p(d, "Purkutuokio on helppo ja lähes ilmainen käytäntö, jota suosittelemme kaikille virastoille, joissa käsitellään raskaita asioita. Muiden kannattaa varata koulutuksiin aikaa istunto- tai asiakasaikataulujen ehdoilla ja ottaa työterveyshuolto mukaan jo suunnitteluvaiheessa.")

h(d, "6. Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta", 1)
p(d, "Länsirannikon käräjäoikeuden Mieli mukana -hankkeessa (2024–2025) vahvistettiin henkilöstön valmiuksia tunnistaa ja ottaa puheeksi henkistä kuormitusta. Hankkeessa koulutettiin 38 mielenterveyden ensiavun osaajaa, luotiin varhaisen tuen malli sekä purkutuokio raskaiden istuntojen jälkeen. Työyhteisön avoimuus kuormituksen suhteen kasvoi selvästi (46 % → 71 %). Käytännöt ovat jääneet pysyviksi osaksi työsuojelun toimintaohjelmaa ja perehdytystä. Suosittelemme purkutuokiota muille virastoille, joissa käsitellään raskaita asioita.")

h(d, "7. Laatimispäivämäärä, yhteystiedot ja lisäinformaatio", 1)
muutos_kpl(d, [("t", "Laadittu "), ("d", "15.2.2026"), ("i", "3.6.2026"), ("t", ", Pori")], tekija=A, pvm="2026-06-02T09:30:00Z")
lihava(d, "Yhteyshenkilöt, joilta saa lisätietoa")
p(d, "Hallintopäällikkö Jaana Salminen, jaana.salminen@oikeus.example.fi, puh. 029 566 4410")
p(d, "Työsuojelupäällikkö Harri Lepistö, harri.lepisto@oikeus.example.fi")
d.save("../mieli_mukana_loppuraportti.docx")
