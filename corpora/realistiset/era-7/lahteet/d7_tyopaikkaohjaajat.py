"""D7: exit-suunnitelma (jatkuvuussuunnitelma), ammatillinen koulutus (OKM), .docx.
Rakenteet: yhdistetty otsikkosolu, levityskanavat vain sisäkkäisessä taulukossa.
Aukot: jatkosta vastaavat vain hankkeen omat henkilöt/hanke itse; jälkiseurantaa ei ole;
täyttämätön sisältöohjausobjekti (w:showingPlcHdr) näyttää pohjan paikkamerkkitekstin."""
from apu import *
from docx.shared import Pt

def rakenna(polku):
    d = uusi()
    d.add_heading('Jatkuvuussuunnitelma', level=0)
    d.add_paragraph('Ohjaaja verkossa – työpaikkaohjaajien verkkovalmennus · Koulutuskuntayhtymä Vireä, Vireän ammattiopisto')
    d.add_paragraph('Rahoittaja: opetus- ja kulttuuriministeriö (OKM/88/2024) · Hankeaika 1.9.2024–31.5.2026 · Versio 1.2, 3.11.2025')
    kappale(d, 'Hyväksytty johtoryhmässä: ', sdt('Kirjoita tekstiä napsauttamalla tai napauttamalla tätä.', 'Hyväksymispäivä', placeholder=True))
    teksti(d, [
        ('b', 'Miksi tämä suunnitelma?'),
        ('p', 'Ohjaaja verkossa -hankkeessa on rakennettu työpaikkaohjaajille verkkovalmennus, joka korvaa aiemmat puolen päivän lähikoulutukset. Valmennus koostuu viidestä 20–30 minuutin moduulista (ohjauksen perusteet, arviointi näytössä, erilainen oppija, palautteen antaminen ja turvallisuus), ja siihen liittyy kaksi etätapaamista opettajan kanssa. Hankkeen aikana valmennuksen on suorittanut 610 työpaikkaohjaajaa 240 työpaikalta. Tässä suunnitelmassa kuvataan, miten valmennus jää käyttöön hankkeen päätyttyä 31.5.2026.'),
        ('h1', '1 Juurruttaminen ja käyttöönotto'),
        ('p', 'Verkkovalmennus on jo käytössä kaikilla opiston kymmenellä alalla. Hankkeen viimeisellä lukukaudella keväällä 2026 varmistetaan, että valmennus on osa jokaisen alan työpaikkayhteistyön vuosikelloa ja että opettajat osaavat ohjata työpaikkaohjaajat valmennukseen ilman hanketiimin apua. Hanketiimin työajasta 40 prosenttia on varattu tähän tammi–toukokuussa 2026.'),
    ])
    # vastuutaulukko, jossa yhdistetty otsikkosolu
    t = d.add_table(rows=6, cols=3)
    t.style = 'Table Grid'
    yl = t.cell(0, 0).merge(t.cell(0, 2))
    yl.text = 'Jatkuvuuden vastuut hankkeen päätyttyä'
    yl.paragraphs[0].runs[0].bold = True
    rivit = [
        ['Tehtävä', 'Vastuu', 'Ajankohta'],
        ['Moduulien sisällön päivittäminen tutkinnon perusteiden muuttuessa', 'hankekoordinaattori', 'tarvittaessa'],
        ['Verkkoalustan käyttäjätunnusten ylläpito', 'hanketiimi', 'jatkuvasti'],
        ['Etätapaamisten aikataulutus', 'hanke sopii käytännöt opettajien kanssa', 'kevät 2026'],
        ['Uusien opettajien perehdytys valmennukseen', 'hankkeen asiantuntijaopettaja', 'kevät 2026'],
    ]
    for i, rivi in enumerate(rivit, start=1):
        for j, a in enumerate(rivi):
            t.cell(i, j).text = a
    for c in t.rows[1].cells:
        c.paragraphs[0].runs[0].bold = True
    teksti(d, [
        ('p', 'Tavoitteena on, että valmennus pyörii hankkeen jälkeen samalla tavalla kuin nyt. Vastuunjako on käyty läpi hanketiimin kehittämispäivässä 15.10.2025.'),
        ('h1', '2 Tulosten ja hyvien käytäntöjen levittäminen'),
        ('p', 'Valmennusta on kysytty myös muista oppilaitoksista. Levittämisessä keskitytään kanaviin, joiden kautta muut koulutuksen järjestäjät ja työpaikat löytävät materiaalin:'),
    ])
    ulko = d.add_table(rows=2, cols=2)
    ulko.style = 'Table Grid'
    ulko.cell(0, 0).text = 'Levittäminen'
    ulko.cell(0, 1).text = 'Kanavat ja ajankohdat'
    ulko.cell(1, 0).text = 'Muut koulutuksen järjestäjät ja työelämä'
    solu = ulko.cell(1, 1)
    solu.paragraphs[0].text = 'Ks. alla:'
    sis = solu.add_table(rows=5, cols=2)
    sis.style = 'Table Grid'
    for i, (k, a) in enumerate([
        ('Kanava', 'Ajankohta'),
        ('Moduulit avoimena oppimateriaalina aoe.fi-palvelussa (CC BY 4.0)', 'maaliskuu 2026'),
        ('Toimintamallin kuvaus Innokylässä', 'huhtikuu 2026'),
        ('Esitys Ammatillisen koulutuksen työelämäyhteistyön seminaarissa', '22.4.2026'),
        ('Työpaikkaohjaajien uutiskirje ja opiston verkkosivut', 'kuukausittain toukokuuhun 2026'),
    ]):
        sis.cell(i, 0).text = k
        sis.cell(i, 1).text = a
    teksti(d, [
        ('p', ''),
        ('h1', '3 Kehittämistyön jatko'),
        ('p', 'Palautteen perusteella työpaikkaohjaajat toivovat moduuleja myös ruotsiksi ja englanniksi sekä lyhyitä videoesimerkkejä näyttötilanteista. Nämä kirjataan jatkokehittämisen listalle, ja niihin haetaan rahoitusta seuraavasta OKM:n hausta. Lisäksi on tunnistettu tarve yhdistää valmennuksen suoritustieto opiskelijahallintojärjestelmään, jotta opettaja näkee suoraan, onko työpaikkaohjaaja käynyt valmennuksen.'),
        ('p', 'Jatkokehittämisen ideoita kootaan hankkeen loppuun asti hankkeen Teams-kanavalle.'),
    ])
    d.save(polku)
