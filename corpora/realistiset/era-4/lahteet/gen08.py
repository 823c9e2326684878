from common import *
doc=Document()
doc.add_heading('Hankesuunnitelma: Kylätalo elää – Kuusiselän kyläyhdistys ry',0)
doc.add_paragraph('Leader Järviseutu ry, kehittämishanke. Liite Hyrrä-hakemukseen. 28.1.2025')
boldline(doc,'Lähtötilanne')
paras(doc,'''
Kuusiselän vanha koulu suljettiin vuonna 2019, ja kyläyhdistys osti rakennuksen kunnalta vuonna 2021. Talossa on järjestetty kesäjuhlia ja myyjäisiä, mutta talvisin se on lähes tyhjillään. Kylässä asuu noin 420 ihmistä, joista kolmannes on yli 65-vuotiaita. Kyläkyselyssä 2024 (vastaajia 96) kylätalon ympärivuotista käyttöä toivoi 81 % vastaajista.
''')
boldline(doc,'Tavoitteet, toimenpiteet ja seuranta')
t=table(doc,[['Tavoite','Toimenpiteet','Mittari'],
 ['Kylätalolla on säännöllistä toimintaa ympäri vuoden.','Viikkotoiminnan kalenteri: kuntosalivuoro, käsityöpiiri, lasten kerho; vapaaehtoisten vuorolista','Tapahtumien ja kävijöiden määrä kuukausittain (tavoite 4 viikkotoimintaa, 300 käyntiä/kk)'],
 ['Kylän eri ikäryhmät kohtaavat toisensa.','Kaksi sukupolvien yhteistä teemapäivää lukukaudessa','Teemapäivien osallistujat ikäryhmittäin, palautekortit'],
 ['Talon käyttö on taloudellisesti kestävää.','Vuokraushinnasto ja sähköinen varauskalenteri; energiakatselmus','Vuokratulot ja energiakulut vuositasolla']])
r=t.add_row().cells; r[0].text='Kaikkia tavoitteita seurataan lisäksi kyläkyselyllä hankkeen lopussa (vertailu vuoden 2024 kyselyyn).'; r[0].merge(r[2])
boldline(doc,'Keitä hanke koskee')
paras(doc,'Kuusiselän ja lähikylien asukkaat, erityisesti ikäihmiset ja lapsiperheet, sekä kylän yhdistykset (metsästysseura, eläkeläisyhdistys, 4H).')
boldline(doc,'Toteutusaika')
paras(doc,'1.3.2025–31.12.2026. Toiminta käynnistyy syyskuussa 2025, kun talon lämmitys on saatu korjattua kesän talkoissa.')
boldline(doc,'Kustannukset ja rahoitus')
paras(doc,'Kokonaisbudjetti 54 000 €: osa-aikainen kyläkoordinaattori 34 000 €, hankinnat 12 000 €, muut kulut 8 000 €. Leader-tuki 80 %, loput kyläyhdistyksen omarahoitusta ja talkootyötä.')
boldline(doc,'Mitä hankkeesta jää')
paras(doc,'Tuloksena on ympäri vuoden toimiva kylätalo, vapaaehtoisten vuorolista, varauskalenteri ja vuokrahinnasto. Kylän yhteisöllisyys vahvistuu ja ikäihmisten yksinäisyys vähenee.')
boldline(doc,'Jatkuvuus')
paras(doc,'''
Toiminnan jatko on ollut hakemuksen lähtökohta: jo hakuvaiheessa kyläyhdistyksen hallitus päätti, että se ottaa viikkotoiminnan ja talon varaukset vastuulleen hankkeen jälkeen, ja puheenjohtaja Eila Manninen vastaa tästä. Kyläkoordinaattorin tehtävä on alusta asti opettaa vapaaehtoiset hoitamaan varaukset itse; tähän on varattu koordinaattorin työajasta noin neljännes.

Hankkeesta kerrotaan kylän Facebook-sivulla, kyläyhdistyksen verkkosivuilla ja Järviseudun Sanomissa. Toimintamallia sovitetaan kokemusten mukaan: talvella kokeillaan päiväaikaista toimintaa ikäihmisille ja iltaisin lapsiperheille. Leader Järviseudun kyläiltaan syksyllä 2026 kutsutaan viiden muun kylätalon väki, ja Mäntyniemen kyläyhdistys on jo luvannut kokeilla varauskalenteria omassa talossaan. Vuorolista, hinnasto ja talon käyttösäännöt hyväksytään kyläyhdistyksen vuosikokouksessa keväällä 2026, jolloin ne ovat osa yhdistyksen pysyvää toimintaa.
''')
boldline(doc,'Organisointi, riskit ja viestintä')
paras(doc,'''
Hankkeen hallinnoija on Kuusiselän kyläyhdistys ry. Ohjausryhmässä ovat yhdistyksen puheenjohtaja, eläkeläisyhdistyksen ja 4H:n edustajat sekä Leader-ryhmän neuvoja.

Riskinä on vapaaehtoisten vähyys ja väsyminen. Siihen varaudutaan jakamalla vuorot pieniksi ja pitämällä vapaaehtoisille kiitosilta kahdesti vuodessa. Toinen riski on energian hinta; energiakatselmuksen perusteella tehdään säästötoimet.

Viestinnästä vastaa kyläkoordinaattori: tapahtumakalenteri Facebookissa ja kylän ilmoitustaululla, tiedote paikallislehteen kahdesti vuodessa.
''')
doc.save('../r4-08.docx')
