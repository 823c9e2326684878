"""04: Kunnan, ammattiopiston ja metsänhoitoyhdistyksen exit-suunnitelma. Käsin numeroidut otsikot tavallisina
kappaleina, vastuutaulukko yhdistetyin soluin, alatunniste päiväyksellä. Muunnetaan .odt:ksi."""
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from apu import *

OUT = "/tmp/batches/era-42/lahteet/04_exit-suunnitelma_metsapolku.docx"
d = uusi()
yla_ala(d, ala="Hallaperän kunta / Metsäpolku / exit-suunnitelma 14.10.2026 / luonnos ohjausryhmälle 22.10.2026")

lihava(d, "EXIT-SUUNNITELMA", koko=16)
lihava(d, "Metsäpolku – nuorten kesätyö- ja metsäosaamishanke 1.1.2025–31.12.2026")
kappale(d, "Toteuttajat: Hallaperän kunta (hallinnoija), Ammattiopisto Kaarnikka ja Metsänhoitoyhdistys Korpijärvi ry")

kappale(d, "1. Lähtökohta")
kappale(d, "Metsäpolku-hankkeessa 14–17-vuotiaat nuoret tekivät kahden viikon kesätyöjaksoja metsässä: taimikonhoitoa, "
           "raivausta ja luontopolkujen kunnostusta. Kesinä 2025 ja 2026 jaksoille osallistui yhteensä 64 nuorta. "
           "Ohjaajina toimivat Ammattiopisto Kaarnikan metsäalan opiskelijat ja metsänhoitoyhdistyksen metsäneuvojat. "
           "Tässä suunnitelmassa kuvataan, miten hankkeen tulokset jäävät käyttöön, miten niistä kerrotaan muille ja miten "
           "kehittämistä jatketaan hankkeen päätyttyä.")

kappale(d, "2. Mitä jää pysyväksi (juurruttaminen)")
kappale(d, "Hankkeessa syntyi kolme asiaa, jotka halutaan pysyvästi käyttöön:")
for t in [
    "a) Kesätyöjakson malli: sopimuspohja metsänomistajien kanssa, turvallisuusohje ja ohjaajan käsikirja.",
    "b) Metsäalan opiskelijoiden ohjaajaharjoittelu, jossa opiskelija ohjaa nuorten ryhmää osana tutkinnon osaa.",
    "c) Kunnostetut luontopolut Hallaperän ja Rautalammen kylissä.",
]:
    kappale(d, t)
kappale(d, "Kesätyöjaksot siirtyvät vuodesta 2027 alkaen Hallaperän kunnan nuorisopalvelujen vakituiseksi "
           "kesätyöohjelmaksi. Kunnanhallitus hyväksyi periaatteen kokouksessaan 8.9.2026, ja jaksojen järjestämisestä "
           "vastaa nuorisotoimen päällikkö. Ammattiopisto Kaarnikka kirjaa ohjaajaharjoittelun metsäalan "
           "toteutussuunnitelmaan lukuvuodesta 2027–2028 alkaen. Metsänhoitoyhdistys Korpijärvi ry tarjoaa jatkossakin "
           "työmaat jäsentensä metsistä ja metsäneuvojan työaikaa kesän jaksoille. Luontopolkujen pienet korjaukset "
           "tehdään jatkossa osana kesätyöjaksoja.")

kappale(d, "3. Tulosten levittäminen")
kappale(d, "Mallista ovat kiinnostuneet erityisesti naapurikunnat Korpijärvi ja Ylimaa sekä kaksi muuta "
           "metsänhoitoyhdistystä. Mallin materiaalit (sopimuspohja, turvallisuusohje ja ohjaajan käsikirja) julkaistaan "
           "ladattavina Hallaperän kunnan verkkosivuilla. Naapurikuntien nuorisotyöntekijöille järjestetään marraskuussa "
           "2026 puolen päivän koulutus, jossa käydään läpi jakson suunnittelu ja sopimukset. Maakuntalehti Vaaraseudun "
           "Sanomat on tehnyt jaksoista kaksi juttua, ja yhteistyötä jatketaan.")
kappale(d, "Esittelemme mallin maakunnallisilla Metsä ja nuoret -päivillä xx.xx.20xx. Lisäksi ammattiopisto esittelee "
           "ohjaajaharjoittelua metsäalan opettajien valtakunnallisessa verkostossa.")

kappale(d, "4. Kehittämistyön jatko")
kappale(d, "Kaikkea ei saatu hankkeen aikana valmiiksi. Metsänomistajien sopimukset tehdään yhä paperilla, ja nuorten "
           "ilmoittautuminen hoidettiin sähköpostilla. Hallaperän kunnan nuorisopalvelut siirtää ilmoittautumisen kunnan "
           "sähköiseen asiointipalveluun keväällä 2027. Ammattiopisto Kaarnikka ja Metsänhoitoyhdistys Korpijärvi ry "
           "valmistelevat yhdessä jatkohanketta, jossa mallia laajennetaan 18–24-vuotiaisiin työttömiin nuoriin; "
           "hakemus on tarkoitus jättää keväällä 2027.")

kappale(d, "5. Vastuut ja resurssit")
rivit = [
    ["Tehtävä", "Vastuutaho", "Resurssi"],
    ["Hankkeen loppuun (marras–joulukuu 2026)", "", ""],
    ["Levityskoulutus naapurikunnille", "Hankepäällikkö yhdessä nuorisotoimen päällikön kanssa", "Hankkeen budjetista 3 000 €"],
    ["Hankkeen päätyttyä (vuodesta 2027)", "", ""],
    ["Kesätyöjaksojen järjestäminen", "Hallaperän kunnan nuorisopalvelut, nuorisotoimen päällikkö",
     "15 000 € vuodessa nuorisopalvelujen talousarviossa ja 20 % nuoriso-ohjaajan työajasta"],
    ["Työmaat ja metsäneuvonta", "Metsänhoitoyhdistys Korpijärvi ry", "Metsäneuvojan työaikaa kolme viikkoa kesässä"],
    ["Opiskelijaohjaajat", "Ammattiopisto Kaarnikka, metsäalan koulutuspäällikkö", "Osa tutkinnon osan toteutusta"],
    ["Materiaalit verkossa", "Hallaperän kunnan viestintä", "Oma työ"],
]
t = taulukko(d, rivit)
for i in (1, 3):
    a = t.cell(i, 0).merge(t.cell(i, 2))
    for r in a.paragraphs[0].runs:
        r.bold = True

d.save(OUT)
print("ok", OUT)
