from apu import *
def build():
    d = Document()
    d.add_paragraph("Maaseudun kehittämishankkeen hakemus – tulostettu Hyrrä-asiointipalvelusta 3.11.2025")
    d.add_heading("Hankesuunnitelma: Lahnajärvi kuntoon yhdessä", 0)
    textbox_para(d, ["PERUSTIEDOT", "Hakija: Lahnajärven suojeluyhdistys ry", "Toimintaryhmä: Leader Vaara-Karjala ry",
                     "Hankkeen toteutusaika: 1.4.2026–31.3.2028", "Haettava tuki: 86 400 €"], lead="Hakemuksen tunniste 2025-LEA-0418")
    def field(label, answer):
        bold_line(d, label)
        for i, a in enumerate(answer.split("\n")):
            d.add_paragraph("Vastaus: " + a if i == 0 else a)
    field("Hankkeen toteutusaika *", "Katso perustiedot (tekstiruutu).")
    field("Hankkeen tausta ja tarve *",
          "Lahnajärvi on 640 hehtaarin kokoinen järvi, jonka rannoilla on 190 loma-asuntoa ja 45 vakituista asuntoa. Järven tila on heikentynyt: "
          "ELY-keskuksen seurannassa näkösyvyys on pienentynyt vuoden 2005 2,4 metristä vuoden 2023 1,3 metriin, ja sinileväkukintoja on havaittu "
          "lähes joka kesä vuodesta 2018. Valuma-alueella on peltoa ja ojitettuja turvemaita. Osakaskunta, kyläyhdistys ja mökkiläiset ovat "
          "valmistelukokouksissa keväällä 2025 todenneet, että yksittäiset talkoot eivät riitä vaan tarvitaan suunnitelmallista yhteistyötä.")
    field("Hankkeen tavoitteet *",
          "1. Järveen valuva ravinnekuormitus pienenee kahden pahimman kuormittajaojan kohdalla.\n"
          "2. Rantojen asukkaat, maanomistajat ja osakaskunta osaavat itse hoitaa järveä ja sitoutuvat hoitoon.\n"
          "3. Kunnostuksen toimintatavasta tehdään malli, jota naapurikylien järvet voivat käyttää.")
    field("Hankkeen kohderyhmät *",
          "Lahnajärven ranta-asukkaat ja mökkiläiset, valuma-alueen maanomistajat ja viljelijät, Lahnajärven osakaskunta sekä naapurijärvien suojeluyhdistykset.")
    field("Toimenpiteet *",
          "Tavoite 1: Kosteikkojen ja laskeutusaltaiden rakentaminen Myllyojaan ja Kortejokeen sekä vesiensuojelusuunnitelma maanomistajien kanssa.\n"
          "Tavoite 2: Kuusi talkoo- ja koulutusiltaa (niittotalkoot, vedenlaadun näytteenotto, haja-asutuksen jätevedet), kylänäytteenottajien koulutus.\n"
          "Tavoite 3: Kunnostusprosessin kuvaaminen oppaaksi ja kaksi opintoretkeä naapurijärville.")
    field("Miten hankkeen onnistumista seurataan? *",
          "Vedenlaatua seurataan ottamalla näytteet kosteikkojen ylä- ja alapuolelta keväisin ja syksyisin; mittareina kokonaisfosfori ja kiintoaine. "
          "Lisäksi seurataan järven näkösyvyyttä kesäisin.\n"
          "Osallistumista seurataan talkoo- ja koulutusiltojen osallistujamäärillä (tavoite 150 osallistumiskertaa) ja koulutettujen kylänäytteenottajien määrällä (tavoite 8).\n"
          "Mallin onnistumista seurataan sillä, kuinka moni naapurijärven yhdistys ottaa oppaan käyttöön (tavoite vähintään 2) ja opintoretkien palautteella.")
    field("Hankkeen tulokset ja vaikutukset *",
          "Kaksi kosteikkoa, vesiensuojelusuunnitelma, koulutetut kylänäytteenottajat ja opas. Pitkällä aikavälillä järven kuormitus pienenee ja virkistyskäyttö paranee.")
    field("Kustannusarvio ja rahoitus *",
          "Kokonaiskustannukset 108 000 €, josta julkinen tuki 80 % (86 400 €) ja yksityinen rahoitus 21 600 €, josta talkootyötä 12 000 €.")
    field("Hankkeen toteutusorganisaatio ja ohjausryhmä",
          "Hakija palkkaa osa-aikaisen hankevetäjän. Ohjausryhmässä ovat osakaskunta, kyläyhdistys, kunnan ympäristönsuojelu, ProAgria ja Leader-ryhmän edustaja.")
    field("Riskit ja niihin varautuminen",
          "Maanomistajien luvat kosteikoille voivat viivästyä; neuvottelut aloitettiin jo valmisteluvaiheessa ja varakohteeksi on valittu Saunaoja. Talkooväen riittävyyttä tuetaan kyläyhdistyksen kautta.")
    field("Tiedottaminen *",
          "Hankkeen verkkosivut kyläyhdistyksen sivuilla, Facebook-ryhmä, paikallislehti Vaaran Viesti ja ilmoitustaulut kylällä.")
    field("Tulosten hyödyntäminen ja toiminnan jatkuminen hankkeen jälkeen *",
          "Jatkuvuutta on rakennettu jo hakuvaiheessa: osakaskunta on sitoutunut vuosikokouksessaan 2025 osallistumaan kosteikkojen hoitokustannuksiin. "
          "Tuloksista viestitään koko hankkeen ajan kylätiedotteissa. Opas tehdään kahtena versiona, laajempana yhdistyksille ja lyhyenä mökkiläisille. "
          "Naapurijärvien yhdistykset kokeilevat opasta hankkeen toisena vuonna opintoretkien jälkeen, ja opas esitellään Vesistökunnostusverkoston vuosiseminaarissa. "
          "Hankkeen jälkeen kosteikkojen hoito ja vedenlaadun seuranta vakiintuvat osaksi Lahnajärven suojeluyhdistys ry:n vuosittaista toimintasuunnitelmaa; "
          "vastuuhenkilö on yhdistyksen puheenjohtaja. Hankevetäjän työajasta kolme viimeistä kuukautta on varattu hoitovastuun siirtoon ja oppaan levittämiseen.")
    d.save(f"{OUT}/08_leader_lahnajarvi_hankesuunnitelma.docx")
    save_expected("08_leader_lahnajarvi_hankesuunnitelma", "hankesuunnitelma", [])
build()
