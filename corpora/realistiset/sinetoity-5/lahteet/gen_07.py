from common import *
d = Document()
d.add_heading('Exit-suunnitelma', 0)
d.add_paragraph('DigiAskel – ikäihmisten digituki Keski-Rannikon kylillä. Leader Rannikkoseutu ry, 1.1.2025–31.12.2026')
d.add_paragraph('Hankkeen toteuttaja: Keski-Rannikon kansalaisopisto. Laadittu 20.10.2026')
bold(d, 'Hankkeen tuotokset')
d.add_paragraph('Hankkeessa perustettiin kahdeksan kylälle digitukipiste, joissa vapaaehtoiset digikaverit auttavat ikäihmisiä pankkiasioissa, Omakannassa ja videopuheluissa. Digikavereita koulutettiin 26, ja tukipisteissä kävi kahden vuoden aikana yli 900 asiakasta.')
bold(d, 'Toiminnan juurruttaminen')
d.add_paragraph('Digitukipisteiden toimintaa jatketaan hankkeen jälkeen kylätaloilla ja kirjastoissa. Digikavereiden ohjeistus ja perehdytysmateriaali on koottu yhteen kansioon, joka jätetään tukipisteisiin. Toiminnan jatkamiseen on varattu kuntien yhteisestä järjestöavustusmäärärahasta 4 000 euroa vuodelle 2027.')
d.add_paragraph('Jatkon käytännön järjestelyistä sovitaan kuntien ja kyläyhdistysten kesken keväällä 2027. Toimijat huolehtivat yhdessä siitä, että digikaverit saavat tukea ja tukipisteet pysyvät auki.')
bold(d, 'Tulosten levittäminen')
d.add_paragraph('DigiAskel-mallia esiteltiin Leader Rannikkoseudun kyläpäivillä syyskuussa 2026. Digikaverin opas julkaistaan kansalaisopiston verkkosivuilla, ja mallista kirjoitetaan juttu maakuntalehteen.')
bold(d, 'Kehittämistyön jatko')
d.add_paragraph('Jatkossa olisi tarpeen kehittää digitukea myös kotona asuville, jotka eivät pääse tukipisteisiin. Kotikäyntimallia voidaan kokeilla, jos siihen löytyy rahoitusta.')
bold(d, 'Yhteyshenkilö jatkossa')
add_sdt(d, '', alias='Yhteyshenkilö', placeholder=True)
d.save(os.path.join(OUT, 'ex07_digiaskel_leader.docx'))
save_json('ex07_digiaskel_leader', 'exit-suunnitelma', [
  {"rule": "exit.ei-omistajaa"},
  {"rule": "exit.ei-seurantaa"},
  {"rule": "rakenne.pohjateksti"}])
