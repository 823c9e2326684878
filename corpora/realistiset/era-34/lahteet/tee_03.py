"""w34 / 03: pitkä hankehakemus (verkkolomakkeen vienti), AMK:n työelämäyhteistyö.
Puutteet: tavoitetaulukon 3. tavoitteelta puuttuu mittari; loppuseminaari hankeajan jälkeen; ei riskiosiota."""
import sys
from apu import *

d = uusi()
d.add_heading("Hankehakemus – Työelämä opintojen ytimeen (TYÖYDIN)", 0)
kpl(d, "Tulostettu hakemusjärjestelmästä 18.11.2026. Hakemuksen tila: luonnos.")

def kentta(nimi, *vastaukset):
    lihava(d, nimi)
    for v in vastaukset:
        kpl(d, v)

kentta("Hakijaorganisaatio *", "Pohjoisrannikon ammattikorkeakoulu Oy, Tekniikan ja liiketalouden yksikkö")
kentta("Hankkeen toteutusaika *", "1.1.2027–31.12.2028")
kentta("Rahoitusohjelma", "Alueellinen osaamisen kehittämisen ohjelma 2021–2027")
kentta("Hankkeen tausta ja tarve *",
 "Pohjoisrannikon ammattikorkeakoulussa on noin 6 800 opiskelijaa. Valmistuneiden uraseurannan (2024) mukaan 63 prosenttia vastaajista koki, että opinnot valmistivat heitä hyvin työelämään, kun koko maan ammattikorkeakoulujen keskiarvo oli 71 prosenttia. Erityisesti insinööri- ja tradenomiopiskelijat toivoivat enemmän aitoja toimeksiantoja ja yhteyksiä yrityksiin jo opintojen alkuvaiheessa.",
 "Alueen yrityksistä yli 90 prosenttia on alle kymmenen hengen mikroyrityksiä. Kauppakamarin osaamistarvekyselyssä vuonna 2025 yrityksistä 38 prosenttia kertoi, että niillä on vaikeuksia löytää osaavaa työvoimaa, mutta vain 12 prosenttia oli tehnyt yhteistyötä ammattikorkeakoulun kanssa viimeisen kolmen vuoden aikana. Yleisimmät esteet olivat ajan puute, tieto siitä, kenelle ottaa yhteyttä, sekä hallinnollinen vaiva sopimusten tekemisessä.",
 "Ammattikorkeakoulun nykyinen työelämäyhteistyö nojaa yksittäisten opettajien henkilökohtaisiin verkostoihin. Kun opettaja vaihtaa työpaikkaa, yhteistyö katkeaa. Projektiopintojen toimeksiantoja välittää tällä hetkellä kolme eri yksikköä omilla lomakkeillaan, eikä kokonaiskuvaa toimeksiantajista ole.",
 "Opetus- ja kulttuuriministeriön ja ammattikorkeakoulun sopimuskaudella 2025–2028 yhdeksi tavoitteeksi on asetettu työelämäyhteistyön syventäminen ja opiskelijoiden työllistyminen alueelle. Hanke tukee tätä tavoitetta ja korkeakoulun strategian kärkeä ”Alueen kumppani”.",
 "Hankkeen valmistelu aloitettiin keväällä 2026 opiskelijakunnan ja yrittäjäjärjestön yhteisellä työpajalla, johon osallistui 26 henkeä. Työpajan tulokset on koottu hakemuksen liitteeseen.")
sivunvaihto(d)
kentta("Hankkeen kohderyhmät *",
 "Hankkeen kohderyhmiä ovat (1) tekniikan ja liiketalouden opiskelijat, erityisesti ensimmäisen ja toisen vuoden opiskelijat, (2) alueen pk- ja mikroyritykset sekä (3) ammattikorkeakoulun opettajat ja työelämäpalveluiden henkilöstö. Hankkeen toimiin arvioidaan osallistuvan 900 opiskelijaa, 120 yritystä ja 60 opettajaa.")
kentta("Hankkeen tavoitteet *", "Hankkeen tavoitteet, niitä tukevat toimenpiteet ja mittarit on koottu taulukkoon.")
t = taulukko(d, [["Tavoite", "Toimenpiteet", "Mittarit"],
 ["Opiskelijat saavat aitoja työelämän toimeksiantoja jo kahden ensimmäisen opintovuoden aikana.", "Toimeksiantotori; projektiopintojen uudistus (TP1)", "Toimeksiantoihin osallistuneiden 1.–2. vuoden opiskelijoiden määrä; opiskelijapalaute"],
 ["Alueen mikroyritysten kynnys tehdä yhteistyötä ammattikorkeakoulun kanssa madaltuu.", "Yhden luukun yrityspalvelu ja kevytsopimus (TP2)", "Uusien yhteistyöyritysten määrä (tavoite 80); yrityskysely"],
 ["Opettajien työelämäosaaminen ajantasaistuu.", "Opettajien työelämäjaksot yrityksissä (TP3)", ""]])
kpl(d, "Tiivistetysti: haluamme, että yhteistyö ei enää ole kiinni yksittäisistä henkilöistä vaan korkeakoulun yhteisistä käytännöistä.")
sivunvaihto(d)
kentta("Toteutus ja työpaketit *",
 "TP1 Toimeksiantotori. Rakennamme verkkoon toimeksiantotorin, johon yritykset voivat jättää pieniä ja suuria toimeksiantoja ja josta opettajat poimivat niitä opintojaksoille. Projektiopintojen rakenne uudistetaan niin, että jokaiseen tutkintoon kuuluu jo ensimmäisenä vuonna vähintään yksi aito toimeksianto. Uudistus tehdään yhdessä opiskelijoiden kanssa kahdessa suunnittelusprintissä keväällä 2027.",
 "TP2 Yhden luukun yrityspalvelu. Työelämäpalveluihin perustetaan yksi yhteyspiste, joka ottaa vastaan yritysten yhteydenotot ja ohjaa ne oikealle opettajalle tai opiskelijaryhmälle. Laadimme juristin kanssa kevytsopimuksen, jonka pieni yritys voi hyväksyä sähköisesti ilman erillistä neuvottelua. Yrityksiä tavoitetaan yrittäjäjärjestön aamukahvitilaisuuksissa ja suoralla yhteydenotolla.",
 "TP3 Opettajien työelämäjaksot. Opettajat voivat hakea kahden–neljän viikon mittaista työelämäjaksoa alueen yrityksessä. Jakson aikana opettaja tutustuu yrityksen arkeen ja tuo sieltä aiheita opetukseen. Hankkeen aikana jaksoja toteutetaan 20.",
 "TP4 Hallinnointi ja viestintä. Hankkeen hallinnointi, raportointi ja viestintä.",
 "Hankkeen tuloksia esitellään valtakunnallisessa loppuseminaarissa, joka järjestetään Oulussa maaliskuussa 2029.")
kentta("Aikataulu *", "Hanke alkaa 1.1.2027 ja päättyy 31.12.2028. Keskeiset välitavoitteet neljännesvuosittain:")
taulukko(d, [["Neljännes", "TP1", "TP2", "TP3"],
 ["Q1/2027", "Suunnittelusprintti 1", "Yhteyspisteen perustaminen", "Jaksojen hakuohje"],
 ["Q2/2027", "Suunnittelusprintti 2", "Kevytsopimus valmis", "Ensimmäiset 4 jaksoa"],
 ["Q3/2027", "Toimeksiantotori avautuu", "Yrityskahvit syksy", "–"],
 ["Q4/2027", "Ensimmäiset toimeksiannot opintojaksoilla", "30 uutta yritystä", "4 jaksoa"],
 ["Q1–Q2/2028", "Laajennus kaikkiin tutkintoihin", "Yrityskysely", "8 jaksoa"],
 ["Q3–Q4/2028", "Vakiinnuttaminen opetussuunnitelmiin", "80 uutta yritystä", "4 jaksoa; loppuraportti"]])
sivunvaihto(d)
kentta("Seuranta ja arviointi *",
 "Hankkeen edistymistä seurataan tavoitetaulukon mittareilla puolivuosittain, ja tulokset raportoidaan ohjausryhmälle. Opiskelijapalaute kerätään jokaisen toimeksiantoja sisältäneen opintojakson lopuksi, ja yrityskysely toteutetaan keväällä 2028 ja syksyllä 2028. Hankkeen itsearvioinnin tueksi käytetään korkeakoulun laatujärjestelmän palautetyökaluja.")
kentta("Hankkeen tulokset ja vaikutukset *",
 "Tuloksena syntyy toimeksiantotori, yhden luukun yrityspalvelun toimintamalli, kevytsopimuspohja sekä uudistetut projektiopinnot. Vaikutuksena opiskelijoiden työelämävalmiudet paranevat, valmistuneet työllistyvät useammin alueelle ja mikroyritysten osaamispohja vahvistuu.")
kentta("Tulosten juurruttaminen ja levittäminen *",
 "Juurruttamista suunniteltiin jo hakuvaiheessa yhdessä korkeakoulun johdon kanssa, ja se alkaa heti hankkeen alussa: yhteyspiste perustetaan suoraan osaksi työelämäpalveluita eikä erilliseksi hankeyksiköksi.",
 "Kerromme hankkeen etenemisestä korkeakoulun henkilöstöinfoissa ja yrittäjäjärjestön uutiskirjeessä koko hankkeen ajan. Toimeksiantotorin käyttötapaa muokataan erikseen insinööri- ja tradenomikoulutukseen sopivaksi. Vuonna 2028 toimintamallia tarjotaan kokeiltavaksi myös sosiaali- ja terveysalan yksikölle. Projektiopintojen uudistus kirjataan tutkintojen opetussuunnitelmiin lukuvuodesta 2029–2030 alkaen.",
 "Hankkeen jälkeen yhteyspisteestä ja toimeksiantotorista vastaa Pohjoisrannikon ammattikorkeakoulun työelämäpalveluiden päällikkö, ja niiden ylläpitoon on varattu korkeakoulun talousarviossa 0,5 henkilötyövuotta vuodesta 2029 alkaen. Hankkeen aikana juurruttamiseen käytetään projektipäällikön työajasta 25 prosenttia.",
 "Tuloksia levitetään korkeakoulun verkkosivuilla, Innokylässä ja ammattikorkeakoulujen työelämäyhteistyöverkoston seminaareissa.")
kentta("Hankkeen organisointi",
 "Hankkeen hallinnoija on Pohjoisrannikon ammattikorkeakoulu Oy. Hanketiimiin kuuluvat projektipäällikkö (100 %), kaksi projektiasiantuntijaa (50 %) ja viestintäsuunnittelija (20 %). Ohjausryhmässä ovat korkeakoulun vararehtori, yrittäjäjärjestön toiminnanjohtaja, opiskelijakunnan edustaja, kaksi yritysten edustajaa ja rahoittajan edustaja.")
kentta("Viestintä", "Viestinnän kanavia ovat korkeakoulun verkkosivut, LinkedIn, opiskelijoiden oppimisympäristö ja yrittäjäjärjestön uutiskirje. Jokaisesta onnistuneesta toimeksiannosta kirjoitetaan lyhyt tarina verkkosivuille.")
kentta("Kustannusarvio *", "Hankkeen kokonaiskustannukset ovat 498 000 euroa. Haettava tuki 398 400 euroa (80 %), omarahoitus 99 600 euroa.")
b = d.add_table(rows=5, cols=4); b.style = "Table Grid"
ots = b.cell(0, 1).merge(b.cell(0, 2)); ots.text = "Vuosi"
b.cell(0, 0).text = "Kustannuslaji"; b.cell(0, 3).text = "Yhteensä"
rivit = [["", "2027", "2028", ""], ["Henkilöstö", "182 000", "196 000", "378 000"], ["Ostopalvelut", "32 000", "28 000", "60 000"], ["Muut kulut", "29 000", "31 000", "60 000"]]
for i, r in enumerate(rivit, start=1):
    for j, v in enumerate(r):
        if v: b.cell(i, j).text = v

sivunvaihto(d)
lihava(d, "Liite 1: Työsuunnitelma kuukausittain")
A = {"TP1": ["Suunnittelusprintti opiskelijoiden kanssa", "Toimeksiantotorin määrittely", "Toimeksiantotorin testaus kahdella opintojaksolla", "Projektiopintojen rakenteen uudistus", "Toimeksiantojen välitys opintojaksoille"],
     "TP2": ["Yhteyspisteen palveluprosessin kuvaus", "Kevytsopimuksen laadinta juristin kanssa", "Yrittäjäjärjestön aamukahvitilaisuus", "Yritysten suora yhteydenotto", "Yhteydenottojen ohjaus opettajille"],
     "TP3": ["Työelämäjaksojen haku opettajille", "Jaksoyritysten valinta", "Opettajien työelämäjaksot", "Jaksojen purkutapaaminen"],
     "TP4": ["Ohjausryhmän kokous", "Maksatushakemus ja väliraportti", "Viestintäsuunnitelman päivitys"]}
V = {"TP1": "projektiasiantuntija (tekniikka)", "TP2": "projektiasiantuntija (liiketalous)", "TP3": "projektipäällikkö", "TP4": "projektipäällikkö"}
def teht(v, k, i):
    tp = ["TP1", "TP2", "TP3", "TP4"][i % 4]
    lst = A[tp]
    return (tp, lst[(i // 4) % len(lst)], V[tp])
tehtavataulukko(d, (2027, 1), (2028, 12), teht)
sivunvaihto(d)
lihava(d, "Liite 2: Valmistelutyöpajan tulokset (kevät 2026)")
for otsikko_, teksti in [
 ("Opiskelijoiden näkökulma", "Opiskelijat kertoivat, että ensimmäisen vuoden opinnot tuntuvat irrallisilta työelämästä. Moni olisi halunnut tehdä pienen toimeksiannon jo ensimmäisellä lukukaudella, vaikka se olisi ollut vain muutaman päivän mittainen. Opiskelijat toivoivat myös, että toimeksiannoista saisi palautetta suoraan yritykseltä eikä vain opettajalta. Osa opiskelijoista oli löytänyt harjoittelupaikkansa omien verkostojensa kautta, mutta ne, joilla verkostoja ei ollut, kokivat jäävänsä jälkeen."),
 ("Yritysten näkökulma", "Yrittäjät kertoivat, että ammattikorkeakoulu näyttää ulospäin suurelta ja vaikeasti lähestyttävältä organisaatiolta. Kun yritys ottaa yhteyttä, viesti kulkee usein monen ihmisen kautta ennen kuin oikea henkilö löytyy. Pienelle yritykselle on myös tärkeää, että sopimuspaperit ovat lyhyitä ja selkeitä. Moni yrittäjä oli kiinnostunut tarjoamaan opiskelijoille pieniä kehitystehtäviä, kuten verkkosivujen uudistamista, markkinointikokeiluja tai tuotannon pullonkaulojen selvittämistä."),
 ("Opettajien näkökulma", "Opettajat pitivät toimeksiantoja arvokkaina, mutta niiden sovittaminen opintojakson aikatauluun on vaikeaa. Toimeksiantojen etsiminen vie aikaa, jota ei ole huomioitu työsuunnitelmissa. Osa opettajista ei ole työskennellyt alan yrityksessä vuosiin, ja he toivoivat mahdollisuutta päivittää omaa osaamistaan lyhyellä jaksolla yrityksessä."),
 ("Yhteiset johtopäätökset", "Työpajan yhteinen johtopäätös oli, että yhteistyö tarvitsee yhden selkeän oven, kevyet sopimukset ja opintojen rakenteen, johon toimeksiannot sopivat luontevasti. Nämä johtopäätökset ovat hankkeen työpakettien perusta."),
]:
    lihava(d, otsikko_)
    kpl(d, teksti)
d.save(sys.argv[1])
