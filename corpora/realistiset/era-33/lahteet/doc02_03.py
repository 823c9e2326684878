from apu import *
# 02 Leader-arviointisuunnitelma -> .odt
d = uusi()
P = lambda t: kpl(d, t); B = lambda t: kpl(d, t, bold=True)
d.add_heading('Arviointisuunnitelma – Kyläyrittäjyys 2026 -hanke', 0)
P('Leader Rannikon Ranta ry | Luonnos 3.12.2025')
B('Hankkeen perustiedot')
P('Kyläyrittäjyys 2026 on Leader Rannikon Ranta ry:n elinkeinojen kehittämishanke, jota rahoittaa Pohjois-Rannikon ELY-keskus Manner-Suomen CAP-suunnitelman kautta. Hanke toteutetaan 1.1.2026–31.12.2027 Rantalan, Kalliolahden ja Vesijärven kunnissa.')
B('Tausta, tavoitteet ja kohderyhmä')
P('Maaseudun kylissä toimii paljon pieniä yrityksiä, joiden omistajat lähestyvät eläkeikää; alueen yritysrekisterin mukaan vuonna 2024 joka kolmannen yrittäjän ikä oli yli 60 vuotta. Hanke kokoaa kylien yrittäjät, uudet yrittäjiksi aikovat ja kyläyhdistykset.')
P('Tavoitteenamme on, että')
P('1. kylissä toimivien yritysten omistajanvaihdoksia käynnistyy aiempaa enemmän,')
P('2. kyliin syntyy uusia, palveluja tarjoavia yrityksiä ja')
P('3. kyläyhdistykset osaavat tukea yrittäjyyttä esimerkiksi tarjoamalla tiloja.')
P('Kohderyhmänä ovat kylien 55 yritystä, noin 30 yrittäjäksi aikovaa henkilöä ja alueen 18 kyläyhdistystä.')
B('Mitä arvioidaan ja miten')
taulukko(d, [
    ['Tavoite', 'Toimenpide', 'Mittari', 'Tiedonkeruu ja ajankohta'],
    ['Omistajanvaihdokset', 'Jatkajakahvilat, sparraus', 'Käynnistyneet omistajanvaihdosneuvottelut: 8', 'Sparrauskirjaukset, puolivuosittain'],
    ['Uudet yritykset', 'Kyläyrittäjäkoulutus', 'Perustetut yritykset: 6', 'Yritysrekisteri, joulukuu 2026 ja 2027'],
    ['Kyläyhdistysten tuki', 'Kylätyöpajat', 'Yhdistyksistä 10 tarjoaa tilaa tai palvelua yrittäjille', 'Kyläkysely syyskuussa 2027'],
])
B('Itsearviointi ja osallistujien ääni')
P('Hanketiimi tekee itsearvioinnin puolivuosittain oppimispäiväkirjan ja tavoitetaulukon avulla. Jokaisen koulutuksen ja jatkajakahvilan jälkeen osallistujilta kerätään lyhyt palaute, ja kyläyhdistyksille tehdään kysely syksyllä 2027. Lisäksi haastatellaan kuutta omistajanvaihdoksen osapuolta hankkeen lopussa.')
P('Ohjausryhmä käsittelee arviointituloksia kokouksissaan. Ensimmäinen arviointitulosten käsittely on ohjausryhmän kokouksessa xx.xx.2025, ja sen jälkeen kahdesti vuodessa.')
B('Arviointitiedon hyödyntäminen ja raportointi')
P('Arvioinnin tuloksia käytetään toiminnan suuntaamiseen hankkeen aikana. Jo hankkeen alussa sovitaan yhdessä Rantalan Yrityspalvelut Oy:n kanssa, miten jatkajakahvilan malli siirtyy sen neuvontapalveluihin hankkeen jälkeen. Tulokset raportoidaan maksuhakemusten väliraporteissa ja loppuraportissa sekä Leader-ryhmän hallitukselle.')
d.save('02_arviointisuunnitelma_kylayrittajyys.docx')

# 03 Exit-suunnitelma -> .pdf
d = uusi()
P = lambda t: kpl(d, t); B = lambda t: kpl(d, t, bold=True)
d.add_heading('Matkailun tietovaranto -hanke: jatkuvuussuunnitelma (exit)', 0)
P('Järvi-Kainion liitto ja Kainion Matkailu Oy | hyväksytty ohjausryhmässä 21.5.2026')
P('Hanke (1.6.2024–31.8.2026) kokosi maakunnan matkailuyritysten kävijä-, majoitus- ja tapahtumatiedot yhteen tietovarantoon ja rakensi yrityksille raportointinäkymän. Hanke rahoitettiin alueellisilla innovaatioilla ja kokeiluilla (AIKO) Järvi-Kainion liiton kautta. Tämä suunnitelma kertoo, miten tulokset jäävät käyttöön hankkeen päättyessä.')
d.add_heading('Mitä jää pysyväksi – käyttöönotto', 1)
P('Tietovaranto ja raportointinäkymä siirtyvät 1.9.2026 Kainion Matkailu Oy:n omistukseen ja ylläpitoon. Vastuuhenkilö on yhtiön toimitusjohtaja, ja päivittäisestä käytöstä vastaa yhtiön analyytikko, jonka toimi on vakinaistettu yhtiön vuoden 2026 budjetissa. Ylläpidon vuosikustannus, noin 28 000 euroa, katetaan vuosina 2027–2028 maakunnan kuntien matkailumarkkinointiosuuksista ja Järvi-Kainion liiton perusrahoituksesta. Siirron valmisteluun on hankkeen viimeisille kuukausille varattu 0,4 henkilötyövuotta.')
P('Järvi-Kainion liiton maakuntahallitus on kirjannut tietovarannon käytön maakunnan matkailustrategian toimenpideohjelmaan 2026–2029.')
d.add_heading('Tulosten levittäminen', 1)
P('Toimintamalli kuvataan Innokylään, ja tietovarannon käyttöohjeet julkaistaan Kainion Matkailun verkkosivuilla. Kesällä 2026 pidetään kolme alueellista koulutusta yrityksille ja loppuseminaari Kainionlinnassa 25.8.2026. Mallia esitellään kahdelle naapurimaakunnan liitolle, jotka ovat pyytäneet tietoa rajapinnasta.')
d.add_heading('Kehittämistyön jatko', 1)
P('Jatkokehittämisen kohteina ovat majoitustietojen automaattinen haku varausjärjestelmistä ja kävijäennusteet. Kainion Matkailu Oy valmistelee näistä jatkohankkeen syksyllä 2026, ja Järvi-Kainion liitto on luvannut tukea hakemuksen valmistelua.')
d.add_heading('Seuranta hankkeen jälkeen', 1)
P('Kainion Matkailu Oy raportoi liiton elinkeinoryhmälle puolivuosittain vuoden 2027 loppuun saakka, kuinka moni yritys käyttää raportointinäkymää ja miten tietojen kattavuus kehittyy. Tavoitteena on 120 käyttäjäyritystä vuoden 2027 lopussa. Seurannan tulokset käsitellään maakunnan matkailufoorumissa keväällä 2027.')
d.save('03_exit_suunnitelma_matkailudata.docx')
