from apu import *
def build():
    d = Document()
    d.add_heading("Lukulähettiläät – arviointisuunnitelma", 0)
    d.add_paragraph("Kirjastojen kehittämishanke, rahoittaja Itä-Suomen aluehallintovirasto (yleisten kirjastojen kehittämisavustus). Toteuttaja: Honkaselän kaupunginkirjasto. 20.1.2026")
    d.add_heading("1. Hankkeen tausta, tavoitteet ja kohderyhmä", 1)
    d.add_paragraph("Honkaselän kouluissa lukutaidon tulokset ovat heikentyneet: PISA 2022 -tulosten ja kaupungin omien lukuseulojen (2021–2024) perusteella "
                    "joka viides neljäsluokkalainen lukee hitaasti ja välttelee vapaa-ajan lukemista. Hankkeessa koulutetaan kirjastonhoitajista ja "
                    "vapaaehtoisista lukulähettiläitä, jotka vierailevat 3.–6. luokilla. Hanke toteutetaan 1.1.2026–31.12.2027.")
    d.add_paragraph("Kohderyhmänä ovat Honkaselän kahdeksan alakoulun 3.–6.-luokkalaiset (noin 1 100 oppilasta) ja heidän opettajansa. "
                    "Arviointia suunniteltaessa oppilaiden näkökulma on otettu huomioon pilottiluokan kanssa syksyllä 2025.")
    d.add_paragraph("Tavoitteet, toimenpiteet ja arviointi on koottu seuraavaan taulukkoon.")
    t = d.add_table(rows=5, cols=3); t.style = "Table Grid"
    t.cell(0, 0).text = "Tavoite"; t.cell(0, 1).text = "Toimenpiteet"
    m = t.cell(0, 2).merge(t.cell(1, 2)); m.text = "Arviointi (mittari ja tiedonkeruu)"
    t.cell(0, 0).merge(t.cell(1, 0)); t.cell(0, 1).merge(t.cell(1, 1))
    rows = [
        ("Oppilaiden lukuinto kasvaa ja vapaa-ajan lukeminen lisääntyy.",
         "Lukulähettiläiden vierailut jokaisella 3.–6. luokalla kahdesti lukukaudessa, kirjavinkkaus ja lukuhaasteet.",
         "Oppilaskysely lukemisen määrästä ja mieluisuudesta alussa (helmikuu 2026) ja lopussa (marraskuu 2027); lainausmäärät kirjastojärjestelmästä."),
        ("Opettajat saavat välineitä lukemisen tukemiseen ja käyttävät niitä omassa opetuksessaan.",
         "Kaksi koulutusiltapäivää opettajille ja yhteinen vinkkipankki.", None),
        ("Lukulähettiläiden toiminnasta tulee pysyvä osa kirjaston ja koulujen yhteistyösuunnitelmaa.",
         "Yhteistyösuunnitelman päivittäminen sivistystoimen kanssa, toimintamallin kuvaus.",
         "Onko toiminta kirjattu kirjasto- ja koulutoimen yhteistyösuunnitelmaan 2028 (kyllä/ei); kirjastotoimenjohtajan ja rehtoreiden haastattelu joulukuussa 2027."),
    ]
    for i, (a, b, c) in enumerate(rows, start=2):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
        if c: t.cell(i, 2).text = c
        else:
            cell = t.cell(i, 2)
            cell.paragraphs[0].text = "Ks. alla:"
            nt = cell.add_table(rows=2, cols=2)
            nt.style = "Table Grid"
            nt.cell(0, 0).text = "Mittari"; nt.cell(0, 1).text = "Milloin"
            nt.cell(1, 0).text = "Opettajakysely: kuinka moni opettaja on käyttänyt vinkkipankin menetelmiä vähintään kerran kuussa (tavoite 60 %)"
            nt.cell(1, 1).text = "toukokuu 2026 ja toukokuu 2027"
    d.add_heading("2. Miten arvioimme?", 1)
    d.add_paragraph("Hanketiimi tekee itsearvioinnin jokaisen lukukauden lopussa: tiimi käy läpi vierailujen toteutumisen, palautteet ja oman oppimisensa. "
                    "Ulkoisena arvioijana toimii Itä-Suomen yliopiston opettajankoulutuksen tutkija, joka analysoi oppilas- ja opettajakyselyt ja tekee loppuarvioinnin vuoden 2027 lopussa.")
    d.add_paragraph("Oppilaat osallistuvat arviointiin kyselyjen lisäksi lukuraadeissa: kahdella koululla kokoontuu kerran lukukaudessa oppilaiden raati, joka kertoo, mikä vierailuissa toimi.")
    d.add_heading("3. Arviointitiedon käyttö ja raportointi", 1)
    d.add_paragraph("Itsearvioinnin tulokset käsitellään ohjausryhmässä, ja vierailujen sisältöä muutetaan niiden perusteella seuraavalle lukukaudelle. "
                    "Väliraportti toimitetaan aluehallintovirastolle elokuussa 2026 ja loppuraportti helmikuussa 2028 avustusehtojen mukaisesti. "
                    "Loppuarviointi julkaistaan kirjaston verkkosivuilla ja esitellään maakunnallisilla kirjastopäivillä.")
    d.add_heading("4. Tulosten juurruttaminen", 1)
    d.add_paragraph("Toiminnan jatkuvuudesta sovittiin sivistystoimen kanssa jo hakuvaiheessa: sivistysjohtaja on sitoutunut siihen, että toiminta kirjataan yhteistyösuunnitelmaan, "
                    "jos arviointi osoittaa sen toimivan. Kirjastotoimenjohtaja vastaa toiminnan jatkamisesta hankkeen jälkeen.")
    d.save(f"{OUT}/09_avi_lukulahettilaat_arviointisuunnitelma.docx")
    save_expected("09_avi_lukulahettilaat_arviointisuunnitelma", "arviointisuunnitelma", [])
build()
