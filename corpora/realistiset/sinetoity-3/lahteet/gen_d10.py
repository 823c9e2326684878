import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from apu import *
OUT = os.path.join(os.path.dirname(__file__), '..')
doc = new_doc()
doc.add_paragraph('Itä-Uudenmaan Omaishoitajat ry\nKauppakatu 12 B, 07900 Loviisa')
doc.add_paragraph('18.9.2025')
doc.add_paragraph('Sosiaali- ja terveysjärjestöjen avustuskeskus STEA\nPL 600, 00521 Helsinki')
bold_line(doc, 'SAATE: Avustushakemus 2026, Omaisen oma ilta -hanke')
doc.add_paragraph('Hyvä vastaanottaja,')
doc.add_paragraph(
    'lähetämme oheisena yhdistyksemme avustushakemuksen Omaisen oma ilta -hankkeelle vuosiksi 2026–2028. '
    'Hakemus on jätetty sähköisesti STEA:n asiointipalveluun 16.9.2025, ja tämä kirje täydentää sitä '
    'niiden liitteiden osalta, joita järjestelmä ei ottanut vastaan tiedostokoon vuoksi.')
doc.add_paragraph('Oheisena lähetämme:')
for x in ['yhdistyksen vuosikokouksen 2025 pöytäkirjan ja hallituksen kokoonpanon',
          'tilintarkastuskertomuksen ja tilinpäätöksen vuodelta 2024',
          'kolmen yhteistyökumppanin tukikirjeet (Loviisan kaupunki, Porvoon seurakuntayhtymä, Itä-Uudenmaan Muistiyhdistys ry)',
          'hankesuunnitelman allekirjoitetun version PDF-muodossa']:
    doc.add_paragraph(x, style='List Bullet')
doc.add_paragraph(
    'Yhdistyksemme on tukenut omaishoitajia Itä-Uudellamaalla jo 25 vuoden ajan. Toivomme, että '
    'hakemuksemme saa myönteisen käsittelyn. Vastaamme mielellämme hakemusta koskeviin kysymyksiin.')
doc.add_paragraph('Ystävällisin terveisin')
doc.add_paragraph('Helena Sundqvist\ntoiminnanjohtaja\nhelena.sundqvist@iu-omaishoitajat.fi, p. 050 112 2334')
doc.save(os.path.join(OUT, 'omaishoitajat_saatekirje.docx'))
