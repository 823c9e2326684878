from common import *
doc=Document()
doc.add_heading('Kaiku-kehittämishankkeen loppuraportti',0)
doc.add_paragraph('Hanke: Hyvinvoiva etätiimi – Valtion ympäristötietokeskus')
doc.add_heading('Tiivistelmä',1)
paras(doc,'''
Hankkeessa kehitettiin Valtion ympäristötietokeskuksen hajautetuille tiimeille yhteisiä etätyön käytäntöjä: tiimisopimukset, viikoittaiset lyhyet kuulumiskierrokset ja esihenkilöiden vertaisryhmät. Hanke toteutettiin 1.2.2024–31.1.2025. Kaikki kahdeksan tiimiä laativat tiimisopimuksen, ja työyhteisön kokemus yhteenkuuluvuudesta parani henkilöstökyselyssä. Esihenkilöiden vertaisryhmä jatkuu pysyvänä toimintana henkilöstöyksikön vetämänä.
''')
doc.add_heading('1. Taustatiedot',1)
paras(doc,'''
Toteuttajavirasto: Valtion ympäristötietokeskus, henkilöstö- ja hallintopalvelut.

Hankkeen nimi ja määrärahapäätöksen diaarinumero: Hyvinvoiva etätiimi, VK/4471/00.03.05/2023.
''')
doc.add_heading('2. Hankkeen teema ja tavoitteet',1)
paras(doc,'''
Hanke liittyi Kaiku-teemaan työhyvinvointi hybridityössä. Tavoitteina oli vahvistaa hajautettujen tiimien yhteenkuuluvuutta, selkeyttää etätyön pelisääntöjä ja tukea esihenkilöitä etäjohtamisessa. Alla tavoitteet ja niiden toteutuminen.
''')
table(doc,[['Tavoite','Mittari','Tavoitearvo','Toteutunut'],
 ['Tiimien yhteenkuuluvuus vahvistuu','Henkilöstökyselyn yhteenkuuluvuusväittämä (1–5)','3,6 (lähtötaso 3,2)','3,7'],
 ['Etätyön pelisäännöt ovat selvät','Tiimisopimuksen laatineet tiimit','8/8','8/8'],
 ['Esihenkilöt saavat tukea etäjohtamiseen','Vertaisryhmän tapaamiset / osallistujat','8 tapaamista, 12 esihenkilöä','9 tapaamista, 11 esihenkilöä'],
 ['Kuormitus ei kasva','Kokemus kuormituksesta (1–5, pienempi parempi)','enintään 3,0 (lähtötaso 3,0)','3,1']])
doc.add_heading('3. Hankkeen toteutus',1)
paras(doc,'''
Hanke käynnistyi helmikuussa 2024 alkukartoituksella, jossa jokainen tiimi kävi läpi etätyön sujumisen. Keväällä 2024 tiimit laativat tiimisopimukset työpajoissa, jotka veti ulkopuolinen työyhteisövalmentaja. Syksyllä 2024 kokeiltiin viikoittaisia 15 minuutin kuulumiskierroksia ja kaksi kertaa vuodessa järjestettäviä lähitapaamispäiviä. Esihenkilöiden vertaisryhmä kokoontui noin kuuden viikon välein. Hankkeen budjetti oli 42 000 euroa, josta Kaiku-rahoitus 21 000 euroa; kustannusarvio toteutui lähes suunnitellusti (käytetty 40 300 euroa).
''')
doc.add_heading('4. Tulokset ja vaikuttavuus',1)
paras(doc,'''
Yhteenkuuluvuutta ja pelisääntöjä koskevat tavoitteet toteutuivat, ja esihenkilöiden tuki toteutui lähes tavoitteen mukaisesti. Kuormituksen kokemus nousi hieman, mikä selittyy osin syksyn 2024 organisaatiomuutoksella. Pysyvä vaikutus on, että tiimisopimus on nyt osa uuden työntekijän perehdytystä ja vertaisryhmä jatkuu.
''')
doc.add_heading('5. Kehitysajatukset',1)
paras(doc,'''
Tiimisopimukset tulisi päivittää vuosittain kehityskeskustelukierroksen yhteydessä. Kuormitusta pitäisi seurata tiheämmin kuin kerran vuodessa, esimerkiksi lyhyellä pulssikyselyllä.
''')
doc.add_heading('6. Suositukset muille virastoille',1)
paras(doc,'''
Suosittelemme aloittamaan tiimisopimuksista, koska ne ovat kevyitä ja tuovat nopeasti näkyviä tuloksia. Ulkopuolinen vetäjä helpottaa vaikeiden asioiden käsittelyä työpajoissa. Esihenkilöiden vertaisryhmälle kannattaa nimetä vastuuhenkilö henkilöstöyksiköstä heti alussa.
''')
doc.add_heading('7. Laatimispäivämäärä ja yhteystiedot',1)
paras(doc,'''
Raportti laadittu 8.4.2025.

Yhteyshenkilö: Hanna Lehtimäki, henkilöstöasiantuntija, hanna.lehtimaki@ymparistotieto.fi, puh. 0295 123 456.
''')
doc.save('r4-05.docx')
