"""09: Kaiku-kehittämishankkeen loppuraportti (.docx), mallin kysymykset vastattu seuraavassa kappaleessa,
diaarinumero sisältökentässä. Ei huomautettavaa."""
from apu import *

d = uusi()
d.add_heading("KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI", 0)
kpl(d, "Hankkeen nimi: Asiakaspalvelu yhdellä soitolla – Maanmittauskeskuksen puhelinpalvelun uudistus")

otsikko(d, "Tiivistelmä")
kpl(d, "Hankkeessa uudistettiin viraston puhelinpalvelu niin, että asiakas saa vastauksen ensimmäisellä "
       "soitolla. Kehittämistyöhön osallistui 34 asiakaspalvelijaa neljästä toimipisteestä. Tuloksena syntyi "
       "yhteinen tietopankki, takaisinsoittokäytäntö ja asiakaspalvelijoiden vertaisvalmennus. Ensimmäisellä "
       "soitolla ratkaistujen asioiden osuus nousi 58 prosentista 76 prosenttiin, ja henkilöstön kokema "
       "kiire väheni työhyvinvointikyselyssä.")

otsikko(d, "1. Taustatiedot")
kpl(d, "Toteuttajavirasto: Maanmittauskeskus, asiakaspalveluyksikkö")
sisaltokentta_rivi(d, "Hankkeen nimi ja määrärahapäätöksen diaarinumero:",
                   "Asiakaspalvelu yhdellä soitolla, VK/2231/00.00.05/2024", tag="Diaarinumero")

otsikko(d, "2. Hankkeen teema ja tavoitteet")
lista(d, ["Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?"])
kpl(d, "Hanke liittyi Kaiku-teemaan asiakaslähtöiset palvelut ja toimiva työyhteisö. Tavoitteina olivat "
       "ensimmäisellä soitolla ratkaistujen asioiden osuuden nostaminen, asiakaspalvelijoiden kuormituksen "
       "tasaaminen ja toimipisteiden yhtenäiset vastauskäytännöt.")

otsikko(d, "3. Hankkeen toteutus")
lista(d, ["Hankkeen kesto"])
kpl(d, "1.2.2025–31.1.2026 (12 kuukautta).")
lista(d, ["Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin ja vastasiko se alkuperäistä suunnitelmaa"])
kpl(d, "Keväällä 2025 kartoitettiin soittojen syyt kahden viikon puhelukirjanpidolla. Kesä–elokuussa koottiin "
       "tietopankki 120 yleisimmästä kysymyksestä, ja syksyllä otettiin käyttöön takaisinsoittojono sekä "
       "kuukausittainen vertaisvalmennus. Suunnitelmasta poikettiin siten, että tietopankki tehtiin oman "
       "intran alustalle eikä erilliseen järjestelmään, mikä nopeutti työtä.")
lista(d, ["Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen"])
kpl(d, "Yksikön päällikkö osallistui kaikkiin ohjausryhmän kokouksiin. Kaikki asiakaspalvelijat osallistuivat "
       "vähintään kahteen työpajaan, ja jokaisesta toimipisteestä oli edustaja kehittäjäryhmässä.")
lista(d, ["Luettelo käytetyistä menetelmistä ja kokemukset niistä"])
kpl(d, "Puhelukirjanpito, palvelumuotoilun työpajat, vertaisvalmennus ja kokeilut kahden viikon sykleissä. "
       "Kokeilusyklit koettiin erityisen hyviksi, koska muutoksia pääsi kokeilemaan heti.")
lista(d, ["Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä"])
kpl(d, "Työpajat fasilitoi Palvelumuotoilu Oy Kaari, jonka osaamisesta oli paljon hyötyä. Tietopankin "
       "sisällöt tuottivat viraston omat asiantuntijat, mikä lisäsi sitoutumista.")
lista(d, ["Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?"])
kpl(d, "Kesälomakausi hidasti tietopankin tekoa. Ratkaisuksi sovittiin, että jokainen toimipiste vastasi "
       "omasta aihealueestaan, ja aikataulua jatkettiin kolmella viikolla.")
lista(d, ["Miten kustannusarvio toteutui?"])
kpl(d, "Kustannusarvio oli 42 000 euroa, ja toteutuneet kustannukset olivat 39 650 euroa. Säästö syntyi "
       "tietopankin alustavalinnasta.")

otsikko(d, "4. Tulokset ja vaikuttavuus")
lista(d, ["Miten tavoitteet toteutuivat?"])
kpl(d, "Ensimmäisellä soitolla ratkaistujen asioiden osuus nousi 58 prosentista 76 prosenttiin. Jonotusaika "
       "lyheni keskimäärin neljästä minuutista puoleentoista. Vastauskäytännöt ovat nyt yhtenäiset.")
lista(d, ["Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?"])
kpl(d, "Tietopankkia alkoivat käyttää myös muiden yksiköiden asiantuntijat, ja sähköpostitse tulevien "
       "kysymysten määrä väheni.")
lista(d, ["Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?"])
kpl(d, "Puhelinjärjestelmän raportit, asiakaspalautekysely, työhyvinvointikysely alussa ja lopussa sekä "
       "kehittäjäryhmän itsearviointityöpaja tammikuussa 2026.")
lista(d, ["Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?"])
kpl(d, "Tietopankki, takaisinsoittokäytäntö ja kuukausittainen vertaisvalmennus ovat pysyvässä käytössä.")
lista(d, ["Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?"])
kpl(d, "Asiakkaat saavat vastauksen nopeammin, ja asiakaspalvelijat kertovat työn olevan vähemmän "
       "kuormittavaa, kun vaikeisiin kysymyksiin löytyy tuki.")

otsikko(d, "5. Kehitysajatukset")
lista(d, ["Kuinka aiotte jatkaa tästä eteenpäin? Miten pidätte uudistumiskykyä yllä jatkossa?"])
kpl(d, "Tietopankin ylläpito on kirjattu tiimien vastuisiin, ja vertaisvalmennus jatkuu. Vuonna 2026 "
       "kokeilemme chat-palvelua samalla kokeilusyklimallilla.")

otsikko(d, "6. Suositukset muille virastoille")
lista(d, ["Mitä toteutuneessa hankkeessa oli sellaista innovatiivista (pienetkin ideat), jota suosittelisitte "
          "levitettäväksi myös muille työyhteisöille?"])
kpl(d, "Kahden viikon kokeilusyklit ja se, että asiakaspalvelijat itse kirjoittavat tietopankin vastaukset.")
lista(d, ["Mitä muiden organisaatioiden kannattaisi ottaa huomioon, kun ne suunnittelevat kehittämishankkeita?"])
kpl(d, "Lähtötilanne kannattaa mitata huolellisesti, jotta muutos voidaan osoittaa. Lomakaudet kannattaa "
       "ottaa aikataulussa huomioon.")

otsikko(d, "Laatimispäivämäärä ja yhteystiedot")
kpl(d, "Helsingissä 15.4.2026")
kpl(d, "Yhteyshenkilö: asiakaspalvelupäällikkö Riikka Salminen, riikka.salminen@maanmittauskeskus.fi, "
       "puh. 029 530 1234")

tallenna(d, "09_loppuraportti_kaiku_asiakaspalvelu.docx", {"doc_type": "loppuraportti", "findings": []})
