"""05_exit-suunnitelma_digituki.docx — lomakepohja, vastaukset sisältöohjausobjekteissa (w:sdt)."""
from docx import Document
from apu import *

def build(out):
    d = Document()
    d.add_heading("Exit-suunnitelma", 0)
    bold_line(d, "Digituki lähelle – kuntien yhteinen digitukihanke (ESR+, 1.5.2025–30.4.2027)")
    sdt_inline(d, "Laatija: ", "Projektipäällikkö Tiina Lehtovaara, Järvelän kaupunki", "Laatija")
    sdt_inline(d, "Päivämäärä: ", "16.11.2026", "Päivämäärä")

    d.add_heading("1. Mitä hankkeessa syntyi ja mitä juurrutetaan?", 1)
    d.add_paragraph("Kuvaa toimintamallit ja tuotokset, jotka jäävät käyttöön hankkeen päätyttyä.")
    sdt_block(d, "Hankkeessa on kehitetty kolme toimintamallia: (1) kirjastojen ja asiointipisteiden digitukipäivystys, "
                 "(2) kotiin vietävä digituki liikuntarajoitteisille ikääntyneille ja (3) digitukijoiden verkosto, jossa "
                 "kuntien, järjestöjen ja seurakunnan digitukijat jakavat osaamista. Kaikki kolme otetaan pysyvään käyttöön "
                 "Järvelän kaupungissa ja Koivumäen ja Rantalan kunnissa 1.5.2027 alkaen.", "Juurrutettavat tulokset")

    d.add_heading("2. Kuka vastaa toiminnasta hankkeen jälkeen?", 1)
    d.add_paragraph("Nimeä vastuutaho ja vastuuhenkilö kullekin toimintamallille.")
    sdt_block(d, "Digitukipäivystys: Järvelän kaupunginkirjasto, vastuuhenkilönä kirjastopalvelupäällikkö.\n"
                 "Kotiin vietävä digituki: Järvelän kaupungin asiakaspalvelupäällikkö Heikki Sorsa; Koivumäessä ja "
                 "Rantalassa kuntien hallintojohtajat.\n"
                 "Digitukijoiden verkosto: verkoston koordinointi siirtyy Järvelän kaupungin asiointipalveluille, ja "
                 "verkoston tapaamisia jatketaan neljästi vuodessa.", "Vastuutahot")

    d.add_heading("3. Resurssit", 1)
    d.add_paragraph("Mistä toiminnan jatkamiseen tarvittava työaika ja raha tulevat?")
    sdt_block(d, "Järvelän kaupunki on varannut vuoden 2027 talousarvioon 0,5 henkilötyövuotta digitukeen "
                 "(kirjaston ja asiointipalvelujen tehtäväkuvauksiin) ja Koivumäki ja Rantala yhteensä 12 000 euroa "
                 "kotiin vietävän digituen matkakuluihin. Hankkeen viimeiset neljä kuukautta (1–4/2027) projektipäällikön "
                 "työajasta puolet on varattu vastuun siirtoon ja perehdytykseen.", "Resurssit")

    d.add_heading("4. Tulosten levittäminen", 1)
    d.add_paragraph("Miten ja missä kanavissa toimintamalleista kerrotaan muille?")
    sdt_block(d, "Toimintamallit kuvataan Innokylään maaliskuussa 2027. Loppuseminaari pidetään Järvelän pääkirjastossa "
                 "huhtikuussa 2027, ja se striimataan maakunnan kunnille. Digitukimateriaalit julkaistaan kaupungin "
                 "verkkosivuilla ja Digi- ja väestötietoviraston valtakunnallisessa digituen verkostossa.", "Levittäminen")

    d.add_heading("5. Kehittämistyön jatko ja seuranta", 1)
    d.add_paragraph("Miten toiminnan vakiintumista seurataan hankkeen jälkeen?")
    sdt_block(d, "Asiakaspalvelupäällikkö kokoaa digituen käyntimäärät ja asiakaspalautteen puolivuosittain ja raportoi ne "
                 "Järvelän kaupungin konsernijohtoryhmälle ensimmäisen kerran marraskuussa 2027 ja uudelleen toukokuussa 2028. "
                 "Jatkokehittämisenä selvitetään vuonna 2028 yhteisen ajanvarauksen käyttöönottoa kaikissa kolmessa kunnassa.",
              "Jatko ja seuranta")
    d.save(out)

if __name__ == "__main__":
    import sys
    build(sys.argv[1])
