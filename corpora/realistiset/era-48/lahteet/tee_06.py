"""06: loppuraportti, koulutus, koulutuskuntayhtymä. Virhe: raportti laadittu yli 3 kk hankkeen päättymisen jälkeen."""
from apu import uusi, h, p, lista, taulukko, tallenna, odotettu

NIMI = "06_loppuraportti_digimentorit.docx"

doc = uusi(
    "Loppuraportti: Digimentorit – opettajien vertaistuki ammatillisessa koulutuksessa",
    ["Koulutuskuntayhtymä Virtaus"],
    tekija="Koulutuskuntayhtymä Virtaus",
)

h(doc, "1 Taustatiedot")
p(doc,
  "Toteuttaja: Koulutuskuntayhtymä Virtaus, Virtauksen ammattiopisto.",
  "Hanke: Digimentorit – opettajien vertaistuki ammatillisessa koulutuksessa. Opetushallituksen "
  "valtionavustuspäätös OPH-1873-2022.",
  "Hankeaika: 1.1.2023–31.12.2024.")

h(doc, "2 Hankkeen teema ja tavoitteet")
p(doc,
  "Hanke kuului ammatillisen koulutuksen laadun ja digitaalisten oppimisympäristöjen kehittämisen "
  "teemaan. Ammattiopiston henkilöstökyselyssä vuonna 2022 vain 41 prosenttia opettajista koki osaavansa "
  "hyödyntää verkko-oppimisympäristöä monipuolisesti, ja osaaminen vaihteli paljon koulutusaloittain.",
  "Tavoitteina oli kouluttaa jokaiselle koulutusalalle vähintään kaksi digimentoria, vakiinnuttaa "
  "mentoreiden antama vertaistuki osaksi opettajien arkea ja nostaa verkko-oppimisympäristön "
  "monipuolisesti hallitsevien opettajien osuus 65 prosenttiin.")

h(doc, "3 Hankkeen toteutus")
p(doc,
  "Hanke kesti kaksi vuotta. Keväällä 2023 valittiin ja koulutettiin 18 digimentoria yhdeksältä "
  "koulutusalalta. Syksystä 2023 alkaen mentorit pitivät viikoittaisia avoimia pajatunteja, tekivät "
  "parityötä opettajien kanssa ja tuottivat lyhyitä ohjevideoita. Vuonna 2024 toimintaa laajennettiin "
  "työpaikalla tapahtuvan oppimisen digitaalisiin työkaluihin.",
  "Toiminta vastasi suunnitelmaa. Rehtori ja koulutusalojen johtajat sitoutuivat hankkeeseen osoittamalla "
  "mentoreille kolme tuntia viikossa resurssia, ja tiimit saivat itse päättää, mihin mentorin tukea "
  "käytetään. Menetelminä käytettiin vertaismentorointia, pajatunteja, mikro-oppimisvideoita ja "
  "osaamismerkkejä. Ulkopuolista asiantuntijaa käytettiin mentoreiden aloituskoulutuksessa; muuten työ "
  "tehtiin oman henkilöstön voimin.",
  "Ongelmaksi muodostui aluksi se, että pajatunnit osuivat monen opettajan lähiopetuksen kanssa päällekkäin. "
  "Tunnit siirrettiin iltapäiviin, ja niiden rinnalle otettiin ajanvarauksella toimiva etätuki. "
  "Kustannusarvio oli 214 000 euroa, ja toteutuneet kustannukset olivat 209 300 euroa.")

h(doc, "4 Tulokset ja vaikuttavuus")
p(doc,
  "Mentoreita koulutettiin 18, ja jokaisella koulutusalalla on vähintään kaksi mentoria. Loppukyselyssä "
  "marraskuussa 2024 verkko-oppimisympäristön monipuolisesti hallitsevien opettajien osuus oli 68 prosenttia. "
  "Pajatunneilla kävi hankeaikana 1 240 kertaa opettajia, ja ohjevideoita tehtiin 74.",
  "Odottamatonta oli, että myös opiskelijat alkoivat käyttää ohjevideoita. Toteutusta arvioitiin "
  "puolivuosittaisilla opettajakyselyillä, mentoreiden oppimispäiväkirjoilla ja ohjausryhmän "
  "arviointikeskusteluilla. Pysyväksi toimintatavaksi jäi mentoreiden viikoittainen resurssi, joka on "
  "kirjattu henkilöstösuunnitelmaan.")

h(doc, "5 Kehitysajatukset")
p(doc,
  "Mentoritoiminta jatkuu Virtauksen ammattiopiston omana toimintana. Jatkossa mentoreiden tehtävänkuvaan "
  "lisätään tekoälytyökalujen vastuullisen käytön tuki, ja mentorit vaihtuvat kahden vuoden välein, jotta "
  "osaaminen leviää laajemmin.")

h(doc, "6 Suositukset muille")
p(doc,
  "Suosittelemme vertaismentorointia, jossa mentori on saman alan opettaja: kynnys kysyä apua on silloin "
  "matala. Mentoreille kannattaa osoittaa selkeä viikkoresurssi jo alussa, sillä vapaaehtoisuuden varaan "
  "rakennettu tuki hiipuu nopeasti. Lyhyet, omassa ympäristössä kuvatut ohjevideot ovat olleet kaikkein "
  "käytetyin tuotos.")

h(doc, "7 Tiivistelmä")
p(doc,
  "Digimentorit-hanke (1.1.2023–31.12.2024) vahvisti Virtauksen ammattiopiston opettajien digitaalista "
  "osaamista vertaistuen avulla. Yhdeksälle koulutusalalle koulutettiin yhteensä 18 digimentoria, jotka "
  "pitivät pajatunteja, tekivät parityötä ja tuottivat 74 ohjevideota. Verkko-oppimisympäristöä "
  "monipuolisesti hallitsevien opettajien osuus nousi 41 prosentista 68 prosenttiin. Mentoreiden "
  "viikkoresurssi on vakiinnutettu henkilöstösuunnitelmaan, ja toiminta jatkuu oppilaitoksen omana "
  "toimintana.")

h(doc, "8 Laatimispäivämäärä ja yhteyshenkilöt")
p(doc,
  "Loppuraportti on laadittu 6.5.2025.",
  "Yhteyshenkilö: koulutuspäällikkö Riikka Salmela, Koulutuskuntayhtymä Virtaus, "
  "riikka.salmela@virtaus.fi, puh. 044 512 8830.",
  "Ohjevideot: Virtauksen ammattiopiston verkkosivut, kohta Digimentorit.")

tallenna(doc, NIMI)
odotettu(NIMI, "loppuraportti", [{"rule": "raportti.myohassa"}])
