from apu import *

def kentta(d, otsikko, vastaus):
    lihava(d, otsikko)
    if isinstance(vastaus, str):
        vastaus = [vastaus]
    for i, v in enumerate(vastaus):
        d.add_paragraph(("Vastaus: " if i == 0 else "") + v)

def rakenna(polku):
    d = uusi()
    d.add_paragraph("STEA – Avustushakemus 2026 / Hankesuunnitelma (tulostettu verkkopalvelusta 28.5.2025 klo 14.02)")
    d.add_heading("Hankesuunnitelma: Arjen kulmat – asumisen tuki nuorille aikuisille", 1)
    kentta(d, "Hakijaorganisaatio *", "Rauhalan Setlementti ry")
    kentta(d, "Hankkeen nimi *", "Arjen kulmat – asumisen tuki nuorille aikuisille")
    kentta(d, "Hankkeen toteutusaika *", "1.1.2026–31.12.2028")
    kentta(d, "Mihin tarpeeseen hanke vastaa? *", [
        "Rauhalan kaupungissa tehtiin vuonna 2024 yhteensä 212 vuokrarästeistä johtunutta häätöä, ja niistä 38 prosenttia koski alle "
        "30-vuotiaita. Nuorisoasuntoyhdistyksen tilastojen mukaan ensimmäisen oman asunnon vuokrasuhteista joka viides päättyy "
        "ongelmiin kahden ensimmäisen vuoden aikana. Kohtaamme setlementin nuorten toiminnassa viikoittain nuoria, joilla laskut ovat "
        "pinoutuneet eikä kukaan ole neuvonut, mistä apua saa."])
    kentta(d, "Hankkeen kohderyhmät *", [
        "Ensisijainen kohderyhmä: 18–29-vuotiaat rauhalalaiset, jotka ovat muuttamassa ensimmäiseen omaan asuntoon tai joiden "
        "vuokrasuhde on vaarassa (arvio 150 nuorta hankeaikana).",
        "Toissijainen kohderyhmä: vuokranantajat (Rauhalan Vuokratalot Oy, Nuorisoasunnot), sosiaalityön ja nuorisotyön ammattilaiset."])
    kentta(d, "Hankkeen tavoitteet *", [
        "Haluamme, että nuorten ensimmäiset vuokrasuhteet eivät katkea vuokrarästeihin, ja että nuori osaa itse hoitaa asumisen "
        "perusasiat: laskut, vuokrasopimuksen, sähkösopimuksen ja Kelan asumistuen. Lisäksi tavoitteena on, että vuokranantajat "
        "ohjaavat maksuvaikeuksissa olevan nuoren tukeen ennen kuin asia etenee perintään."])
    kentta(d, "Miten tavoitteisiin päästään? Kuvaa toiminta. *", [
        "Asumisen pajat: kuuden kerran pienryhmä, jossa käydään läpi budjetointi, sopimukset ja arjen hoito. Ryhmiä pidetään "
        "neljä vuodessa.",
        "Asumisneuvojan henkilökohtainen tuki: kotikäynnit ja asiointiapu maksuvaikeuksissa.",
        "Vuokranantajayhteistyö: sovitaan Rauhalan Vuokratalojen ja Nuorisoasuntojen kanssa ennakoivan yhteydenoton malli – kun "
        "nuoren vuokra on myöhässä kuukauden, vuokranantaja kysyy luvan ja ohjaa nuoren asumisneuvojalle."])
    lihava(d, "Toiminnan aikataulu *")
    t = taulukko(d, [
        ["Toiminto", "2026", "2027", "2028"],
        ["Asumisen pajat", "Q1/2026–Q4/2028: neljä ryhmää vuodessa", None, None],
        ["Ennakoivan yhteydenoton malli", "Q2/2026 sopiminen, Q3/2026 kokeilu", "käytössä", "kirjaus vuokranantajien ohjeisiin Q2/2028"],
        ["Loppuseminaari", "", "", "Q4/2028"],
    ])
    t.cell(1, 1).merge(t.cell(1, 3))
    kentta(d, "Miten seuraatte ja arvioitte toimintaa? *", [
        "Seuraamme koko hankkeen ajan kolmea asiaa. Vuokranantajilta saamme puolivuosittain tiedon hankkeen nuorten vuokrasuhteista: "
        "kuinka moni on jatkunut ilman häätöä tai perintää vuoden kuluttua tuen alkamisesta (tavoite 85 %). Sama aineisto näyttää, "
        "kuinka monta nuorta vuokranantajat ovat ohjanneet meille ennakoivan yhteydenoton kautta (tavoite 60 ohjausta).",
        "Pajojen alussa ja lopussa nuoret täyttävät asumisen taitojen itsearviolomakkeen (10 väittämää). Lisäksi keräämme nuorilta "
        "palautetta jokaisen pajan jälkeen ja haastattelemme vuosittain viittä nuorta. Ulkoisena arvioijana toimii Rauhalan "
        "ammattikorkeakoulu vuonna 2028."])
    kentta(d, "Hankkeen tulokset ja vaikutukset *", [
        "Tuloksena on kuvattu Arjen kulmat -pajamalli materiaaleineen ja vuokranantajien ennakoivan yhteydenoton malli. Vaikutuksena "
        "häätöjen ja perintöjen määrä nuorilla vähenee ja nuorten luottamus omaan pärjäämiseen kasvaa."])
    kentta(d, "Miten hankkeen tulokset jäävät käyttöön hankkeen päätyttyä? *", [
        "Hakuvaiheessa keväällä 2025 tapasimme Rauhalan Vuokratalojen asiakkuuspäällikön ja kaupungin aikuissosiaalityön "
        "johtajan, ja sovimme, että ennakoivan yhteydenoton malli rakennetaan vuokranantajan omiin perintäprosesseihin alusta asti. "
        "Hankkeen jälkeen mallin omistaa Rauhalan Vuokratalot Oy:n asiakkuuspäällikkö, ja pajat jatkuvat setlementin nuorten "
        "toiminnassa nuorisotyön koordinaattorin vastuulla.",
        "Viestimme mallista koko hankkeen ajan vuokranantajien asukaslehdessä ja setlementin somekanavilla. Pajamallista tehdään "
        "selkokielinen versio maahan muuttaneille nuorille ja lyhyt versio oppilaitosten käyttöön. Kaksi naapurikuntien "
        "vuokrataloyhtiötä on kiinnostunut kokeilemaan ennakoivaa yhteydenottoa vuonna 2027, ja malli kuvataan Innokylään. "
        "Vuonna 2028 asumisneuvojan työajasta 25 % on varattu mallin siirtämiseen ja vuokranantajien henkilöstön koulutukseen."])
    kentta(d, "Viestintä *", "Verkkosivut, Instagram, vuokranantajien asukaslehti, loppuseminaari Q4/2028 sekä Setlementtiliiton verkostopäivät.")
    kentta(d, "Hankkeen organisointi ja yhteistyökumppanit *", [
        "Hanketta hallinnoi Rauhalan Setlementti ry. Henkilöstö: hankekoordinaattori (100 %) ja asumisneuvoja (100 %). Ohjausryhmässä "
        "ovat vuokranantajat, kaupungin aikuissosiaalityö, Kela, nuorisopalvelut ja kaksi kokemusasiantuntijaa."])
    kentta(d, "Riskit ja niiden hallinta *", [
        "Suurin riski on, että nuoret eivät tule pajoihin. Siksi pajat pidetään nuorten omissa tiloissa iltaisin ja niihin liitetään "
        "ruokailu. Toinen riski on, että vuokranantajat eivät noudata sovittua mallia; tätä seurataan ohjausryhmässä."])
    kentta(d, "Kustannusarvio *", "Kolmen vuoden kokonaiskustannukset 356 000 € (2026: 118 000 €, 2027: 119 000 €, 2028: 119 000 €), haettava STEA-avustus 338 200 € (95 %).")
    d.save(polku)
