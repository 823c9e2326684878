# 3: Leader-hankkeen arviointisuunnitelma, .docx -> .pdf (LibreOffice). Lähde-docx jää lahteet/-kansioon.
# Aukot: ei ulkoista arviointia; pohjateksti "xx.xx.2026" jäänyt.
import os, subprocess
from yhteiset import *
NAME = '03_leader_kylatalot_arviointisuunnitelma'
HERE = os.path.dirname(os.path.abspath(__file__))
d = new_doc()
p = bold(d, 'ARVIOINTISUUNNITELMA'); 
bold(d, 'Kylätalot eläviksi – yhteisötilojen käytön kehittämishanke')
para(d, 'Leader Kuusirinne ry | Hakija: Rantakylän kyläyhdistys ry | Hankeaika 1.5.2025–30.4.2027 | Päivitetty 12.6.2025')
bold(d, 'Lyhyesti hankkeesta')
para(d, 'Hanke kehittää Kuusirinteen alueen yhdeksän kylätalon käyttöä niin, että talot ovat auki useammin, niissä on monipuolisempaa toimintaa ja niiden ylläpito ei jää muutaman aktiivin varaan. Kylätalojen käyttöasteen selvityksessä 2024 talojen keskimääräinen käyttö oli 3,2 tilaisuutta kuukaudessa, ja kuudessa talossa hallituksen jäsenten keski-ikä oli yli 65 vuotta.')
bold(d, 'Mitä arvioinnilla halutaan tietää?')
para(d, 'Arvioinnin tarkoituksena on seurata, etenevätkö hankkeen tavoitteet, ja tuottaa tietoa kyläyhdistyksille siitä, mitkä kokeillut toimintatavat kannattaa pitää. Hankkeen tavoitteet, toimenpiteet ja niiden arviointi on koottu alla olevaan taulukkoon.')
table(d, [
 ['Tavoite', 'Toimenpiteet', 'Miten arvioidaan'],
 ['Kylätalojen käyttö monipuolistuu ja lisääntyy', 'Avoimet kylätalopäivät, kokeilut (etätyöpiste, nuorten ilta, kirpputori), sähköinen varauskalenteri kaikille taloille', 'Varauskalenterin käyttökerrat kuukausittain, tavoite vähintään 6 tilaisuutta kuukaudessa taloa kohden hankkeen lopussa'],
 ['Kylätalojen ylläpitoon osallistuu uusia ja nuorempia ihmisiä', 'Talkoo-ohjelma, "kummiperhe"-malli, nuorten kesätyöseteli kylätalon kesätöihin', 'Talkoolaisten ja uusien hallitusjäsenten määrä, alle 40-vuotiaiden osuus; talkoolaisten haastattelut'],
 ['Kyläyhdistysten yhteistyö ja osaaminen vahvistuu', 'Yhteiset koulutusillat (talous, turvallisuus, vuokraus), talonmiesrinki, yhteiset hankinnat', 'Koulutusiltojen palautekysely, yhdistysten itsearviointi hankkeen alussa ja lopussa'],
])
bold(d, 'Keitä arviointi koskee ja keiltä tietoa kerätään')
para(d, 'Arviointiin osallistuvat yhdeksän kyläyhdistyksen hallitukset ja talonhoitajat, kylätalojen käyttäjät (kyläläiset, vuokraajat, harrastusryhmät) sekä hankkeen kokeiluihin osallistuvat nuoret. Käyttäjiltä kerätään palautetta jokaisen avoimen kylätalopäivän yhteydessä QR-koodilla avautuvalla kyselyllä sekä paperilomakkeella.')
bold(d, 'Menetelmät ja aikataulu')
for t in [
 'Arviointi on hankkeen omaa itsearviointia. Hanketyöntekijä kokoaa seurantatiedot, ja yhdistykset arvioivat omaa toimintaansa yhteisellä itsearviointilomakkeella hankkeen alussa (kesäkuu 2025) ja lopussa (maaliskuu 2027). Ohjausryhmä käy tulokset läpi väliarviointikokouksessa xx.xx.2026.',
 'Tiedonkeruu: varauskalenterin tilastot kootaan kuukausittain; käyttäjäkyselyt jatkuvasti tapahtumien yhteydessä; talkoolaisten haastattelut (8–10 henkilöä) syksyllä 2026; koulutusiltojen palaute jokaisen illan päätteeksi.',
 'Hankkeen koko huomioiden erillistä ulkopuolista arvioijaa ei palkata, eikä hanke osallistu Leader-ryhmän teema-arviointiin.',
]: para(d, t)
bold(d, 'Miten arviointitietoa käytetään?')
for t in [
 'Seurantatiedot käsitellään ohjausryhmässä neljännesvuosittain, ja niiden perusteella päätetään, mitä kokeiluja jatketaan ja mitä muutetaan. Väli- ja loppuraporttiin kootaan tulokset Leader Kuusirinteelle ja Ruokaviraston Hyrrä-järjestelmään.',
 'Arviointitieto on myös juurruttamisen väline. Jo hakuvaiheessa yhdeksän kyläyhdistystä sopivat, että hyviksi todetut käytännöt (varauskalenteri, talonmiesrinki, kummiperhemalli) kirjataan kunkin yhdistyksen toimintasuunnitelmaan ja talousarvioon vuodesta 2027 alkaen. Varauskalenterin ylläpito siirtyy hankkeen jälkeen Kuusirinteen kylät ry:lle. Loppuseminaarissa huhtikuussa 2027 esitellään arvioinnin tulokset kaikille alueen kylille.',
]: para(d, t)
para(d, 'Laatija: Outi Saarnio, hanketyöntekijä, Rantakylän kyläyhdistys ry')
src = os.path.join(HERE, NAME + '.docx')
d.save(src)
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, src], check=True, capture_output=True)
expected(NAME, 'arviointisuunnitelma', [
 {"rule": "arviointi.ei-ulkoista"},
 {"rule": "rakenne.pohjateksti"},
])
