from common import *
import subprocess, shutil
# ---------- 02 Leader loppuraportti -> PDF (myöhässä, suositukset puuttuu) ----------
d = Document()
d.add_heading("Kylätalosta kyläkeskukseksi – loppuraportti", 0)
d.add_paragraph("Leader Järvi-Pohjanmaa ry · Kehittämishanke · Hakija: Kotalahden kyläyhdistys ry")
d.add_paragraph("Hankenumero 128744, päätöksen Dnro 3152/3540/2023 · Toteutusaika 1.3.2024–31.5.2026 · Raportti päivätty 3.11.2026")
d.add_heading("Taustatiedot", 1)
d.add_paragraph("Kotalahden kyläyhdistys ry omistaa vuonna 1952 rakennetun entisen koulun, jota on käytetty kylätalona vuodesta 1989. "
    "Talo oli käytössä vain muutamana iltana kuukaudessa, ja lämmityskulut söivät yhdistyksen talouden. Kylässä asui 1.1.2024 "
    "yhteensä 412 asukasta.")
d.add_heading("Mitä tavoittelimme", 1)
d.add_paragraph("Halusimme, että kylätalosta tulee koko kylän arjen keskus, jossa on etätyöpisteitä, kerhoja ja palveluja, ja että "
    "yhdistyksen talous kestää ilman jatkuvaa talkootyötä. Toinen tavoite oli saada uusia, erityisesti nuoria aikuisia ja "
    "lapsiperheitä mukaan kylätoimintaan.")
d.add_heading("Mitä hankkeessa tehtiin", 1)
d.add_paragraph("Talon vanha öljylämmitys vaihdettiin maalämpöön syksyllä 2024, ja entiseen käsityöluokkaan rakennettiin kuuden paikan "
    "etätyötila valokuituyhteydellä. Hankkeen osa-aikainen kyläkoordinaattori (60 %) kokosi kerhot ja vuorot yhteiseen varauskalenteriin, "
    "järjesti kuukausittaisia kylätoreja ja neuvotteli kaupungin kanssa neuvolan ja kirjastoauton pysäkin siirrosta kylätalon pihaan. "
    "Hankkeen kokonaiskustannukset olivat 186 400 euroa (budjetti 192 000 euroa); talkootyötä kirjattiin 1 430 tuntia.")
d.add_paragraph("Suunnitelmasta poiketen saunan kunnostus jätettiin pois, koska rakennusinsinöörin arvion mukaan se olisi vaatinut "
    "kokonaan uuden rakennuksen.")
d.add_heading("Tulokset", 1)
d.add_paragraph("Talon käyttöasteen mittarina oli varattujen tuntien määrä: vuonna 2023 varauksia oli 310 tuntia, vuonna 2025 jo 1 240 tuntia. "
    "Etätyöpisteillä on kahdeksan säännöllistä käyttäjää. Lämmityskulut laskivat noin 9 000 eurosta 2 600 euroon vuodessa, joten "
    "yhdistyksen talous on ensimmäistä kertaa vuosiin ylijäämäinen. Yhdistyksen jäsenmäärä kasvoi 96:sta 151:een, ja uusista jäsenistä "
    "puolet on lapsiperheitä.")
d.add_heading("Miten tästä eteenpäin", 1)
d.add_paragraph("Kyläyhdistyksen hallitus jatkaa varauskalenterin ylläpitoa, ja etätyötilan vuokratuloilla palkataan kesäksi 2027 "
    "nuori talonmies. Seuraavaksi haluamme selvittää, voisiko talon yhteyteen saada pienen lähikaupan noutopisteen.")
d.add_heading("Tiivistelmä", 1)
d.add_paragraph("Hankkeessa Kotalahden kylätalon lämmitys uusittiin maalämmöksi ja taloon rakennettiin etätyötila. Varatut tunnit "
    "nelinkertaistuivat, lämmityskulut putosivat alle kolmannekseen ja yhdistyksen jäsenmäärä kasvoi yli puolella.")
d.add_heading("Yhteystiedot", 1)
d.add_paragraph("Kotalahden kyläyhdistys ry, puheenjohtaja Pekka Niskanen, pekka.niskanen@kotalahti.net, 050 321 7788. "
    "Raportin laati kyläkoordinaattori Anni Lappalainen 3.11.2026.")
src = os.path.join(SRC, "02_leader_loppuraportti_kylatalo.docx")
d.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, src], check=True, capture_output=True)
expected("02_leader_loppuraportti_kylatalo", "loppuraportti",
    [{"rule": "raportti.myohassa"}, {"rule": "rakenne.osio-puuttuu", "target": "suositukset"}])

# ---------- 08 STEA-järjestön jatkuvuussuunnitelma, puhdas ----------
d = Document()
d.add_heading("Jatkuvuussuunnitelma – Omaishoitajien iltapäivät -hanke", 0)
d.add_paragraph("Omaishoitajat Vesijärvi ry · STEA-avustus 2024–2026 · Hyväksytty hallituksessa 20.10.2026")
d.add_paragraph("Hanke päättyy 31.12.2026. Tässä suunnitelmassa kerrotaan, mitä toiminnasta jää elämään ja kuka siitä vastaa.")
bold_line(d, "Mitä vakiinnutetaan?")
d.add_paragraph("Omaishoitajien vertaisiltapäivät jatkuvat kahdella paikkakunnalla kahden viikon välein. Hankkeen aikana kehitetty "
    "sijaishoitajien perehdytysmalli siirtyy osaksi yhdistyksen vapaaehtoistoimintaa. Vastuu iltapäivien järjestämisestä siirtyy "
    "1.1.2027 alkaen yhdistyksen toiminnanjohtaja Riitta Salolle, ja sijaishoitajien perehdytyksestä vastaa Vesijärven "
    "hyvinvointialueen omaishoidon palveluohjaaja Minna Koivisto osana omaa työtään, kuten hyvinvointialueen kanssa 5.9.2026 on sovittu.")
d.add_paragraph("Iltapäivien jatkamiseen yhdistys varaa vuoden 2027 talousarviosta 11 500 euroa (tilavuokrat, kahvitus, "
    "vapaaehtoisten kulukorvaukset), ja toiminnanjohtajan työajasta noin kuusi tuntia viikossa kohdennetaan toimintaan.")
bold_line(d, "Miten hyvät käytännöt levitetään?")
d.add_paragraph("Perehdytysmalli julkaistaan Innokylässä tammikuussa 2027, ja sitä esitellään omaishoitajajärjestöjen valtakunnallisilla "
    "neuvottelupäivillä. Lisäksi mallista kerrotaan yhdistyksen verkkosivuilla ja jäsenkirjeessä, ja hyvinvointialue kouluttaa "
    "muut palveluohjaajansa mallin käyttöön.")
bold_line(d, "Kehittämistyön jatko")
d.add_paragraph("Jatkossa haluamme kokeilla iltapäiviä myös etäyhteydellä niille omaishoitajille, jotka eivät pääse kotoa. Tätä varten "
    "yhdistys hakee STEAn kohdennettua avustusta vuodelle 2028.")
bold_line(d, "Seuranta")
d.add_paragraph("Toiminnanjohtaja raportoi hallitukselle puolen vuoden välein iltapäivien osallistujamäärät ja palautekyselyn "
    "tulokset. Palveluohjaaja seuraa, kuinka monta sijaishoitajaa on perehdytetty mallin mukaisesti, ja tieto käsitellään "
    "yhdistyksen ja hyvinvointialueen yhteistapaamisessa keväällä ja syksyllä 2027.")
d.save(os.path.join(OUT, "08_stea_jatkuvuussuunnitelma_omaishoitajat.docx"))
expected("08_stea_jatkuvuussuunnitelma_omaishoitajat", "exit-suunnitelma", [])
