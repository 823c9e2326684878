"""D7: Exit-suunnitelma muistiona Word-pohjalla. Omistaja on nimetty VAIN poistetussa tekstissä (w:del);
vastuutahon sisältökontrolli on täyttämättä (paikkamerkkiteksti näkyvissä); jälkiseurantaa ei ole."""
from apu import *

NAME = "exit-suunnitelma-liikuntaneuvonta-seutumalli"

def run():
    d = new_doc()
    p(d, "Järvilaakson seudun liikuntaneuvontahanke LIIKE · Exit-suunnitelma · muistioluonnos 12.5.2026", italic=True)
    h(d, "Exit-suunnitelma: Liikuntaneuvonnan seutumalli", 0)
    p(d, "Muistio on koottu ohjausryhmän työpajasta 5.5.2026 (Kivelä, kaupungintalo) ja sitä täydennettiin "
         "kuntien liikuntatoimen viranhaltijoiden kommenteilla. Hanke päättyy 30.6.2026.")

    h(d, "Mitä hankkeessa syntyi", 1)
    p(d, "Hankkeessa rakennettiin neljän kunnan (Kivelä, Aholahti, Rautamäki ja Sulkava-Järvi) yhteinen "
         "liikuntaneuvonnan malli: terveysasemat ja työllisyyspalvelut ohjaavat vähän liikkuvia asiakkaita "
         "liikuntaneuvojalle, joka tekee asiakkaan kanssa liikuntasuunnitelman ja tapaa hänet kolme kertaa "
         "puolen vuoden aikana. Neuvontaan ohjattiin hankkeen aikana 388 asiakasta, ja heistä 71 % kertoi "
         "liikkuvansa puolen vuoden kohdalla enemmän kuin alussa.")

    h(d, "Toiminnan juurruttaminen ja pysyvyys", 1)
    p(d, "Liikuntaneuvonta on tarkoitus ottaa pysyväksi osaksi kuntien liikuntapalveluja 1.8.2026 alkaen. "
         "Ohjauskäytäntö terveysasemilta on kirjattu hyvinvointialueen kanssa laadittuun yhteistyösopimukseen, "
         "ja ohjauslomake on lisätty asiakastietojärjestelmään.")
    deleted_para(d, "Liikuntaneuvonnan koordinoinnista vastaa hankkeen jälkeen Kivelän kaupungin liikuntapalvelujen "
                    "liikuntapäällikkö, ja neuvojat toimivat Kivelän kaupungin palveluksessa.")
    tracked_para(d, [
        ("t", "Toimintaa jatketaan kuntien yhteistyönä. "),
        ("ins", "Koordinointivastuusta sovitaan myöhemmin, ja kunnat huolehtivat toiminnasta yhdessä. "),
        ("t", "Kunnat ovat varanneet vuoden 2027 talousarvioesityksiinsä liikuntaneuvontaan yhteensä 0,8 "
              "henkilötyövuotta, ja kesä–heinäkuun 2026 siirtymävaiheeseen käytetään hankkeen säästyneitä varoja."),
    ])
    sdt_inline_para(d, "Vastuutaho hankkeen jälkeen:", None, tag="vastuutaho")

    h(d, "Tulosten ja hyvien käytäntöjen levittäminen", 1)
    p(d, "Liikuntaneuvonnan malli ja lomakkeet on kuvattu Innokylään. Kokemuksia esiteltiin "
         "Liikuntaneuvonnan valtakunnallisilla päivillä huhtikuussa 2026, ja kesäkuussa järjestetään "
         "hankkeen päätöswebinaari, johon on kutsuttu maakunnan muut kunnat ja hyvinvointialueen "
         "terveysasemat. Lisäksi malli esitellään maakunnan liikuntatoimen viranhaltijoiden syysseminaarissa. "
         "Asiakkaille tarkoitettu esite ja neuvojan työopas ovat ladattavissa kuntien verkkosivuilta.")

    h(d, "Kehittämistyön jatko", 1)
    p(d, "Jatkokehittämisen kohteeksi nousivat työpajassa ryhmäneuvonta (kolmesta viiteen asiakasta kerralla) sekä "
         "neuvonnan tarjoaminen etäyhteydellä syrjäkylien asukkaille. Lisäksi toivottiin, että ohjaus saataisiin "
         "myös suun terveydenhuollosta ja kotihoidosta. Jatkokehittämistä varten harkitaan uutta hakemusta "
         "liikunnan edistämisen kehittämisavustukseen, mutta päätöstä hakemisesta ei ole vielä tehty.")

    h(d, "Avoimet kysymykset", 2)
    bullets(d, [
        "Neuvojien työnantaja ja työsuhteiden jatko 1.8.2026 jälkeen",
        "Kustannusten jakoperuste kuntien kesken (asukasluku vai asiakasmäärä)",
        "Ohjauslomakkeen ylläpito asiakastietojärjestelmässä",
    ])
    save_docx(d, NAME, {"doc_type": "exit-suunnitelma", "findings": [
        {"rule": "exit.ei-omistajaa"},
        {"rule": "rakenne.pohjateksti"},
        {"rule": "exit.ei-seurantaa"},
    ]})

if __name__ == "__main__":
    run()
