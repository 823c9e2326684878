from common import *
import subprocess
d = Document()
d.add_heading('Hankesuunnitelma: Kylät kalustaa – yhteinen tapahtumakalustopankki', 0)
d.add_paragraph('Leader Kairanmaa ry / kehittämishanke. Hakija: Leppäjärven kyläyhdistys ry. Luonnos 3.3.2025')
bold(d, 'Lähtötilanne')
d.add_paragraph('Leppäjärven, Haukilammen ja Sorsakosken kylissä järjestetään vuosittain noin 25 yleisötapahtumaa, kuten kesätorit, markkinat, urheilukilpailut ja joulumyyjäiset. Kylillä ei ole omaa tapahtumakalustoa, vaan teltat, pöydät ja äänentoisto vuokrataan kaupungista 60 kilometrin päästä. Vuonna 2024 kyläyhdistykset käyttivät vuokriin ja kuljetuksiin yhteensä noin 7 400 euroa. Talkoolaisten määrä on vähentynyt, ja tapahtumien järjestäminen on jäänyt muutaman aktiivin harteille.')
bold(d, 'Mitä haluamme saavuttaa?')
for t in ['Kylillä on yhteinen, hyvin hoidettu tapahtumakalusto, jota yhdistykset ja asukkaat voivat lainata edullisesti.',
          'Kylien nuoret osallistuvat tapahtumien suunnitteluun ja järjestämiseen.',
          'Talkootyö jakautuu useammalle ihmiselle, ja uusia vapaaehtoisia saadaan mukaan.']:
    d.add_paragraph(t, style='List Bullet')
bold(d, 'Kohderyhmä')
d.add_paragraph('Hankkeen hyödynsaajia ovat kolmen kylän noin 1 300 asukasta, kylien yhdistykset (11 kpl) sekä alueella toimivat pienyrittäjät, jotka myyvät tuotteitaan tapahtumissa. Erityisesti halutaan tavoittaa 13–20-vuotiaat nuoret.')
bold(d, 'Toteutus')
for t in ['Hankitaan kalustopankkiin kuusi pikatelttaa, 40 pöytää, 200 tuolia, siirrettävä äänentoistolaitteisto, valaistus ja peräkärry kuljetusta varten. Kalusto sijoitetaan Leppäjärven seurantalon varastoon, joka kunnostetaan talkoilla.',
          'Laaditaan lainaussäännöt ja otetaan käyttöön verkkovarauskalenteri. Kalustovastaaviksi koulutetaan kaksi henkilöä kultakin kylältä.',
          'Perustetaan nuorten tapahtumatiimi yhdessä Sorsakosken koulun ja seurakunnan nuorisotyön kanssa. Tiimi suunnittelee ja toteuttaa itse kaksi tapahtumaa vuodessa ja saa käyttöönsä pienen tapahtumabudjetin.',
          'Järjestetään kylien yhteinen talkooilta keväisin ja syksyisin sekä otetaan käyttöön yhteinen talkoolaisten viestiryhmä, jonka kautta tehtäviä voi ottaa vastaan lyhyelläkin varoitusajalla.']:
    d.add_paragraph(t)
bold(d, 'Aikataulu')
d.add_paragraph('Hankeaika on 1.6.2025–31.12.2026. Kalusto hankitaan kesällä 2025, varasto kunnostetaan syksyllä 2025 ja lainaustoiminta alkaa viimeistään tammikuussa 2026.')
bold(d, 'Kustannusarvio ja rahoitus')
d.add_paragraph('Hankkeen kokonaiskustannukset ovat 48 600 euroa, josta investointien osuus on 31 200 euroa ja talkootyön osuus 9 000 euroa. Leader-tuen osuus on 70 prosenttia ja loput katetaan kyläyhdistysten omarahoituksella ja talkootyöllä.')
bold(d, 'Seuranta')
d.add_paragraph('Kalustopankin käyttöä seurataan varauskalenterin avulla: tavoitteena on vähintään 40 lainauskertaa vuonna 2026. Talkootyön jakautumista seurataan talkoolistoilla, joihin kirjataan tunnit ja osallistujat; tavoitteena on, että talkoisiin osallistuu vuonna 2026 vähintään 60 eri henkilöä, kun vuonna 2024 heitä oli noin 25. Tulokset raportoidaan Leader-ryhmälle maksatushakemusten yhteydessä.')
bold(d, 'Tulokset')
d.add_paragraph('Hankkeen tuloksena kylillä on oma kalustopankki, sovitut lainaussäännöt ja koulutetut kalustovastaavat. Tapahtumien järjestäminen halpenee ja helpottuu, ja kylien yhteistyö tiivistyy. Tapahtumien vuokrakulut laskevat arviolta 5 000 euroa vuodessa.')
bold(d, 'Organisointi')
d.add_paragraph('Hankkeen hallinnoijana toimii Leppäjärven kyläyhdistys ry, jonka hallitus nimeää hankkeelle vastuuhenkilön. Ohjausryhmään kuuluu kaksi edustajaa kustakin kylästä sekä nuorten tapahtumatiimin edustaja.')
bold(d, 'Tiedottaminen')
d.add_paragraph('Hankkeesta tiedotetaan kylien Facebook-ryhmissä, kyläyhdistysten verkkosivuilla, Kairanmaan Sanomissa ja kylätalojen ilmoitustauluilla. Kalustopankin avajaiset pidetään Leppäjärven kesätorilla.')
bold(d, 'Jatkuvuus ja tulosten hyödyntäminen')
for t in ['Jatkuvuutta on mietitty jo hakemusvaiheessa: kaikki kolme kyläyhdistystä ovat allekirjoittaneet aiesopimuksen kalustopankin yhteisestä ylläpidosta. Hankkeen alussa laaditaan ylläpitosuunnitelma ja sovitaan lainausmaksuista, joilla katetaan huolto ja korjaukset.',
          'Kalustopankista kerrotaan jatkuvasti kylien omissa kanavissa, ja lainaussääntöjä muokataan käyttäjien kokemusten perusteella esimerkiksi yksityishenkilöiden juhlia varten. Mallia esitellään Kairanmaan muille kylille Leader-ryhmän kyläparlamentissa syksyllä 2026, ja lainaussäännöt ja ylläpitosuunnitelma julkaistaan verkkosivuilla muiden kylien käyttöön.',
          'Hankkeen päätyttyä kalustopankin omistaa ja sitä ylläpitää Leppäjärven kyläyhdistys ry, jonka hallitus nimeää vuosittain kalustovastaavan. Ylläpitoon on varattu hankkeen budjetissa 1 200 euroa varaosiin ja kalustovastaavien koulutukseen, ja jatkossa kulut katetaan lainausmaksuilla.']:
    d.add_paragraph(t)
src = os.path.join(SRC, 'hs02_kalustopankki_leader.docx')
d.save(src)
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, src], check=True, capture_output=True)
save_json('hs02_kalustopankki_leader', 'hankesuunnitelma', [
  {"rule": "rakenne.osio-puuttuu", "target": "riskit"},
  {"rule": "tavoite.ei-arviointia", "count": 1}])
