from common import *
doc=Document()
doc.add_heading('Arviointisuunnitelma: Etäkotihoito arjen tukena',0)
doc.add_paragraph('Pohjois-Järvimaan hyvinvointialue, kotihoidon kehittämisyksikkö · Versio 1.2 · 3.10.2025')
doc.add_heading('Hankkeen tavoitteet ja kohderyhmä',1)
paras(doc,'''
Hanke (Kestävän kasvun ohjelma, STM, toteutusaika 1.9.2025–31.8.2027) ottaa kotihoidossa käyttöön videovälitteiset etäkäynnit osana tavallista palvelua. Kohderyhmänä ovat kotihoidon asiakkaat, joilla on säännöllisiä käyntejä lääkemuistutusta, ruokailun seurantaa tai voinnin tarkistamista varten (arviolta 350 asiakasta), heidän omaisensa sekä kotihoidon noin 180 työntekijää.
''')
doc.add_heading('Mitä arvioidaan?',1)
t=table(doc,[['Tavoite','Toimenpiteet','Arviointimenetelmä ja aineisto'],
 ['1. Etäkäynnit korvaavat osan fyysisistä käynneistä ilman, että asiakasturvallisuus heikkenee.','Etäkäyntien pilotointi kolmella tiimillä, laajennus kaikkiin tiimeihin 2026','Etäkäyntien osuus käynneistä (tavoite 25 %), vaaratapahtumailmoitukset (HaiPro) ennen ja jälkeen'],
 ['2. Asiakkaat ja omaiset kokevat etäkäynnit turvallisiksi ja hyödyllisiksi.','Asiakkaiden ja omaisten perehdytys laitteisiin, tukipuhelin',''],
 ['3. Työntekijöiden ajankäyttö paranee ja kuormitus ei kasva.','Työvuorosuunnittelun muutos, etähoitajan tehtävänkuva','Työajan seuranta kahdella kahden viikon jaksolla, kuormituskysely']])
cell=t.cell(2,2); cell.paragraphs[0].text='Aineisto kerätään kahdella tavalla:'
inner=cell.add_table(rows=3, cols=2); inner.style='Table Grid'
for i,(a,b) in enumerate([('Asiakaskysely (puhelinhaastatteluna)','syksy 2026 ja kevät 2027, n. 100 asiakasta'),('Omaisten ryhmähaastattelu','2 ryhmää, maaliskuu 2027'),('Ulkoinen arvioija (Järvimaan ammattikorkeakoulu) analysoi kyselyt ja haastattelut','raportti kesäkuussa 2027')]):
    inner.cell(i,0).text=a; inner.cell(i,1).text=b
doc.add_heading('Arvioinnin menetelmät',1)
paras(doc,'''
Arviointi yhdistää itsearviointia ja ulkopuolista arviointia. Hanketiimi ja pilottitiimien esihenkilöt pitävät itsearviointityöpajan puolen vuoden välein (maaliskuu ja syyskuu), jossa käydään läpi seurantaluvut ja kokemukset. Rekisteriaineistot (käyntimäärät, HaiPro) kootaan kuukausittain hyvinvointialueen tietojohtamisen raportointityökalusta. Asiakkaiden ja omaisten kokemukset kerätään edellä taulukossa kuvatulla tavalla.
''')
doc.add_heading('Arviointitiedon käyttö ja raportointi',1)
paras(doc,'''
Arviointitieto käytetään toiminnan muuttamiseen jo kokeilun aikana: pilottitiimien havaintojen perusteella päätetään keväällä 2026, missä järjestyksessä muut tiimit siirtyvät etäkäynteihin. Seurantaluvut raportoidaan ohjausryhmälle neljännesvuosittain ja rahoittajalle väli- ja loppuraportissa.

Etäkäyntien vakiinnuttaminen on ollut lähtökohta jo hakuvaiheessa: kotihoidon palvelupäällikkö Riitta Mäkinen on alusta asti mukana ohjausryhmässä ja vastaa siitä, että arvioinnin tulokset viedään kotihoidon palvelukuvaukseen ja vuoden 2028 henkilöstösuunnitelmaan. Ensimmäisen puolen vuoden itsearvioinnin tuloksia käytetään jo tämän valmisteluun.
''')
doc.save('../r4-07.docx')
