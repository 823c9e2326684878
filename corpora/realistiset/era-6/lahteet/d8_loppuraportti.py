"""D8: Kaiku-kehittämishankkeen loppuraportti, tallennettu PDF:ksi LibreOfficella.
Raportti on päivätty viisi kuukautta hankkeen päättymisen jälkeen, ja kysymys kustannusarvion
toteutumisesta on jäänyt vastaamatta. Lähde-docx jää lahteet/-kansioon."""
import os, subprocess, shutil
from apu import *

NAME = "kaiku-loppuraportti-etatyon-pelisaannot"

def Q(d, q, answer=None):
    d.add_paragraph(q, style="List Bullet")
    if answer:
        for a in (answer if isinstance(answer, list) else [answer]):
            p(d, a)

def run():
    d = new_doc()
    h(d, "KAIKU-KEHITTÄMISHANKKEEN LOPPURAPORTTI", 0)
    p(d, "Etätyön pelisäännöt yhdessä – Tietoaineistoviraston hybridityön kehittämishanke", bold=True)

    h(d, "1. Taustatiedot", 1)
    Q(d, "Toteuttajaviraston tai verkoston nimi", "Tietoaineistovirasto, asiakaspalvelu- ja rekisteriosasto")
    Q(d, "Hankkeen nimi ja määrärahapäätöksen diaarinumero",
      "Etätyön pelisäännöt yhdessä; Valtiokonttorin määrärahapäätös VK/2217/00.03.05/2023")

    h(d, "2. Hankkeen teema ja tavoitteet", 1)
    Q(d, "Mihin kehittämisteemaan hanke liittyi ja mitkä olivat sen tavoitteet?",
      ["Hanke liittyi Kaiku-teemaan ”työn uudet muodot ja työhyvinvointi”. Osaston 140 työntekijästä noin kaksi "
       "kolmasosaa siirtyi vuoden 2022 aikana pääosin etätyöhön, ja henkilöstökyselyssä syksyllä 2023 yhteisöllisyys "
       "ja tiedonkulku saivat osaston heikoimmat arviot.",
       "Tavoitteina oli (1) sopia jokaiseen tiimiin yhteiset hybridityön pelisäännöt, (2) vahvistaa esihenkilöiden "
       "valmiuksia johtaa hajautettua tiimiä ja (3) parantaa kokemusta tiedonkulusta ja yhteisöllisyydestä."])

    h(d, "3. Hankkeen toteutus", 1)
    Q(d, "Hankkeen kesto", "1.2.2024–31.12.2025")
    Q(d, "Konkreettinen kuvaus siitä, mitä käytännössä todella tehtiin ja vastasiko se alkuperäistä suunnitelmaa",
      ["Kaikki 12 tiimiä kävivät läpi kolmen työpajan sarjan, jossa tiimi kuvasi oman työnsä rytmin, sopi yhteiset "
       "läsnäolopäivät ja viestintäkanavat sekä kirjasi pelisäännöt yhden sivun muotoon. Esihenkilöille "
       "järjestettiin kuuden tapaamisen valmennusohjelma keväällä 2024 ja vertaisryhmät syksystä 2024 alkaen. "
       "Toimitilat järjestettiin uudelleen niin, että jokaisella tiimillä on oma kokoontumisalue.",
       "Toteutus vastasi pääosin suunnitelmaa. Alun perin suunniteltu sähköinen läsnäolokalenteri jätettiin "
       "toteuttamatta, koska tiimit pitivät sitä tarpeettomana."])
    Q(d, "Johdon ja henkilöstön sitoutuminen ja osallistuminen toteutukseen",
      "Osastonjohtaja toimi ohjausryhmän puheenjohtajana ja osallistui jokaisen tiimin viimeiseen työpajaan. "
      "Työpajoihin osallistui 88 % henkilöstöstä.")
    Q(d, "Luettelo käytetyistä menetelmistä ja kokemukset niistä",
      "Tiimityöpajat (fasilitoitu, kolme kertaa kolme tuntia), esihenkilövalmennus, vertaisryhmät, "
      "pulssikyselyt. Parhaaksi koettiin tiimityöpajat, koska ne tuottivat heti käyttöön otettavia sopimuksia.")
    Q(d, "Kokemukset viraston omien asiantuntijoiden ja ulkopuolisten palveluntuottajien käytöstä",
      "Työpajat fasilitoi ulkopuolinen konsultti Kehrä Consulting Oy yhdessä viraston HR-asiantuntijan kanssa. "
      "Yhdistelmä toimi: konsultti toi menetelmät ja HR-asiantuntija tunsi organisaation.")
    Q(d, "Millaisia ongelmia hankkeen aikana ilmeni ja miten ne ratkaistiin?",
      "Kahden tiimin esihenkilö vaihtui kesken hankkeen, ja työpajat siirrettiin näissä tiimeissä syksyyn 2024. "
      "Lisäksi toimitilamuutos viivästyi kaksi kuukautta.")
    Q(d, "Miten kustannusarvio toteutui?")

    h(d, "4. Tulokset ja vaikuttavuus", 1)
    Q(d, "Miten tavoitteet toteutuivat?",
      "Kaikilla 12 tiimillä on kirjatut pelisäännöt (tavoite 1). Esihenkilöiden itsearvio hajautetun tiimin "
      "johtamisesta parani valmennuksen aikana asteikolla 1–5 keskiarvosta 2,9 keskiarvoon 3,8 (tavoite 2). "
      "Tiedonkulkua koskeva arvio nousi henkilöstökyselyssä 3,1:stä 3,6:een ja yhteisöllisyyttä koskeva 2,8:sta "
      "3,4:ään (tavoite 3).")
    Q(d, "Mitä yllättäviä tuloksia tuli, joita ei osattu aloittaessa odottaa?",
      "Läsnäolopäivien sopiminen vähensi myös toimistolla koettua melua ja keskeytyksiä, koska tiimit "
      "sijoittuivat omille alueilleen.")
    Q(d, "Millä menettelytavoilla hankkeen toteutusta ja tuloksia arvioitiin?",
      "Pulssikyselyt kolmen kuukauden välein, työpajojen palautteet, esihenkilöiden itsearvio sekä viraston "
      "vuosittainen henkilöstökysely. Ohjausryhmä kävi tulokset läpi puolivuosittain.")
    Q(d, "Millaisia pysyviä toimintatapoja hankkeen myötä syntyi?",
      "Pelisäännöt päivitetään jokaisessa tiimissä kerran vuodessa kehityskeskustelujen yhteydessä, ja "
      "esihenkilöiden vertaisryhmät jatkuvat HR-yksikön vetäminä.")
    Q(d, "Millä tavoin hankkeen vaikutukset näkyvät työyhteisössänne ja asiakkaillenne?",
      "Asiakaspalvelun vasteajat pysyivät ennallaan, vaikka läsnäolopäiviä keskitettiin, ja sisäisten "
      "yhteydenottojen käsittely nopeutui.")

    h(d, "5. Kehitysajatukset", 1)
    Q(d, "Kuinka aiotte jatkaa tästä eteenpäin? Miten pidätte uudistumiskykyä yllä jatkossa?",
      "Seuraavaksi kehitetään uusien työntekijöiden perehdytystä hybridityöhön. Pelisääntöjen päivitys on "
      "kirjattu osaston toimintasuunnitelmaan, ja siitä vastaa osastonjohtaja.")

    h(d, "6. Suositukset muille virastoille", 1)
    Q(d, "Mitä toteutuneessa hankkeessa oli sellaista innovatiivista (pienetkin ideat), jota suosittelisitte "
         "levitettäväksi myös muille työyhteisöille?",
      "Yhden sivun pelisääntökortti ja tiimin oma kokoontumisalue toimistolla.")
    Q(d, "Mitä muiden organisaatioiden kannattaisi ottaa huomioon, kun ne suunnittelevat kehittämishankkeita?",
      "Kannattaa aloittaa tiimeistä eikä koko organisaation linjauksista, ja varata aikaa esihenkilövaihdoksiin.")

    h(d, "7. Tiivistelmä hankkeen tuloksista ja vaikuttavuudesta", 1)
    p(d, "Tietoaineistoviraston asiakaspalvelu- ja rekisteriosastolla toteutettiin 1.2.2024–31.12.2025 "
         "Kaiku-kehittämishanke, jossa osaston 12 tiimiä sopivat itselleen hybridityön pelisäännöt "
         "fasilitoiduissa työpajoissa ja esihenkilöt osallistuivat hajautetun tiimin johtamisen valmennukseen. "
         "Kaikilla tiimeillä on nyt kirjatut pelisäännöt, esihenkilöiden itsearvio johtamisvalmiuksista parani ja "
         "henkilöstön arviot tiedonkulusta ja yhteisöllisyydestä nousivat selvästi. Pysyviä toimintatapoja ovat "
         "pelisääntöjen vuosittainen päivitys ja esihenkilöiden vertaisryhmät. Suosittelemme muille virastoille "
         "tiimilähtöistä etenemistä ja yhden sivun pelisääntökorttia.")

    h(d, "8. Laatimispäivämäärä, yhteystiedot ja lisäinformaatio", 1)
    p(d, "Loppuraportti on laadittu 2.6.2026.")
    Q(d, "Yhteyshenkilöt, joilta saa lisätietoa",
      "Kehittämispäällikkö Sanna Virkkunen, Tietoaineistovirasto, sanna.virkkunen@tietoaineistovirasto.example, "
      "puh. 0295 123 456")
    Q(d, "Muuta materiaalia (esim. PowerPoint-esittelyjen liitteet tai linkit)",
      "Pelisääntökortin pohja ja työpajojen diasarja ovat saatavilla yhteyshenkilöltä.")

    src = save_docx(d, NAME, None, folder=SRC)
    soffice = shutil.which("soffice") or "/usr/bin/soffice"
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", OUT, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    write_expected(NAME, {"doc_type": "loppuraportti", "findings": [
        {"rule": "raportti.myohassa"},
        {"rule": "rakenne.kysymys-vastaamatta"},
    ]})

if __name__ == "__main__":
    run()
