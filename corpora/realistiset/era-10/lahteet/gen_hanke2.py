"""02_hanke-esitys_kylatalot.odt (rakennetaan .docx:nä ja muunnetaan LibreOfficella .odt:ksi)."""
from docx import Document
from apu import *

def build(out):
    d = Document()
    d.add_heading("Hanke-esitys: Kylätalot eläväksi", 0)
    d.add_paragraph("Leader Järviseudun Kehitys ry – yleishyödyllinen kehittämishanke. Hakija: Kuusirannan Kyläyhdistys ry. "
                    "Päivitetty 20.10.2026.")
    bold_line(d, "Hankkeen tausta ja tarve *")
    paras(d, """
    Järviseudun kuudessa kylässä on yhteensä yhdeksän kylätaloa, joista kolme on käytössä alle kymmenen kertaa
    vuodessa. Kyläkyselyssä (2025, 212 vastaajaa) kaksi kolmasosaa toivoi kylätaloille enemmän säännöllistä
    toimintaa, erityisesti lapsiperheille ja ikäihmisille. Talkooväki ikääntyy, ja vuonna 2024 kaksi
    kyläyhdistystä harkitsi talonsa myymistä ylläpitokulujen vuoksi.
    """)
    bold_line(d, "Tavoitteet *")
    paras(d, "Hankkeen tavoitteet ovat:")
    d.add_paragraph("Kylätalojen käyttöaste nousee: jokaisessa mukana olevassa talossa on viikoittaista toimintaa.", style="List Number")
    d.add_paragraph("Kylätalojen varausjärjestelmä ja yhteinen tapahtumakalenteri otetaan käyttöön.", style="List Number")
    d.add_paragraph("Kyläyhdistysten välinen yhteistyö ja vapaaehtoisten jaksaminen paranevat.", style="List Number")
    bold_line(d, "Kohderyhmä *")
    paras(d, "Kuuden kylän asukkaat (noin 3 400 henkilöä), erityisesti lapsiperheet ja yli 70-vuotiaat, sekä "
             "kyläyhdistysten hallitukset ja vapaaehtoiset.")
    bold_line(d, "Toimenpiteet *")
    paras(d, """
    Hankkeen työntekijä (kyläkoordinaattori, 60 %) kiertää kylissä ja kokoaa jokaiseen taloon viikko-ohjelman
    yhdessä asukkaiden kanssa: perhekerhoja, kuntosalivuoroja, kyläkahviloita ja etätyöpisteen. Kokeilut
    suunnitellaan kunkin kylän omista toiveista, joten ohjelma on erilainen eri kylissä.

    Kylätaloille hankitaan yhteinen sähköinen varausjärjestelmä ja tapahtumakalenteri, ja yhdistysten
    vastuuhenkilöt koulutetaan sen käyttöön kahdessa iltakoulussa.

    Kyläyhdistysten hallituksille järjestetään yhteisiä tapaamisia kaksi kertaa vuodessa, ja vapaaehtoisille
    pidetään virkistyspäivä hankkeen molempina vuosina.
    """)
    bold_line(d, "Hankkeen toteutusaika *")
    d.add_paragraph("1.1.2027–31.12.2028")
    bold_line(d, "Kustannusarvio ja rahoitus *")
    paras(d, "Kokonaiskustannukset 96 000 €, josta Leader-tuki 86 400 € ja kyläyhdistysten talkootyö ja omarahoitus 9 600 €. "
             "Kyläkoordinaattorin työajasta noin 10 % on varattu viestintään ja toimintamallin levittämiseen.")
    bold_line(d, "Seuranta ja mittarit *")
    paras(d, """
    Talojen käyttökerrat lasketaan varausjärjestelmästä neljännesvuosittain, ja lähtötasona käytetään vuoden
    2026 varauskirjoja. Tavoitteena on vähintään yksi säännöllinen viikkotoiminta jokaisessa talossa vuoden 2027
    loppuun mennessä. Varausjärjestelmän käyttöönottoa seurataan sen mukaan, kuinka moni talo on
    järjestelmässä ja kuinka moni tapahtuma ilmoitetaan yhteisessä kalenterissa.
    """)
    bold_line(d, "Odotetut tulokset *")
    paras(d, "Hankkeen tuloksena kylätaloilla on vakiintunutta viikkotoimintaa, yhteinen varausjärjestelmä on käytössä "
             "ja kylien välillä on toimiva yhteistyöverkosto. Toimintamallista tehdään lyhyt opas muille kylille.")
    bold_line(d, "Tulosten hyödyntäminen ja jatkuvuus *")
    paras(d, """
    Kyläyhdistykset ovat olleet mukana hankkeen ideoinnissa jo hakuvaiheessa, ja jokaisesta kylästä on nimetty
    yhteyshenkilö hankkeen alussa. Hankkeesta kerrotaan kylätiedotteissa, Facebookissa ja kunnan
    verkkosivuilla, ja loppuvuodesta 2028 pidetään kyläseminaari, johon kutsutaan myös naapurikuntien
    kyläyhdistyksiä kokeilemaan mallia omissa taloissaan. Viikko-ohjelman sisältöä muokataan kylittäin
    palautteen perusteella.

    Hankkeen jälkeen toimintaa on tarkoitus jatkaa kylien voimin. Varausjärjestelmän ylläpito pyritään
    järjestämään, ja viikkotoiminnan toivotaan vakiintuvan osaksi kylätalojen arkea.
    """)
    bold_line(d, "Tiedottaminen *")
    paras(d, "Hankkeesta tiedotetaan kylätiedotteissa, kyläyhdistysten Facebook-sivuilla ja kunnan verkkosivuilla. "
             "Paikallislehdelle lähetetään tiedote hankkeen alkaessa ja kyläseminaarin yhteydessä.")
    bold_line(d, "Hankkeen hallinnointi *")
    paras(d, "Hallinnoijana toimii Kuusirannan Kyläyhdistys ry. Ohjausryhmässä on edustaja jokaisesta kuudesta "
             "kyläyhdistyksestä, kunnan vapaa-aikatoimesta ja Leader-ryhmästä.")
    d.save(out)

if __name__ == "__main__":
    import sys
    build(sys.argv[1])
