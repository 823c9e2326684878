from apu import *
def build():
    d = Document()
    d.add_paragraph("Kuusiniemen Kulttuuriyhdistys ry\nKoulukatu 4 B, 78300 Kuusiniemi\n\nKuusiniemellä 28.8.2025")
    d.add_paragraph("Kaakkois-Suomen ELY-keskus / Kestävän kasvun ja työn ohjelma\nVastaanottaja: rahoitusasiantuntija Minna Koivisto")
    bold_line(d, "SAATE: Hakemus kulttuurihyvinvointihankkeelle ”Taide kotiin”")
    for t in [
        "Hyvä vastaanottaja,",
        "lähetämme oheisena Kuusiniemen Kulttuuriyhdistys ry:n hakemuksen ja sen liitteet. Hakemus on jätetty myös sähköisesti EURA 2021 -järjestelmään 27.8.2025, ja tämä saate liitteineen täydentää sitä kuten puhelimessa 19.8.2025 sovimme.",
        "Oheisena ovat: hankesuunnitelma (liite 1), kustannusarvio ja rahoitussuunnitelma (liite 2), yhdistyksen hallituksen pöytäkirjanote 21.8.2025 (liite 3), Kuusiniemen kaupungin kulttuuripalvelujen ja hyvinvointialueen kotihoidon aiesopimukset (liitteet 4 ja 5) sekä yhdistyksen tilinpäätös vuodelta 2024 (liite 6).",
        "Kaupungin omarahoitusosuutta koskeva päätös tehdään kulttuurilautakunnassa 16.9.2025. Toimitamme pöytäkirjanotteen heti, kun se on tarkastettu.",
        "Vastaamme mielellämme hakemusta koskeviin kysymyksiin. Yhdistyksen puolesta yhteyshenkilönä toimii toiminnanjohtaja Elina Rautio, elina.rautio@kuusiniemenkulttuuri.fi, puh. 044 219 3371.",
        "Ystävällisin terveisin\n\nElina Rautio\ntoiminnanjohtaja\n\nHeikki Saarela\npuheenjohtaja",
    ]:
        d.add_paragraph(t)
    d.save(f"{OUT}/10_saatekirje_taide_kotiin.docx")
    save_expected("10_saatekirje_taide_kotiin", None, [{"rule": "asiakirja.tyyppi-tuntematon"}])
build()
