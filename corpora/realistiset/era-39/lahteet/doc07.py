"""07: loppuraportti (seurakunnan diakonia + järjestö + hyvinvointialue), otsikot käsin numeroituina "1)",
ei tyylejä. Puutteet: diaarinumero puuttuu, raportti laadittu yli 3 kk hankkeen päättymisen jälkeen."""
from apu import *
import sys

d = uusi()
lihava(d, "Arjen Ateria -hankkeen loppuraportti", 15)
kpl(d, "Koskelan seurakunta, diakoniatyö • Ruoka-apuverkosto Koskelan Kumppanit ry • Pohjois-Salmen hyvinvointialue")

kpl(d, "1) Taustatiedot")
kpl(d, "Hankkeen toteutti Koskelan seurakunnan diakoniatyö yhdessä Koskelan Kumppanit ry:n ja Pohjois-Salmen "
       "hyvinvointialueen aikuissosiaalityön kanssa. Hanke sai rahoitusta Sosiaali- ja terveysjärjestöjen "
       "avustuskeskukselta kahdelle vuodelle.")

kpl(d, "2) Hankkeen teema ja tavoitteet")
kpl(d, "Hanke kehitti ruoka-avusta yhteisöllistä toimintaa. Tavoitteena oli, että ruoka-apua saavat ihmiset "
       "pääsevät osallisiksi yhteisestä ateriasta ja toiminnasta, että heidät ohjataan tarvittaessa "
       "sosiaalityön palveluihin ja että ruokahävikki saadaan hyötykäyttöön.")

kpl(d, "3) Hankkeen toteutus")
kpl(d, "Hanke kesti 1.1.2024–31.12.2025. Seurakuntakeskuksessa avattiin maaliskuussa 2024 yhteisöateria, joka "
       "kokoontui kahdesti viikossa. Aterian yhteydessä aikuissosiaalityön sosiaaliohjaaja oli tavattavissa "
       "kerran viikossa. Kumppanit ry keräsi kauppojen hävikkiruoan ja vastasi vapaaehtoisten vuorolistoista.")
kpl(d, "Toteutus eteni pääosin suunnitelman mukaan. Kesällä 2024 toiminta oli tauolla kuusi viikkoa, koska "
       "keittiö remontoitiin. Menetelminä käytettiin yhteistä ruoanlaittoa, osallistujien omaa ideointiryhmää "
       "ja sosiaaliohjaajan matalan kynnyksen tapaamisia.")
kpl(d, "Kustannukset toteutuivat lähes arvion mukaisesti: kahden vuoden budjetti oli 148 000 euroa ja toteutuma "
       "143 600 euroa. Säästö syntyi tilakuluista, kun seurakunta antoi keittiön käyttöön korvauksetta.")

kpl(d, "4) Tulokset ja vaikuttavuus")
kpl(d, "Yhteisöaterialla kävi hankkeen aikana noin 380 eri henkilöä, keskimäärin 45 kerrallaan. Osallistujakyselyssä "
       "(n = 96) 64 prosenttia kertoi tutustuneensa uusiin ihmisiin ja 40 prosenttia osallistuneensa ruoanlaittoon "
       "tai muuhun vapaaehtoistehtävään. Sosiaaliohjaajalle ohjautui 118 asiakasta, joista 52 sai "
       "toimeentulotuen tai muun palvelun. Hävikkiruokaa saatiin hyötykäyttöön noin 31 000 kiloa.")
kpl(d, "Arvioinnissa käytettiin osallistujakyselyä, vapaaehtoisten ryhmähaastattelua ja kävijätilastoja. "
       "Pysyväksi toimintatavaksi jäi sosiaaliohjaajan säännöllinen läsnäolo ruoka-avun yhteydessä.")

kpl(d, "5) Kehitysajatukset")
kpl(d, "Yhteisöateria jatkuu seurakunnan perustoimintana, ja aikuissosiaalityö on sitoutunut jatkamaan "
       "sosiaaliohjaajan viikoittaista läsnäoloa. Seuraavaksi haluamme kokeilla, voisiko ateria toimia myös "
       "Salmenkylän kappelilla.")

kpl(d, "6) Suositukset muille")
kpl(d, "Ruoka-apu kannattaa järjestää istuen yhteisen pöydän ääressä eikä jonossa. Sosiaalityön läsnäolo "
       "madaltaa kynnystä hakea apua, kun työntekijä on tuttu kasvo eikä vain nimi ajanvarauksessa.")

kpl(d, "7) Tiivistelmä")
kpl(d, "Arjen Ateria muutti Koskelan ruoka-avun jonosta yhteiseksi ateriaksi. Kahden vuoden aikana noin 380 "
       "ihmistä osallistui yhteisöaterioille, moni heistä myös vapaaehtoisena, ja sosiaaliohjaaja tavoitti "
       "aterioiden yhteydessä yli sata asiakasta, joilla oli tarve sosiaalityön tukeen. Toiminta jatkuu "
       "seurakunnan ja hyvinvointialueen yhteistyönä.")

kpl(d, "8) Päiväys ja yhteystiedot")
kpl(d, "Koskelassa 28.4.2026")
kpl(d, "Yhteyshenkilö: diakoniatyöntekijä Riikka Salonen, riikka.salonen@koskelanseurakunta.example, puh. 050 987 6543")
d.save(sys.argv[1])
