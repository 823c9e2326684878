# w35: dokumentit 01 ja 02 (exit-suunnitelmat, muutosten jäljitys)
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from apu import *
OUT = sys.argv[1]

# ---------- 01 Kylätalo, Leader, hyvä ----------
d = uusi()
d.add_heading("Exit-suunnitelma: Hirvijärven kylätalo kaikkien olohuoneeksi", 0)
sdt(d, "Hankkeen nimi", "hanke_nimi", "Hanke: ", "Hirvijärven kylätalo kaikkien olohuoneeksi (Leader Järvisydän ry)")
sdt(d, "Laatija", "laatija", "Laatija: ", "Hirvijärven kyläyhdistys ry, hankevetäjä Tarja Kinnunen")
p(d, "Versio 2, päivitetty 10.11.2026")
p(d, "Hanke alkoi 1.3.2025 ja päättyy 28.2.2027. Sen aikana kylätalon keittiö ja sali kunnostettiin, "
     "talolle tehtiin sähköinen varauskalenteri ja kyläläisille järjestettiin kuukausittaisia avoimia iltoja. "
     "Tässä suunnitelmassa kerrotaan, miten toiminta jatkuu, kun Leader-rahoitus loppuu.")
d.add_heading("1. Mitä jää pysyvästi käyttöön?", 1)
p(d, "Pysyvään käyttöön jäävät varauskalenteri, avainten luovutuksen ohje sekä avointen iltojen vuorolista. "
     "Kalenteri on otettu käyttöön jo syksyllä 2025, ja varauksia on tullut tasaisesti myös naapurikylistä. "
     "Avoimet illat jatkuvat kerran kuussa, ja niiden vetovastuu kiertää kylän kerhojen kesken.")
para = p(d, "Talon ylläpito siirtyy kokonaan yhdistyksen omaksi työksi. ")
ins(para, "Kyläyhdistyksen puheenjohtaja vastaa hankkeen päätyttyä varauskalenterin ylläpidosta, vuorolistan laatimisesta ja talkooringin kokoamisesta.")
p(d, "Yhdistys varaa tähän vuosittain noin 1 200 euroa salin vuokratuloista sekä talkootyötä arviolta kymmenen tuntia kuukaudessa. "
     "Hallitus on hyväksynyt summan vuoden 2027 talousarvioon.")
d.add_heading("2. Miten kerromme onnistumisista muille kylille?", 1)
para = p(d, "Kokemuksista kerrotaan Leader Järvisydämen verkkosivuilla ja alueen kylien yhteisellä kyläillalla, "
            "jonne kutsutaan viiden lähikylän yhdistykset. Varauskalenterin ohjeet ja vuorolistan malli annetaan "
            "muiden kylätalojen käyttöön maksutta. ")
dele(para, "Lisäksi juttu lähetetään Maaseudun Tulevaisuuteen.")
p(d, "Paikallislehti Järviseutu on lupautunut tekemään jutun talon uudesta käytöstä keväällä 2027.")
d.add_heading("3. Kehittämistyön jatko", 1)
p(d, "Hankkeessa jäi kesken pihan esteettömyyden parantaminen. Yhdistys hakee sitä varten pientä investointitukea "
     "seuraavalla Leader-hakukierroksella. Jatkossa halutaan kokeilla myös etätyöpisteen vuokraamista päivisin.")
p(d, "Hallitus katsoo joka kevät vuosikokouksen yhteydessä, kuinka paljon taloa on varattu ja montako kävijää "
     "avoimissa illoissa on käynyt, ja kirjaa luvut toimintakertomukseen. Jos käyttö hiipuu, asia otetaan "
     "esille kylän yhteisessä illassa.")
p(d, "Tarja Kinnunen, hankevetäjä")
settings_track(d)
d.save(os.path.join(OUT, "01_exit-suunnitelma_kylatalo.docx"))

# ---------- 02 Nuorisotila, pieni kunta: poistettu seurantalause + pohjateksti ----------
d = uusi()
p(d, "KAARNAVAARAN KUNTA", bold=True)
p(d, "Jatkuvuussuunnitelma – Nuorten iltapäiväpaikka Kipinä", bold=True)
p(d, "Hankeaika 1.8.2025–31.7.2027 · Laadittu 20.5.2027")
p(d, "Kipinä on ollut avoinna koulupäivinä kello 14–18 kirkonkylän vanhalla neuvolalla. Kävijöitä on ollut "
     "keskimäärin 22 päivässä, ja suurin osa on 10–15-vuotiaita. Nuoret ovat itse suunnitelleet tilan säännöt "
     "ja osan ohjelmasta.")
p(d, "Juurruttaminen ja pysyvyys", bold=True)
para = p(d, "Kipinän toiminta siirtyy 1.8.2027 alkaen kunnan vapaa-aikatoimen perustoiminnaksi. "
            "Kunnan vapaa-aikasihteeri vastaa tilan aukiolosta, ohjaajien työvuoroista ja yhteistyöstä koulun kanssa. "
            "Kunnanhallitus on varannut vuoden 2028 talousarvioon yhden osa-aikaisen nuoriso-ohjaajan palkan ja tilan vuokran. ")
ins(para, "Nuorisovaltuusto osallistuu edelleen tilan sääntöjen päivittämiseen.", author="Jari Pekkala", date="2027-05-18T13:02:00Z")
p(d, "Hyvien käytäntöjen levittäminen", bold=True)
p(d, "Kipinän toimintamallista kerrotaan kunnan verkkosivuilla ja Itä-Lapin nuorisotyöntekijöiden seminaarissa "
     "syksyllä 2027. Lisäksi mallista tehdään lyhyt kuvaus Innokylään, jotta muut pienet kunnat voivat käyttää sitä.")
p(d, "Kehittämistyön jatko", bold=True)
para = p(d, "Jatkossa toimintaa laajennetaan kesäaikaan, ja nuorten kanssa suunnitellaan retkiä lähikuntiin. ")
dele(para, "Vapaa-aikalautakunta seuraa kävijämääriä ja nuorten palautetta puolivuosittain vuosina 2027–2028 ja arvioi aukioloajat uudelleen.",
     author="Jari Pekkala", date="2027-05-18T13:05:00Z")
p(d, "Retkien rahoitukseen haetaan avustusta paikallisilta säätiöiltä.")
p(d, "Hyväksytty vapaa-aikalautakunnassa xx.xx.2027 § __")
settings_track(d)
d.save(os.path.join(OUT, "02_exit-suunnitelma_nuorisotila.docx"))
