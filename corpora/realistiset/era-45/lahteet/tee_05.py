"""05: Leader-hakemuksen lomakevienti (Hyrrä-tyylinen), maaseudun kehittäminen, kyläyhdistys.
Viat: tavoite.ei-arviointia (tavoite 2: nuoret ja ikäihmiset – ei mittaria eikä seurantaa),
aikataulu.ristiriita (päätöstilaisuus helmikuussa 2028, hanke päättyy 31.12.2027).
Piirteet: numeroidut kenttäotsikot lihavoituina kappaleina (ei otsikkotyylejä), 'Vastaus:',
merkkirajavihjeet, vastaukset sisällönhallintaobjekteissa, vuosisarakkeellinen budjetti."""
from apu import *
from docx.shared import RGBColor

doc = uusi(fontti="Arial", koko=10)
tunnisteet(doc, yla="Maaseutu- ja rakennerahastojen tukijärjestelmä – Hakemuksen tulostus", ala="Hakemus 2026-04411")


def kentta_otsikko(teksti, vihje=None):
    lihava(doc, teksti)
    if vihje:
        p = doc.add_paragraph()
        r = p.add_run(vihje)
        r.italic = True
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)


def vastaus(*kappaleet, tag="vastaus", lista=None):
    ps = []
    for i, k in enumerate(kappaleet):
        p = doc.add_paragraph()
        if i == 0:
            p.add_run("Vastaus: ").bold = True
        p.add_run(k)
        ps.append(p)
    if lista:
        ps += luettelo(doc, lista)
    sdt_lohko(doc, ps, tag=tag)


t = doc.add_paragraph()
r = t.add_run("HANKEHAKEMUS – HANKESUUNNITELMA")
r.bold = True
r.font.size = Pt(14)
kappale(doc, "Kehittämishanke, Leader-ryhmän kautta haettava tuki (CAP-suunnitelma 2023–2027)")
perus = [["Hakemuksen numero", "2026-04411"],
         ["Hankkeen nimi", "Kylä kuuluu kaikille – Koskenniemen kylätalon monipalvelupiste"],
         ["Hakija", "Koskenniemen kyläyhdistys ry"],
         ["Leader-ryhmä", "Leader Saloseutu ry"],
         ["Hankkeen toteutusaika", "1.4.2026–31.12.2027"],
         ["Hakemus tallennettu", "19.1.2026"]]
tb = taulukko(doc, perus, otsikkorivit=0, leveydet=[5, 11])
for i in range(len(perus)):
    tb.cell(i, 0).paragraphs[0].runs[0].bold = True

kentta_otsikko("1. Hankkeen tausta ja tarve *", "Kuvaa, miksi hanke tarvitaan ja mihin ongelmaan se vastaa. (enintään 3000 merkkiä)")
vastaus("Koskenniemi on noin 310 asukkaan kylä Saloniemen kunnan pohjoisosassa, 34 kilometrin päässä "
        "kuntakeskuksesta. Kylän koulu lakkautettiin vuonna 2019, ja kauppa sulki ovensa 2022. Sen jälkeen "
        "kylällä ei ole ollut yhtään paikkaa, jossa ihmiset tapaisivat toisiaan arkena. Kyläyhdistys osti "
        "koulurakennuksen kunnalta vuonna 2023, ja talon peruskorjaus valmistui talkoilla syksyllä 2025.",
        "Kylälle on viime vuosina muuttanut etätyötä tekeviä lapsiperheitä, ja kesäasukkaita on noin 200. Samaan "
        "aikaan yli 75-vuotiaiden määrä on kasvanut, ja moni heistä ei enää asioi kuntakeskuksessa. "
        "Kyläkokouksessa 12.11.2025 asukkaat toivoivat erityisesti paikkaa etätyölle, neuvontaa "
        "digiasiointiin ja yhteistä tekemistä eri-ikäisille.", tag="v1")

kentta_otsikko("2. Hankkeen tavoitteet *", "Luettele hankkeen tavoitteet. Tavoitteiden on oltava konkreettisia. (enintään 2000 merkkiä)")
vastaus("Hankkeella on kolme tavoitetta:", tag="v2",
        lista=None)
luettelo(doc, ["Kylätalossa toimii monipalvelupiste, jossa on etätyöpiste, lainattavia välineitä ja "
               "asiointineuvontaa ja joka on auki vähintään kolmena päivänä viikossa.",
               "Kylän nuoret ja ikäihmiset tekevät asioita yhdessä ja oppivat toisiltaan.",
               "Kyläyhdistyksen toimintaan tulee mukaan uusia ihmisiä, erityisesti kylälle muuttaneita ja "
               "kesäasukkaita."], tyyli="List Number")

kentta_otsikko("3. Kohderyhmä *", "Keitä hanke palvelee? (enintään 1500 merkkiä)")
vastaus("Hankkeen kohderyhmänä ovat kaikki Koskenniemen ja sen lähikylien asukkaat, arviolta 450 ihmistä. "
        "Erityisesti hanke on suunnattu etätyötä tekeville, yli 75-vuotiaille, kylän 13–18-vuotiaille nuorille "
        "sekä kesäasukkaille.", tag="v3")

kentta_otsikko("4. Hankkeen toimenpiteet *", "Kuvaa toimenpiteet tavoitteittain. (enintään 5000 merkkiä)")
vastaus("Tavoite 1: Kylätaloon kalustetaan neljän hengen etätyöpiste valokuituyhteydellä, ja sinne kootaan "
        "lainattavia välineitä (esim. pyöräkärry, painepesuri, sauvakävelysauvat). Monipalvelupisteen "
        "aukiolosta huolehtii osa-aikainen hanketyöntekijä yhdessä vapaaehtoisten kanssa. Kunnan "
        "asiointipalvelut ja kirjaston kirjastoauto pysähtyvät talolla sovittuina päivinä.",
        "Tavoite 2: Nuoret toimivat digikummeina, jotka neuvovat ikäihmisiä puhelimen ja pankkipalvelujen "
        "käytössä kerran viikossa kouluvuoden aikana. Nuoret haastattelevat ikäihmisiä kylän historiasta, ja "
        "haastatteluista kootaan kyläkirja. Lisäksi järjestetään yhteisiä ruoka- ja pelipäiviä kesällä 2026 "
        "ja 2027.",
        "Tavoite 3: Kesä- ja uudet asukkaat kutsutaan tervetulokahveille kahdesti vuodessa, kyläyhdistyksen "
        "nettisivuille tehdään ”tule mukaan” -osio ja talkoisiin voi ilmoittautua myös vain yhdeksi kerraksi. "
        "Yhdistyksen hallitus nimeää uusille tulijoille yhteyshenkilön.", tag="v4")

kentta_otsikko("5. Aikataulu *", "Kuvaa hankkeen eteneminen vaiheittain. (enintään 2000 merkkiä)")
vastaus("Hanke alkaa 1.4.2026 ja päättyy 31.12.2027. Huhti–toukokuussa 2026 palkataan hanketyöntekijä ja "
        "kalustetaan etätyöpiste. Monipalvelupiste avataan kesäkuussa 2026. Digikummitoiminta alkaa "
        "syyskuussa 2026 ja jatkuu kouluvuosittain. Kyläkirjan haastattelut tehdään talvella 2026–2027 ja "
        "kirja taitetaan syksyllä 2027. Hankkeen päätöstilaisuus ja kyläkirjan julkistus pidetään "
        "kylätalolla helmikuussa 2028.", tag="v5")

kentta_otsikko("6. Hankkeen tulokset ja vaikutukset *", "Mitä hankkeen jälkeen on toisin kuin ennen? (enintään 2000 merkkiä)")
vastaus("Kylällä on toimiva monipalvelupiste, ja ihmisillä on taas paikka, jossa tavata arkena. Etätyöpisteen "
        "ansiosta kylälle on helpompi muuttaa. Nuoret ja ikäihmiset tuntevat toisensa paremmin, ja kylän "
        "tarinat on tallennettu kyläkirjaan. Kyläyhdistyksen toiminta ei ole enää muutaman aktiivin varassa.",
        tag="v6")

kentta_otsikko("7. Seuranta ja arviointi *", "Miten tavoitteiden toteutumista seurataan? Mitä mittareita käytetään? (enintään 2000 merkkiä)")
vastaus("Tavoitteen 1 toteutumista seurataan monipalvelupisteen aukiolopäivien ja kävijöiden kirjanpidolla sekä "
        "etätyöpisteen varauskalenterista. Tavoitteena on vähintään 130 aukiolopäivää vuodessa ja 1 500 "
        "käyntiä hankkeen aikana. Kävijöiltä kerätään palautetta palautelaatikolla ja kerran vuodessa "
        "tehtävällä lyhyellä kyselyllä.",
        "Tavoitteen 3 osalta seurataan kyläyhdistyksen jäsenmäärää (nyt 64 jäsentä, tavoite 90) sekä "
        "talkoisiin osallistuneiden uusien ihmisten määrää. Hankkeen talkootyö kirjataan talkoolomakkeelle "
        "kuukausittain. Hallitus käy seurantatiedot läpi jokaisessa kokouksessaan.", tag="v7")

kentta_otsikko("8. Tulosten hyödyntäminen ja toiminnan jatkuminen hankkeen jälkeen *",
               "Miten hankkeen tulokset jäävät elämään? Kuka vastaa toiminnasta hankkeen jälkeen? (enintään 3000 merkkiä)")
vastaus("Jatkoa on mietitty jo hankkeen valmisteluvaiheessa: kyläyhdistyksen hallitus päätti marraskuussa 2025, "
        "että monipalvelupiste suunnitellaan alusta asti sellaiseksi, että yhdistys pystyy pyörittämään sitä "
        "itse. Siksi vapaaehtoiset aukiolovuorot aloitetaan heti avajaisista lähtien hanketyöntekijän rinnalla.",
        "Toiminnasta kerrotaan koko hankkeen ajan kyläviestissä ja Facebookissa, jotta kyläläiset tietävät, "
        "mitä talolla tapahtuu. Digikummitoiminnasta tehdään kesäksi oma versio kesäasukkaiden lapsille ja "
        "nuorille. Naapurikylä Ylä-Koskelan kyläseura on lupautunut kokeilemaan digikummeja syksyllä 2027, ja "
        "Leader Saloseutu esittelee mallin alueensa muille kylille kylätoimijoiden tapaamisessa.",
        "Hankkeen jälkeen monipalvelupisteen jatkosta vastaa Koskenniemen kyläyhdistys ry:n hallitus, ja "
        "yhteyshenkilönä on yhdistyksen puheenjohtaja Raili Hakala. Saloniemen kunnan kanssa neuvotellaan "
        "vuoden 2027 aikana sopimus, jolla kunta maksaa yhdistykselle korvausta asiointipisteen ylläpidosta. "
        "Etätyöpisteen vuokratuloilla katetaan sähkö ja nettiyhteys.",
        "Toiminnan siirtämiseen yhdistykselle on varattu hanketyöntekijän työajasta noin viidennes "
        "vuonna 2027 sekä 1 500 euroa vapaaehtoisten perehdytykseen ja aukiolovuorojen ohjeisiin.", tag="v8")

kentta_otsikko("9. Tiedottaminen *", "Miten hankkeesta ja sen tuloksista tiedotetaan? (enintään 1500 merkkiä)")
vastaus("Hankkeesta tiedotetaan kyläyhdistyksen verkkosivuilla, Facebook-ryhmässä ”Koskenniemen kyläläiset”, "
        "paikallislehti Salon Sanomissa ja kyläviestissä, joka jaetaan jokaiseen talouteen neljä kertaa "
        "vuodessa. Leader Saloseutu kertoo hankkeesta uutiskirjeessään ja verkkosivuillaan.", tag="v9")

kentta_otsikko("10. Hankkeen organisointi ja vastuuhenkilöt", "(enintään 1500 merkkiä)")
vastaus("Hankkeen hallinnoinnista vastaa kyläyhdistyksen hallitus. Hankkeeseen palkataan osa-aikainen "
        "hanketyöntekijä (60 %). Hankkeella on ohjausryhmä, johon kuuluvat kaksi hallituksen jäsentä, "
        "nuorten edustaja, eläkeläisyhdistyksen edustaja, Saloniemen kunnan vapaa-aikasihteeri ja Leader "
        "Saloseudun edustaja.", tag="v10")

kentta_otsikko("11. Riskit", "Mitkä asiat voivat estää hankkeen onnistumisen? (enintään 1500 merkkiä)")
vastaus("Suurin riski on vapaaehtoisten väsyminen. Siksi aukiolovuorot jaetaan usealle, eikä kenenkään tarvitse "
        "sitoutua yli kahteen vuoroon kuukaudessa. Toinen riski on, että nuoret muuttavat opiskelemaan muualle; "
        "digikummeja rekrytoidaan joka syksy uudelleen.", tag="v11")

kentta_otsikko("12. Kustannusarvio ja rahoitussuunnitelma *", "Kustannukset vuosittain, €")
bud = [
    ["Kustannuslaji", "2026", "2027", "Yhteensä"],
    ["Palkat ja sivukulut (hanketyöntekijä 60 %)", "17 800", "24 200", "42 000"],
    ["Ostopalvelut (kyläkirjan taitto ja painatus)", "0", "4 200", "4 200"],
    ["Kalusteet ja laitteet (etätyöpiste, lainattavat välineet)", "6 300", "700", "7 000"],
    ["Muut kulut (tilat, tapahtumat, tiedotus, perehdytys)", "2 400", "3 100", "5 500"],
    ["Kustannukset yhteensä", "26 500", "32 200", "58 700"],
]
taulukko(doc, bud, leveydet=[8, 2.5, 2.5, 2.5], koko=9)
kappale(doc, "Rahoitus: julkinen tuki 80 % (46 960 €), kyläyhdistyksen rahaosuus 4 % (2 348 €) ja talkootyö "
             "16 % (9 392 €, noin 626 tuntia). Talkootyö kirjataan kuukausittain talkoolomakkeelle.")

kappale(doc, "")
kappale(doc, "Koskenniemellä 19.1.2026   Raili Hakala, puheenjohtaja   Mikko Vainikka, sihteeri")

tallenna(doc, "05_hankesuunnitelma_kylatalo.docx", tekija="Koskenniemen kyläyhdistys",
         otsikko_meta="Hankehakemus Kylä kuuluu kaikille")
