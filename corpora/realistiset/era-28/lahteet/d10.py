from apu import *
name = "10_saatekirje_stea"
d = Document()
d.add_paragraph("Lohjan seudun Omaishoitajat ry\nLaurinkatu 14 B\n08100 Lohja")
d.add_paragraph("Sosiaali- ja terveysministeriö / STEA\nAvustusvalmistelu\n\nLohjalla 16.5.2025")
bold(d, "Asia: Saate avustushakemukseen – Arjen Kannattelijat 2026–2028")
paras(d, """
Hyvä vastaanottaja,

lähetämme oheisena Lohjan seudun Omaishoitajat ry:n avustushakemuksen liitteineen. Hakemus koskee kolmivuotista kohdennettua avustusta omaishoitajien varhaisen tuen kehittämiseen Länsi-Uudellamaalla.

Hakemukseen liitetään hankesuunnitelma (versio 2), yhdistyksen tilinpäätös ja toimintakertomus vuodelta 2024, talousarvio vuodelle 2025 sekä Länsi-Uudenmaan hyvinvointialueen yhteistyökirje. Hallituksen päätös hakemuksen jättämisestä on tehty kokouksessa 12.5.2025 (pöytäkirjan ote liitteenä).

Pahoittelemme, että hyvinvointialueen yhteistyökirje toimitetaan erikseen sähköpostilla viimeistään 23.5.2025, koska sen allekirjoitus viivästyi lomien vuoksi.

Vastaamme mielellämme lisäkysymyksiin.

Ystävällisin terveisin

Sanna Heikura
toiminnanjohtaja
p. 050 321 7788, sanna.heikura@lohjanomaishoitajat.fi
""")
d.save(os.path.join(OUT, name + ".docx"))
expected(name, None, [{"rule": "asiakirja.tyyppi-tuntematon"}])
expected("03_lukupiiri-arviointisuunnitelma", "arviointisuunnitelma", [])
expected("05_kylakoulun-tilat_jatkuvuussuunnitelma", "exit-suunnitelma", [])
