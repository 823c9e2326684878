"""Loppuraportti, joka tallennetaan PDF:ksi LibreOfficella (lähde-docx jää lahteet/-kansioon)."""
import os, subprocess
from gen_common import *

def build(out, src):
    d = new_doc()
    d.add_heading("LOPPURAPORTTI – Liikkuva arki -hanke", 0)
    d.add_paragraph("Laadittu 20.3.2026")
    d.add_heading("Taustatiedot", 1)
    table(d, [["Toteuttaja", "Pohjois-Savon hyvinvointialue, terveyden edistämisen yksikkö"],
              ["Hanke", "Liikkuva arki – liikuntaneuvonnan palveluketju"],
              ["Rahoittaja ja diaarinumero", "Opetus- ja kulttuuriministeriö, OKM/118/626/2023"],
              ["Hankeaika", "1.2.2024–31.1.2026"]])
    d.add_heading("Hankkeen teema ja tavoitteet", 1)
    d.add_paragraph(
        "Hanke liittyi liikkumattomuuden vähentämiseen osana sote-palveluja. Tavoitteenamme oli, että "
        "vähän liikkuvat aikuiset ohjautuvat terveyskeskuksesta liikuntaneuvontaan ilman katkoksia, ja "
        "että neuvonta on tarjolla kaikissa alueen kuudessa kunnassa yhtenäisellä mallilla.")
    d.add_heading("Hankkeen toteutus", 1)
    d.add_paragraph(
        "Hankkeen kesto oli kaksi vuotta. Ensimmäisenä vuonna kuvasimme palveluketjun yhdessä "
        "terveyskeskusten, kuntien liikuntatoimien ja Savon Liikunnan kanssa ja koulutimme 46 hoitajaa ja "
        "lääkäriä liikkumisen puheeksiottoon. Toisena vuonna liikuntaneuvonta käynnistyi kaikissa kunnissa.")
    d.add_paragraph(
        "Kustannusarvio oli 240 000 euroa, josta käytettiin 226 400 euroa. Säästö syntyi matkakuluista, "
        "koska osa koulutuksista pidettiin etänä.")
    d.add_paragraph(
        "Ongelmana oli aluksi se, että lähetteet eivät siirtyneet potilastietojärjestelmässä liikuntatoimelle. "
        "Ratkaisimme asian sähköisellä ohjauslomakkeella.")
    d.add_heading("Tulokset ja vaikuttavuus", 1)
    d.add_paragraph(
        "Liikuntaneuvontaan ohjattiin hankeaikana 1 140 asiakasta (tavoite 800). Puolen vuoden seurannassa "
        "62 % asiakkaista liikkui aiempaa enemmän. Malli on käytössä kaikissa kuudessa kunnassa, ja "
        "ohjauslomake jää pysyväksi osaksi terveyskeskusten työtä. Arvioimme toteutusta asiakaskyselyllä, "
        "ohjausmäärien seurannalla ja henkilöstön työpajoilla.")
    d.add_heading("Kehitysajatukset", 1)
    d.add_paragraph(
        "Jatkamme liikuntaneuvonnan kehittämistä osana hyvinvointialueen ja kuntien yhteistä "
        "hyte-suunnitelmaa. Seuraavaksi kokeilemme ryhmämuotoista neuvontaa työttömille.")
    d.add_heading("Suositukset muille", 1)
    d.add_paragraph(
        "Sopikaa ohjauksen tekninen polku ennen kuin koulutatte henkilöstön. Kuntien liikuntatoimet "
        "kannattaa ottaa mukaan jo hankkeen suunnitteluun.")
    d.add_heading("Tiivistelmä", 1)
    d.add_paragraph(
        "Liikkuva arki -hanke (2024–2026) rakensi Pohjois-Savoon yhtenäisen liikuntaneuvonnan palveluketjun "
        "terveyskeskuksista kuntien liikuntatoimiin. Neuvontaan ohjattiin 1 140 asiakasta, ja malli on "
        "pysyvästi käytössä kuudessa kunnassa.")
    d.add_heading("Yhteyshenkilö", 1)
    d.add_paragraph("Projektipäällikkö Tiina Räsänen, tiina.rasanen@pshva.fi, p. 044 718 2290")
    path = os.path.join(src, "loppuraportti-liikkuva-arki.docx")
    d.save(path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", out, path],
                   check=True, capture_output=True, timeout=180)
