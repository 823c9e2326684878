from common import *
doc=Document()
boldline(doc,'MUISTIO')
table(doc,[['Asia:','Olkkari-hankkeen exit-suunnitelma (jatkuvuussuunnitelma)'],['Päivämäärä:','15.9.2025'],['Laatija:','Hankekoordinaattori Joonas Peltola, Mielenvoima ry'],['Jakelu:','Ohjausryhmä, Mielenvoima ry:n hallitus']],style='Table Grid')
doc.add_paragraph()
paras(doc,'''
Olkkari on STEA:n rahoittama hanke (2023–2026), jossa Mielenvoima ry pitää 16–24-vuotiaille nuorille matalan kynnyksen olohuonetta Harjulan keskustassa kolmena iltana viikossa. Hanke päättyy 31.5.2026. Ohjausryhmä pyysi kesäkuun kokouksessa muistion siitä, miten toiminta jatkuu. Tämä muistio kokoaa suunnitelman.
''')
boldline(doc,'1. Mikä jää pysyväksi (juurruttaminen)')
paras(doc,'''
Pysyväksi halutaan jättää kolme asiaa: olohuoneiltojen toimintamalli, vertaisohjaajien koulutuspaketti ja yhteistyö koulukuraattorien kanssa. Toimintamallin käyttöönottoa on valmisteltu koko hankkeen ajan: toimintamalli on kirjoitettu ohjekirjaksi ja vertaisohjaajia on koulutettu kolme ryhmää, yhteensä 24 nuorta.

Hankekoordinaattori vastaa siitä, että ohjekirja viimeistellään ja luovutetaan. Hanketyöntekijät huolehtivat vertaisohjaajien perehdyttämisestä kevään 2026 aikana. Juurruttamiseen on varattu hankkeen viimeisen vuoden budjetista 6 000 euroa ja hanketyöntekijän työajasta puolet tammi–toukokuussa 2026.
''')
boldline(doc,'2. Tulosten levittäminen')
paras(doc,'''
Olohuonemalli ja vertaisohjaajakoulutus kuvataan Innokylään maaliskuuhun 2026 mennessä. Toukokuussa 2026 järjestetään päätösseminaari, johon kutsutaan maakunnan nuorisotoimet ja järjestöt. Lisäksi malli esitellään Nuorisotyön päivillä ja Mielenvoima ry:n verkkosivuilla.
''')
boldline(doc,'3. Kehittämistyön jatko')
paras(doc,'''
Jatkossa toimintaa on tarkoitus kehittää niin, että olohuone olisi auki myös viikonloppuisin ja että mukaan saataisiin nuoria myös ympäryskunnista. Hanke selvittää kevään aikana mahdollisia jatkorahoituksia, ja jatkosta sovitaan myöhemmin. Hanketiimi tekee jatkohakemuksen luonnoksen ennen hankkeen päättymistä.
''')
t=table(doc,[['Tehtävä','Vastuu','Aikataulu'],['Ohjekirjan viimeistely','Hankekoordinaattori','1/2026'],['Vertaisohjaajien perehdytys','Hanketyöntekijät','1–5/2026'],['Innokylä-kuvaus','Hankekoordinaattori','3/2026'],['Jatkohakemuksen luonnos','Hanketiimi','4/2026'],['Päätösseminaari','Hanke','5/2026']])
a=t.add_row().cells; a[0].text='Kaikki tehtävät raportoidaan ohjausryhmälle kevään 2026 kokouksissa.'; a[0].merge(a[2])
doc.save('../r4-06.docx')
