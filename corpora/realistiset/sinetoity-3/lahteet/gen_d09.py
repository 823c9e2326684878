import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from apu import *
OUT = os.path.join(os.path.dirname(__file__), '..')
doc = new_doc()
doc.add_heading('Exit-suunnitelma', 0)
doc.add_paragraph('Hanke: Työpaja Verso – nuorten työpajan digivalmennus (ESR+, Hämeen ELY-keskus), hankeaika 1.8.2024–31.7.2026')
para_mixed(doc, [('r', 'Versio '), ('del', '1'), ('ins', '2'), ('r', ' / 12.3.2026, laatinut hankekoordinaattori Laura Niemi')])

doc.add_heading('1 Mitä hankkeessa kehitettiin', 1)
doc.add_paragraph(
    'Hankkeessa kehitettiin Hämeenlaakson kaupungin nuorten työpajalle digivalmennuksen malli: 16–29-vuotiaat '
    'pajalaiset harjoittelevat digitaitoja (verkkoasiointi, työnhaun palvelut, perusohjelmat) pienryhmissä '
    'ja saavat osaamisestaan digimerkin. Hankkeen aikana valmennukseen osallistui 142 nuorta, ja digimerkin '
    'suoritti 97.')

doc.add_heading('2 Juurruttaminen työpajan arkeen', 1)
doc.add_paragraph(
    'Digivalmennus on tarkoitus ottaa pysyväksi osaksi työpajan valmennusta. Valmennusmateriaalit, '
    'digimerkin kriteerit ja ryhmien vuosikello on koottu työpajan yhteiselle Teams-kanavalle. '
    'Työpajaohjaajat ovat osallistuneet valmennusten ohjaamiseen hanketyöntekijöiden työpareina, ja '
    'heille järjestetään keväällä 2026 kaksi perehdytyspäivää.')
para_mixed(doc, [
    ('del', 'Hankkeen päätyttyä digivalmennuksen jatkamisesta vastaa Hämeenlaakson kaupungin nuorisopalvelujen '
            'päällikkö Jari Hyvönen, ja valmennus kirjataan työpajan toimintasuunnitelmaan 2027. '),
    ('ins', 'Digivalmennuksen jatkosta ja mallin ylläpidosta vastaa hankekoordinaattori, joka huolehtii myös '
            'siitä, että materiaalit ovat ajan tasalla hankkeen loppuun asti. Hanketyöntekijät perehdyttävät '
            'työpajaohjaajat ja siirtävät heille tarvittavat tiedot. ')])
doc.add_paragraph(
    'Hankkeen viimeisen puolen vuoden aikana hankekoordinaattorin työajasta 30 % ja digivalmentajan '
    'työajasta 50 % on varattu mallin siirtämiseen, perehdytyksiin ja materiaalien viimeistelyyn.')

doc.add_heading('3 Hyvien käytäntöjen levittäminen', 1)
doc.add_paragraph(
    'Malli kuvataan Innokylään toukokuussa 2026. Lisäksi pidämme Hämeen työpajaverkostolle koulutuksen '
    'digimerkin käytöstä ja jaamme materiaalit avoimesti Valtakunnallisen työpajayhdistyksen '
    'materiaalipankissa. Hankkeen päätösseminaari järjestetään kesäkuussa 2026.')

doc.add_heading('4 Kehittämistyön jatko', 1)
doc.add_paragraph(
    'Jatkokehittämisen kohteena on digimerkin liittäminen ammatillisen koulutuksen osaamisen tunnustamiseen. '
    'Asiasta on keskusteltu Hämeenlaakson ammattiopiston kanssa, ja keskustelua jatketaan hankkeen '
    'viimeisinä kuukausina.')
deleted_paragraph(doc,
    'Seuranta: nuorisopalvelut raportoi digimerkin suorittaneiden määrän sivistyslautakunnalle '
    'vuosittain vuosina 2027–2028.')
inserted_paragraph(doc,
    'Hankkeen loppuraportissa kuvataan, kuinka moni nuori suoritti digimerkin hankkeen aikana.')
doc.save(os.path.join(OUT, 'verso_exit_suunnitelma.docx'))
