"""06: hankesuunnitelma, mielenterveys; otsikot tavallisina riveinä (ei tyylejä, ei lihavointia), käsin numeroitu;
kohderyhmä johdannossa ilman otsikkoa; tavoitteen poisto muutosten jäljityksellä. Hyvä asiakirja."""
from apu import *
import sys

d = uusi()
kpl(d, "Keski-Harjun hyvinvointialue / Mielenterveys- ja päihdepalvelut")
kpl(d, "Hankesuunnitelma – Mielen Olohuone")
kpl(d, "Laadittu 3.2.2026, valmisteluryhmä")
kpl(d, "Mielen Olohuone on hyvinvointialueen, Mielenterveysyhdistys Kaislikko ry:n ja Harjuveden seurakunnan "
       "yhteinen hanke. Se on tarkoitettu ensisijaisesti 18–29-vuotiaille nuorille aikuisille, jotka tarvitsevat "
       "keskusteluapua mutta eivät ole hoidon piirissä, sekä yksinäisyyttä kokeville työikäisille ja "
       "mielenterveyskuntoutujien omaisille. Arvioimme tavoittavamme hankkeen aikana noin 400 henkilöä.")

kpl(d, "1. Lähtötilanne")
kpl(d, "Harjuveden ja lähikuntien alueella mielenterveyspalvelujen ensikäynnin odotusaika oli vuonna 2025 keskimäärin "
       "viisi viikkoa. Hyvinvointialueen asukaskyselyssä yksinäisyyttä kertoi kokevansa usein 14 prosenttia "
       "työikäisistä. Kaislikko ry:n omaisryhmiin on ollut jonoa, ja seurakunnan diakoniatyön vastaanotolla "
       "keskustelutarpeet ovat lisääntyneet. Kevyelle, nopealle keskusteluavulle ja yhteisölliselle toiminnalle on "
       "selvä tarve.")

kpl(d, "2. Tavoitteet")
kpl(d, "Hankkeen tavoitteet ovat:")
luettelo(d, ["Nuorten aikuisten pääsy matalan kynnyksen keskusteluapuun nopeutuu.",
             "Yksinäisyyttä kokevien aikuisten osallisuus ja sosiaaliset suhteet lisääntyvät.",
             "Mielenterveyskuntoutujien omaisten tieto ja jaksaminen vahvistuvat."])
poistettu_kappale(d, "– Työikäisten mielenterveysperusteiset sairauspoissaolot vähenevät alueella 10 prosenttia.")

kpl(d, "3. Mitä teemme")
kpl(d, "Olohuone-päivystys: Kaislikko ry:n tiloissa on kolmena iltana viikossa avoin keskusteluaika ilman "
       "ajanvarausta. Päivystäjinä ovat hyvinvointialueen psykiatrinen sairaanhoitaja ja järjestön "
       "kokemusasiantuntija. Alle 30-vuotiaille tarjotaan lisäksi chat-keskustelu ja mahdollisuus saada "
       "keskusteluaika samalle tai seuraavalle päivälle.")
kpl(d, "Yhteiset pöydät: seurakunnan srk-talolla kokoontuu kahdesti viikossa avoin ruokailu- ja "
       "toimintaryhmä, jossa on ohjattua tekemistä (kävelyt, käsityöt, lautapelit). Ryhmiin ohjataan erityisesti "
       "niitä, jotka kertovat olevansa yksin tai vailla ystäviä.")
kpl(d, "Läheisten illat: järjestö ja psykiatrian poliklinikka järjestävät perheenjäsenille ja muille läheisille "
       "tietoiltoja sairauksista, hoitopoluista ja omasta jaksamisesta sekä kahdeksan kerran vertaisryhmiä.")

kpl(d, "4. Kesto ja vaiheet")
kpl(d, "Hanke toteutetaan 1.8.2026–31.7.2028. Syksyllä 2026 käynnistyvät päivystys ja yhteiset pöydät, "
       "keväällä 2027 ensimmäiset läheisten ryhmät. Lukuvuosi 2027–2028 on vakiinnuttamisen aikaa, ja kesäkuussa "
       "2028 pidetään päätösseminaari.")

kpl(d, "5. Kustannukset")
p = kpl(d, "Kokonaisbudjetti on 312 000 euroa kahdelle vuodelle, josta suurin osa on sairaanhoitajan ja "
           "kokemusasiantuntijan palkkakuluja. ")
lisays(p, "Omarahoitusosuus 15 % katetaan seurakunnan tiloilla ja hyvinvointialueen työpanoksella.", "Jari Mäkelä")

kpl(d, "6. Mistä tiedämme, että onnistumme?")
kpl(d, "Päivystyksessä kirjataan jokaisen alle 30-vuotiaan kävijän kohdalla, montako päivää yhteydenotosta kului "
       "ensimmäiseen keskusteluun; tavoitteena on alle kolme päivää, kun nyt odotetaan viikkoja.")
kpl(d, "Ryhmäruokailuun osallistuvilta kysytään yksinäisyyden kokemusta lyhyellä mittarilla (kolmen kysymyksen "
       "yksinäisyysmittari) ensimmäisellä kerralla ja puolen vuoden kuluttua, ja kävijämäärä lasketaan joka kerta.")
kpl(d, "Omaisille ja muille läheisille tehdään palautekysely jokaisen tietoillan jälkeen, ja vertaisryhmän "
       "lopussa heiltä kysytään, kokevatko he saaneensa tietoa ja voimia.")
kpl(d, "Seurantatiedot kootaan puolivuosittain ohjausryhmälle.")

kpl(d, "7. Odotetut tulokset")
kpl(d, "Tuloksena syntyy toimintamalli, jossa julkinen palvelu, järjestö ja seurakunta tarjoavat yhdessä matalan "
       "kynnyksen mielenterveystukea. Odotamme, että raskaampien palvelujen tarve vähenee, kun apua saa ajoissa, ja "
       "että yksinäisyys ja omaisten kuormitus helpottuvat.")

kpl(d, "8. Ohjaus ja kumppanit")
kpl(d, "Ohjausryhmän puheenjohtajana toimii mielenterveys- ja päihdepalvelujen palvelupäällikkö. Jäseninä ovat "
       "Kaislikko ry:n toiminnanjohtaja, Harjuveden seurakunnan johtava diakoniatyöntekijä, kokemusasiantuntijoiden "
       "edustaja ja psykiatrian poliklinikan osastonhoitaja.")

kpl(d, "9. Riskit")
kpl(d, "Suurin riski on, ettei päivystäjiä saada rekrytoitua ajoissa; siihen varaudumme käyttämällä aluksi "
       "hyvinvointialueen omaa henkilöstöä sijaisjärjestelyin. Toinen riski on, etteivät nuoret aikuiset löydä "
       "palvelua, joten markkinointi suunnataan heidän käyttämiinsä kanaviin.")

kpl(d, "10. Tiedottaminen")
kpl(d, "Kerromme toiminnasta Instagramissa, hyvinvointialueen verkkosivuilla, oppilaitosten opiskelijahuollon "
       "kautta ja seurakunnan tiedotteissa. Toimintamalli kuvataan Innokylään ja esitellään alueellisessa "
       "mielenterveysseminaarissa keväällä 2028.")

kpl(d, "11. Jatkuvuus")
kpl(d, "Jatkoa on mietitty jo hakuvaiheessa, ja palvelupäällikkö on sitoutunut siihen, että Olohuone-päivystys "
       "sisällytetään mielenterveyspalvelujen palveluvalikoimaan hankkeen jälkeen.")
kpl(d, "Koko hankkeen ajan viemme tietoa toiminnasta esihenkilöiden kokouksiin ja kumppanien hallituksiin, jotta "
       "päättäjät näkevät, mitä malli tuottaa. Toimintaa sovitetaan eri kohderyhmille: opiskelijoille "
       "iltapäivystys oppilaitoksen lähellä, omaisille ilta-ajat. Toisena vuonna tarjoamme mallia kokeiltavaksi "
       "kahdelle muulle kunnalle hyvinvointialueella, ja niiden työntekijät perehdytetään päivystykseen.")
kpl(d, "Hankkeen päättyessä vastuu päivystyksestä siirtyy mielenterveys- ja päihdepalvelujen palvelupäällikölle, "
       "ryhmäruokailuista Harjuveden seurakunnan johtavalle diakoniatyöntekijälle ja läheisten illoista Kaislikko "
       "ry:n toiminnanjohtajalle. Siirtoon varataan hankkeen viimeisestä puolesta vuodesta kuukausittain kaksi "
       "työpäivää sairaanhoitajan työaikaa perehdytykseen ja ohjeistukseen.")
d.save(sys.argv[1])
