"""D2: arviointisuunnitelma (mielenterveys, STEA), kysymys–vastaus-taulukot; tallennetaan .odt:ksi. Ei havaintoja."""
from apu import *

d = uusi()
lihava(d, "MIELENMATKA – nuorten aikuisten vertaistukiverkosto")
lihava(d, "Arviointisuunnitelma")
p(d, "Mielenterveysyhdistys Tuulikki ry | STEA-avustus C-kohde 2026–2028 | päivitetty 9.12.2025, hyväksytty ohjausryhmässä 16.12.2025")

lihava(d, "1 Tausta, tavoitteet ja kohderyhmä")
p(d, "Mielenmatka on kolmivuotinen hanke (1.1.2026–31.12.2028), jossa 18–29-vuotiaille mielenterveyden kanssa kamppaileville nuorille aikuisille rakennetaan vertaistukiverkosto Järvikaupungin ja kahden naapurikunnan alueelle. Taustalla on nuorten aikuisten mielenterveysperusteisten sairauspoissaolojen ja työkyvyttömyyseläkkeiden kasvu: alueella mielenterveyden häiriöiden vuoksi työkyvyttömyyseläkkeellä olevien alle 30-vuotiaiden määrä kasvoi vuosina 2018–2023 noin 40 prosenttia. Julkisten palvelujen jonot ovat pitkiä, ja moni jää odottamaan ilman tukea.")
p(d, "Hankkeen tavoitteet ja niiden arviointi on koottu alla olevaan taulukkoon. Tavoitteet ovat samat kuin STEA:lle jätetyssä hakemuksessa, mutta ne on muotoiltu arvioinnin tarpeisiin tarkemmin.")
taulukko(d, [["Tavoite", "Toimenpiteet, joilla tavoitteeseen pyritään", "Arviointikysymys ja mittari", "Tiedonkeruu ja ajankohta"],
             ["1. Nuoret aikuiset saavat matalan kynnyksen vertaistukea odottaessaan palveluja tai niiden rinnalla.", "Vertaisryhmät kolmella paikkakunnalla, chat-vertaistuki iltaisin, kohtaamispaikka Kolo", "Tavoittiko toiminta kohderyhmän? Osallistujamäärät, uusien osallistujien osuus, ohjautumisreitit", "Kävijätilastot jatkuvasti; koonti puolivuosittain"],
             ["2. Osallistujien kokemus omasta pärjäämisestä ja osallisuudesta vahvistuu.", "Ryhmät, yksilölliset tukikeskustelut, yhteiset toimintapäivät", "Muuttuiko osallistujien kokema pärjääminen? Osallisuusindikaattori (THL) alussa ja 6 kk kuluttua; palautekysely", "Alku- ja seurantamittaus jokaiselle osallistujalle; koosteet 6/2027 ja 10/2028"],
             ["3. Koulutetut vertaisohjaajat ohjaavat ryhmiä itsenäisesti.", "Vertaisohjaajakoulutus (2 koulutusta), työnohjaus, ohjaajien tapaamiset", "Montako vertaisohjaajaa koulutettiin ja toimii? Ohjaajien itsearviointi, ryhmien lukumäärä ilman työntekijää", "Koulutuksen jälkeen ja vuosittain joulukuussa"],
             ["4. Toimintamalli on kuvattu ja kunnat ja hyvinvointialue tuntevat sen.", "Mallinnustyöpajat, yhteistyöfoorumit, Innokylä-kuvaus", "Onko malli kuvattu ja otettu käyttöön kumppaneilla? Yhteistyökumppanien haastattelut, käyttöönottojen määrä", "Haastattelut syksyllä 2027 ja syksyllä 2028"]])

p(d, "Kohderyhmänä ovat 18–29-vuotiaat nuoret aikuiset, joilla on mielenterveyden haasteita ja jotka ovat jonossa tai ilman palveluja, sekä heidän läheisensä. Välillisiä kohderyhmiä ovat opiskeluhuolto, hyvinvointialueen mielenterveys- ja päihdepalvelut, työllisyyspalvelut ja seurakuntien nuorisotyö.")

lihava(d, "2 Arvioinnin toteutus – vastaukset STEA:n arviointisuunnitelmapohjan kysymyksiin")
taulukko(d, [["Kysymys", "Vastaus"],
             ["Mitä arvioidaan?", "Arvioimme, tavoittaako toiminta kohderyhmän, millaista muutosta se saa aikaan osallistujien arjessa ja miten toimintamalli siirtyy kumppaneille. Arvioinnin kohteet on eritelty tavoitteittain taulukossa yllä."],
             ["Miten itsearviointi toteutetaan?", "Hanketiimi (hankekoordinaattori ja kaksi ohjaajaa) pitää puolivuosittain itsearviointipäivän, jossa käydään läpi kerätty tieto ja verrataan sitä tavoitteisiin. Vertaisohjaajat tekevät oman itsearviointinsa lomakkeella jokaisen ryhmäkauden päätteeksi. Itsearvioinnin tulokset kirjataan STEA:n vuosiselvitykseen."],
             ["Tehdäänkö ulkoinen arviointi? Kuka sen tekee?", "Kyllä. Ulkoisena arvioijana toimii Tutkimus- ja arviointipalvelu Kide Oy, joka valitaan kilpailutuksen perusteella alkuvuodesta 2026. Ulkoinen arvioija tekee väliarvioinnin keväällä 2027 ja loppuarvioinnin syksyllä 2028. Ulkoisen arvioinnin budjetti on 18 000 euroa."],
             ["Miten osallistujat ja kohderyhmä ovat mukana arvioinnissa?", "Osallistujat vastaavat palautekyselyyn ryhmäkauden lopussa ja osallisuusmittaukseen. Lisäksi ulkoinen arvioija haastattelee 10–15 osallistujaa ja järjestää kaksi kehittäjäasiakastyöpajaa, joissa nuoret arvioivat toimintaa ja tekevät parannusehdotuksia. Hankkeen kokemusasiantuntijaraati (6 nuorta) kommentoi arviointiraportit ennen julkaisua."],
             ["Milloin tietoa kerätään?", "Tilastot jatkuvasti; palautekysely jokaisen ryhmäkauden lopussa (touko- ja joulukuu); osallisuusmittaus osallistumisen alussa ja 6 kk kuluttua; kumppanihaastattelut syksyllä 2027 ja 2028; itsearviointipäivät kesä- ja joulukuussa."],
             ["Miten arviointitietoa käytetään ja raportoidaan?", "Tiedot käsitellään ohjausryhmässä ja hanketiimin itsearviointipäivissä, ja niiden perusteella toimintaa muutetaan kesken hankkeen (esim. ryhmien ajankohdat, chatin aukioloajat). Raportointi: STEA:n vuosiselvitykset, väliarviointiraportti 6/2027, loppuarviointiraportti 11/2028. Tiivistelmät julkaistaan yhdistyksen verkkosivuilla ja tulokset esitellään alueellisessa mielenterveysfoorumissa."],
             ["Miten arviointi tukee tulosten juurruttamista?", "Juurruttaminen on mukana heti alusta: hankkeen ensimmäisessä kumppanityöpajassa helmikuussa 2026 hyvinvointialueen mielenterveyspalvelujen ja kuntien edustajat määrittelevät, mitä tietoa he tarvitsevat päättääkseen mallin jatkosta. Kumppanihaastattelut ja käyttöönottojen seuranta tuottavat tämän tiedon. Loppuarvioinnin suosituksia käytetään jatkorahoitushakemukseen ja hyvinvointialueen kanssa neuvoteltavaan yhteistyösopimukseen."]])

lihava(d, "3 Resurssit ja vastuut")
p(d, "Arvioinnista vastaa hankekoordinaattori Elina Torvinen. Itsearviointiin on varattu noin 10 % hanketiimin työajasta. Ulkoinen arviointi ostetaan. Osallisuusindikaattorin käytöstä on sovittu THL:n ohjeiden mukaisesti, ja tiedot käsitellään tietosuojaselosteen mukaisesti nimettöminä.")
lihava(d, "4 Eettiset kysymykset")
p(d, "Osallistuminen arviointiin on vapaaehtoista, eikä kieltäytyminen vaikuta tukeen. Haastateltaville kerrotaan tietojen käytöstä kirjallisesti. Mielenterveyden kriisitilanteissa haastattelu keskeytetään ja nuori ohjataan tarvittaessa kriisipalveluihin.")
d.save("d2_mielenmatka_arviointisuunnitelma.docx")
