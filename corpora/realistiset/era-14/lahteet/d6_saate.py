"""06 Saatekirje (ei suunnitelma): Kurkijärven nuorisopalvelujen saate AVI:lle hakemuksen liitteenä.
Mainitsee sanat hankesuunnitelma, tavoitteet, aikataulu ja juurruttaminen, mutta on kirje."""
import sys; sys.path.insert(0, __file__.rsplit('/', 1)[0])
from apu import *
OUT = sys.argv[1]
d = Document()
d.add_paragraph("KURKIJÄRVEN KAUPUNKI\nSivistystoimiala / Nuorisopalvelut\nKauppakatu 14, 38910 Kurkijärvi")
d.add_paragraph("5.3.2025")
d.add_paragraph("Länsi- ja Sisä-Suomen aluehallintovirasto\nOpetus- ja kulttuuritoimi / nuorisotoimi")
bold_line(d, "SAATE: Nuorisotyön kehittämisavustushakemus, REITTI – koulun ja nuorisotyön yhteinen polku toiselle asteelle")
d.add_paragraph("Hyvä vastaanottaja,")
d.add_paragraph(
 "Kurkijärven kaupunki hakee opetus- ja kulttuuriministeriön nuorisotyön kehittämisavustusta REITTI-hankkeelle. "
 "Lähetämme oheisena sähköisen hakemuksen liitteet: hankesuunnitelman (versio 2, 4.3.2025), kustannusarvion "
 "erittelyn, sivistyslautakunnan pöytäkirjaotteen 21.1.2025 § 7 sekä yhteistyökumppanien sitoumuskirjeet "
 "(Järviseudun ammattiopisto Kaarna, Ohjaamo Kurkijärvi, Saarelan ja Vehmaan kunnat).")
d.add_paragraph(
 "Hankkeen tavoitteet, aikataulu ja juurruttaminen on kuvattu hankesuunnitelmassa. Haluamme kiinnittää "
 "huomionne siihen, että hankeaikaa on luonnosvaiheesta muutettu vastaamaan lukuvuosirytmiä, ja oikea "
 "hankeaika on suunnitelman versiossa 2 mainittu. Haettava avustus on 229 120 euroa.")
d.add_paragraph(
 "Sitoumuskirjeistä Vehmaan kunnan kirje toimitetaan erikseen, kun kunnanhallitus on käsitellyt asian "
 "kokouksessaan 17.3.2025.")
d.add_paragraph("Lisätietoja antaa nuorisopalvelupäällikkö Minna Kaartokallio, p. 040 718 2290, minna.kaartokallio@kurkijarvi.fi.")
d.add_paragraph("Ystävällisin terveisin")
d.add_paragraph("Tuomas Vilppula\nsivistysjohtaja\nKurkijärven kaupunki")
d.add_paragraph("LIITTEET\t5 kpl")
d.save(OUT)
