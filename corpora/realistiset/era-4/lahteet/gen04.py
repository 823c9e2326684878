from common import *
doc=Document()
doc.add_heading('Kirjasto kylille -hankkeen arviointisuunnitelma',0)
doc.add_paragraph('Pohjavaaran kaupunki, kulttuuri- ja kirjastopalvelut. Luonnos 20.5.2025, valmistelija kirjastotoimenjohtaja Anu Koskela.')
boldline(doc,'1 Hanke lyhyesti, tavoitteet ja kohderyhmä')
paras(doc,'''
Kirjasto kylille -hanke (OKM:n yleisten kirjastojen kehittämisavustus) toteutetaan 1.8.2025–31.12.2026. Hankkeessa kokeillaan kirjastoauton korvaamista kyläkohtaisilla pop up -kirjastoilla ja omatoimilainauspisteillä kuudessa kylässä.

Kohderyhmänä ovat kylien asukkaat, erityisesti ikäihmiset ja lapsiperheet, sekä kyläyhdistykset, joiden tiloissa pisteet toimivat.

Tavoitteet:
''')
for g in ['Kylien asukkaiden kirjastopalveluiden käyttö säilyy tai kasvaa kirjastoauton lakkauttamisen jälkeen.','Kyläyhdistykset osallistuvat palvelun järjestämiseen ja kokevat sen omakseen.']:
    doc.add_paragraph(g, style='List Number')
boldline(doc,'2 Mitä arvioidaan ja miten')
table(doc,[['Tavoite','Toimenpide','Arviointi / mittari','Ajankohta'],
 ['1. Käyttö säilyy tai kasvaa','Pop up -kirjasto joka toinen viikko, omatoimipisteet kyläkouluilla','Lainausmäärät kyläpisteittäin verrattuna kirjastoauton lainoihin 2024; käyttäjäkysely kävijöille','Lainat kuukausittain; kysely marraskuussa 2025 ja syyskuussa 2026'],
 ['2. Kyläyhdistykset mukana','Sopimukset kuuden kyläyhdistyksen kanssa, vapaaehtoisten perehdytys','Yhdistysten haastattelut, vapaaehtoisten määrä','Haastattelut helmikuussa 2026 ja lokakuussa 2026']])
paras(doc,'''
Itsearviointi: hanketyöryhmä (kirjastotoimenjohtaja, kaksi kirjastovirkailijaa, kyläasiamies) pitää arviointipalaverin kerran kuukaudessa ja kirjaa havainnot yhteiseen arviointipäiväkirjaan. Asukkaiden ääni saadaan esiin käyttäjäkyselyillä ja kyläilloissa, joissa kokemuksia käydään läpi yhdessä.
''')
boldline(doc,'3 Arviointitiedon hyödyntäminen')
paras(doc,'''
Kuukausittaiset havainnot käytetään pop up -käyntien aikataulun ja kokoelmien muuttamiseen. Väliraportti arvioinnista viedään kulttuurilautakunnalle maaliskuussa 2026 ja loppuraportti OKM:lle sekä lautakunnalle hankkeen päätyttyä.

Toimintamallin juurruttaminen osaksi kirjaston vakituista palvelua suunnitellaan hankkeen viimeisinä kuukausina marras–joulukuussa 2026, kun arvioinnin tulokset ovat käytettävissä. Kirjastotoimenjohtaja Anu Koskela vastaa tuolloin siitä, että esitys pysyvästä mallista viedään vuoden 2027 talousarvioon.
''')
doc.save('r4-04.docx')
