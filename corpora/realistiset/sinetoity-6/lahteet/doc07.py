from apu import *
def build():
    d = Document()
    d.add_heading("Exit-suunnitelma: Sähköinen ajanvaraus perhesosiaalityöhön (SÄHKÄRI)", 0)
    d.add_paragraph("Kuntien digitalisaation kokeiluhanke, valtiovarainministeriön kokeilurahoitus. Hankeaika 1.9.2024–31.8.2026. Versio 1.2, 5.5.2026")
    d.add_heading("Lähtökohta", 1)
    d.add_paragraph("Hankkeessa otettiin Rantakallion kaupungin perhesosiaalityössä käyttöön sähköinen ajanvaraus ja videotapaamiset. Kokeilussa oli mukana 420 perhettä. "
                    "Asiakkaista 78 % varasi ajan sähköisesti ainakin kerran, ja peruuttamattomien poisjääntien määrä puolittui.")
    d.add_heading("Käyttöönotto ja pysyvyys", 1)
    d.add_paragraph("Sähköinen ajanvaraus otetaan käyttöön kaikissa perhesosiaalityön tiimeissä kesäkuusta 2026 alkaen. Hankekoordinaattori vastaa siitä, että ajanvarauksen "
                    "asetukset siirretään tuotantoympäristöön ja että jokainen työntekijä on perehdytetty. Hanketyöntekijät huolehtivat ohjeiden päivittämisestä. "
                    "Käyttöönottoon on varattu hankekoordinaattorin koko työaika hankkeen kolmena viimeisenä kuukautena sekä 6 000 euroa käyttäjäkoulutuksiin.")
    d.add_heading("Hyvien käytäntöjen levittäminen", 1)
    d.add_paragraph("Kokeilun tulokset ja käyttöönoton ohje julkaistaan Innokylässä. Lisäksi hanke järjestää elokuussa 2026 webinaarin muiden kuntien ja hyvinvointialueiden "
                    "sosiaalityölle ja esittelee kokemukset Kuntamarkkinoilla. Hankekoordinaattori kirjoittaa kokemuksista artikkelin Talentia-lehteen.")
    d.add_heading("Kehittämistyön jatko", 1)
    d.add_paragraph("Jatkossa sähköistä ajanvarausta halutaan laajentaa lapsiperheiden kotipalveluun ja kasvatus- ja perheneuvontaan. Hanke laatii laajentamisesta "
                    "suunnitelman ennen päättymistään, ja hanketiimi esittää sen johdolle. Videotapaamisten tietoturvaohje päivitetään hankkeen toimesta.")
    d.save(f"{OUT}/07_vm_sahkari_exit-suunnitelma.docx")
    save_expected("07_vm_sahkari_exit-suunnitelma", "exit-suunnitelma", [
        {"rule": "exit.omistaja-hankkeen-sisalla"},
        {"rule": "exit.ei-seurantaa"},
    ])
build()
