"""08: Verkkolomakkeelta viety järjestöavustushakemus (numeroidut kenttäotsikot, tähdet, merkkirajat,
"Vastaus:"), vastaukset sisällönhallintakentissä, muutosseurantaa.
Virheet: tavoitteelle 3 ei ole mittaria; loppuseminaari on siirretty hankeajan ulkopuolelle (helmikuu 2027)."""
from apu import *

T, P = "Raili Nurmio", "2025-10-27T16:22:00Z"

d = uusi(fontti="Arial", koko=10)
ylatunniste(d, "Honkaseudun hyvinvointialue – sähköinen asiointi", "Tuloste järjestelmästä 28.10.2025 14.32 – hakemus nro JA-2026-0147")

kpl(d, "HAKEMUS: Järjestöavustus, kehittämishankkeet 2026", lihava=True, koko=13)
kpl(d, "Tähdellä (*) merkityt kentät ovat pakollisia.", kursiivi=True)
kpl(d, "")

def kentta(otsikko, vastaus, vihje=None):
    kpl(d, otsikko, lihava=True)
    if vihje:
        kpl(d, vihje, kursiivi=True)
    kpl(d, "Vastaus:")
    return sisaltokentta(d, vastaus, otsikko.split(" ", 1)[1].rstrip(" *"))

kentta("1. Hakijaorganisaatio *", ["Honkamäen Eläkkeensaajat ry, Y-tunnus 1947733-2"])
kentta("2. Yhteyshenkilö *", ["Raili Nurmio, sihteeri, raili.nurmio@honkamaenelakkeensaajat.fi, 040 552 1093"])
kentta("3. Hankkeen nimi *", ["Digikamu – vertaisdigituki ikäihmisille"])

kentta("4. Hankkeen tausta ja tarve *", [
    "Honkamäellä on yli 75-vuotiaita noin 2 300. Yhdistyksen jäsenkyselyssä keväällä 2025 (vastaajia 164) "
    "yli puolet kertoi tarvitsevansa apua verkkopankin, Omakannan tai hyvinvointialueen sähköisen ajanvarauksen "
    "kanssa, ja moni sanoi, ettei kehtaa kysyä omilta lapsiltaan yhä uudelleen. Kirjaston digineuvontaan on "
    "jonoa, ja sitä on vain kerran viikossa. Samalla kyselyssä 38 % vastaajista kertoi tuntevansa itsensä "
    "yksinäiseksi ainakin joskus. Monen läheiset asuvat toisella paikkakunnalla.",
], "(enintään 2000 merkkiä)")

kentta("5. Hankkeen tavoitteet *", [
    "Tavoite 1: Ikäihmiset oppivat hoitamaan itse tärkeimmät sähköiset asiointinsa (verkkopankki, Omakanta, "
    "sähköinen ajanvaraus).",
    "Tavoite 2: Yhdistykseen koulutetaan 12 vapaaehtoista digikaveria, jotka opastavat muita ikäihmisiä.",
    "Tavoite 3: Ikäihmisten yksinäisyys vähenee, kun he oppivat pitämään yhteyttä läheisiinsä videopuheluilla.",
], "(luettele enintään kolme tavoitetta)")

kentta("6. Kohderyhmä ja arvio tavoitettavista henkilöistä *", [
    "Honkamäen yli 70-vuotiaat kotona asuvat, jotka tarvitsevat apua digilaitteiden kanssa. Arvioimme "
    "tavoittavamme 150–200 henkilöä. Lisäksi kohderyhmää ovat yhdistyksen vapaaehtoiset (12 digikaveria).",
], "(enintään 1000 merkkiä)")

sdt = kentta("7. Toimenpiteet *", [
    "Digikaverit päivystävät kirjastossa kahdesti viikossa (ti ja to klo 13–15). Apua saa ilman ajanvarausta "
    "omalle puhelimelle, tabletille tai tietokoneelle, ja samalla harjoitellaan verkkopankkia, Omakantaa ja "
    "ajanvarausta niin, että asiakas tekee itse ja digikaveri neuvoo vierestä.",
    "Keväällä 2026 järjestetään digikavereille kuuden kerran koulutus (tietoturva, pankkiasiointi, "
    "hyvinvointialueen palvelut, ohjaamisen taidot). Syksyllä pidetään kertauskoulutus.",
    "Kerran kuussa kokoontuu videopuheluryhmä \"Soitetaan läheisille\", jossa harjoitellaan WhatsApp- ja "
    "Teams-puheluja ja soitetaan yhdessä oikeita puheluja omaisille.",
], "(kuvaa toimenpiteet tavoitteittain, enintään 3000 merkkiä)")
p = sdt.findall(qn("w:sdtContent"))[0].findall(qn("w:p"))[-1]
from docx.text.paragraph import Paragraph
lisays(Paragraph(p, d._body), " Liikuntarajoitteisille tarjotaan myös kotikäyntejä, joilla digikaveri käy kahden hengen parina.", T, P)

kpl(d, "8. Toteutusaika ja aikataulu *", lihava=True)
kpl(d, "Vastaus:")
p = kpl(d, "Alkaa: ")
rivikentta(p, "1.2.2026", "Alkamispäivä")
teksti_ajo(p, "     Päättyy: ")
rivikentta(p, "31.12.2026", "Päättymispäivä")
viivat(d, [
    "helmikuu 2026: digikavereiden haku, sopimus kirjaston kanssa tilasta",
    "maalis–huhtikuu 2026: digikavereiden koulutus, päivystykset alkavat huhtikuussa",
    "toukokuu–joulukuu 2026: päivystykset ja videopuheluryhmä (kesä–heinäkuussa harvemmin)",
    "syyskuu 2026: kertauskoulutus, ohjeen kirjoittaminen muille yhdistyksille",
])
p = kpl(d, "- ")
poisto(p, "joulukuu 2026", T, P)
lisays(p, "helmikuu 2027", T, P)
teksti_ajo(p, ": loppuseminaari ja kokemusten esittely kirjaston tapahtumassa")

kentta("9. Hankkeen organisointi ja yhteistyökumppanit", [
    "Hakija ja hallinnoija on Honkamäen Eläkkeensaajat ry. Yhdistys palkkaa osa-aikaisen hankekoordinaattorin "
    "(50 %). Tärkein kumppani on Honkamäen kaupunginkirjasto, joka antaa tilat ja jonka digineuvoja on mukana "
    "koulutuksissa. Ohjausryhmässä ovat yhdistyksen puheenjohtaja, kirjaston palvelupäällikkö, hyvinvointialueen "
    "järjestöyhdyshenkilö ja kaksi digikaveria.",
])

kpl(d, "10. Talousarvio *", lihava=True)
kpl(d, "Vastaus:")
taulukko(d, [
    ["Kululaji", "Euroa"],
    ["Hankekoordinaattorin palkka sivukuluineen (50 %, 11 kk)", "19 800"],
    ["Vapaaehtoisten koulutus ja kulukorvaukset", "2 600"],
    ["Laitteet (4 tablettia harjoitteluun) ja liittymät", "1 900"],
    ["Viestintä ja loppuseminaari", "1 200"],
    ["Yhteensä", "25 500"],
], leveydet=[11, 4])
p = kpl(d, "Haettava avustus ")
poisto(p, "25 500 €", T, P)
lisays(p, "23 000 €; yhdistyksen omarahoitus 2 500 €", T, P)
teksti_ajo(p, ".")

kentta("11. Miten seuraatte tavoitteiden toteutumista? *", [
    "Digikaverit kirjaavat jokaisesta päivystyksestä opastettujen määrän ja asian, jossa autettiin. Opastuksen "
    "lopuksi kysytään: \"Osaatko nyt tehdä tämän asian itse?\" (kyllä / osittain / en). Tavoitteena on, että "
    "vähintään 70 % vastaa kyllä.",
    "Seuraamme koulutettujen digikavereiden määrää (tavoite 12) ja sitä, kuinka moni heistä pitää päivystysvuoroja "
    "vähintään kerran kuussa. Digikaverit antavat koulutuksesta palautteen lomakkeella.",
], "(mittarit ja seurantatavat, enintään 1500 merkkiä)")

kentta("12. Odotetut tulokset ja vaikutukset *", [
    "Honkamäen ikäihmiset pärjäävät paremmin sähköisissä palveluissa ja ovat vähemmän riippuvaisia omaisten "
    "avusta. Yhdistykseen syntyy pysyvä digikaverien joukko ja kirjoitettu ohje vertaisdigituen järjestämisestä.",
])

kentta("13. Miten toiminta jatkuu hankkeen päätyttyä? *", [
    "Sovimme jo hakemusta valmistellessa kesäkuussa 2025 kaupunginkirjaston kanssa, että digikaverien päivystys "
    "rakennetaan alusta asti kirjaston digineuvonnan rinnalle eikä erilliseksi toiminnaksi. Kirjaston "
    "palvelupäällikkö vastaa siitä, että päivystysvuorot jatkuvat kirjaston viikko-ohjelmassa hankkeen jälkeen, "
    "ja yhdistyksen hallitus vastaa digikaverien rekrytoinnista ja virkistyksestä.",
    "Koordinaattorin työajasta varataan koko hankkeen ajan noin 10 % jatkon järjestelyihin ja ohjeen "
    "kirjoittamiseen. Seurakunnan diakoniatyö ja Honkamäen Kyläyhdistys ovat kiinnostuneita kokeilemaan "
    "digikaverimallia omissa kerhoissaan, ja annamme heille koulutusmateriaalit ja ohjeen.",
])

kentta("14. Riskit ja niihin varautuminen", [
    "Vapaaehtoisia ei saada tarpeeksi → haku myös kirjaston ja seurakunnan kautta. Digikaverit väsyvät → "
    "vuorot pidetään lyhyinä ja aina kaksi digikaveria yhdessä. Huijausriski pankkiasioinnissa → digikaverit "
    "eivät koskaan käsittele asiakkaan tunnuksia, tämä käydään läpi koulutuksessa.",
])

kentta("15. Viestintä ja tulosten levittäminen", [
    "Päivystyksistä kerrotaan kirjaston tapahtumakalenterissa, paikallislehti Honkaseudun Viikossa, yhdistyksen "
    "jäsenkirjeessä ja Facebookissa sekä hyvinvointialueen ikäihmisten palveluoppaassa. Ohje vertaisdigituesta "
    "julkaistaan yhdistyksen verkkosivuilla ja lähetetään alueen eläkeläisjärjestöille.",
])

kpl(d, "")
kpl(d, "Liitteet: yhdistyksen toimintasuunnitelma 2026, tilinpäätös 2024, kirjaston yhteistyökirje", kursiivi=True)
kpl(d, "Hakemus lähetetty 28.10.2025 klo 14.32", kursiivi=True)

tallenna(d, "08_hankesuunnitelma_digituki.docx")
