import sys; sys.path.insert(0, "/tmp/batches/era-43/lahteet")
from apu import *

d = uusi()
alatunniste(d, "Pelikylä-hanke | jatkuvuussuunnitelma | luonnos 2 | 28.10.2026")
kpl(d, "PELIKYLÄ – JATKUVUUSSUUNNITELMA (exit)", bold=True)
kpl(d, "Pelikylä-hankkeessa (1.1.2025–31.12.2026) on kehitetty nuorten pelipajoja Leppäveden seudun kolmeen "
       "kirjastoon. Hanketta on rahoittanut Digitaalisen osallisuuden säätiö Pixel. Suunnitelma on tehty "
       "hanketiimin kehittämispäivässä 14.10.2026.")

kpl(d, "1 Mitä jää elämään?")
kpl(d, "Hankkeen aikana pelipajoja pidettiin viikoittain kolmessa kirjastossa, ja niissä kävi noin 260 eri nuorta. "
       "Pajoja varten on tehty ohjaajan käsikirja, 18 valmista pajarunkoa ja lainattava pelikonepaketti. Nämä halutaan "
       "säilyttää käytössä myös hankkeen jälkeen.")
p = kpl(d, "")
muutos(p, poistettu="Leppäveden kirjastotoimenjohtaja Paula Rinne vastaa pajojen jatkumisesta vuodesta 2027 alkaen. ",
       lisatty="Hankepäällikkö Tuomas Kivelä vastaa pajojen jatkon valmistelusta ja siitä, että käsikirja, pajarungot ja "
               "pelikonepaketit luovutetaan kirjastoille joulukuussa 2026. ", tekija="TK", pvm="2026-10-27T09:40:00Z")
kpl(d, "Hanketyöntekijät Elina Mäntylä ja Oskari Haapanen perehdyttävät marras–joulukuussa 2026 kirjastojen "
       "henkilökunnan pajojen vetämiseen. Perehdytykseen ja luovutukseen on varattu hankkeen viimeisiltä "
       "kuukausilta noin 30 prosenttia hanketyöntekijöiden työajasta sekä 3 500 euroa materiaaleihin ja "
       "pelikonepakettien huoltoon.")

kpl(d, "2 Miten kerromme muille?")
kpl(d, "Hanke levittää pajamallia muille kirjastoille. Ohjaajan käsikirja ja pajarungot julkaistaan Innokylässä ja "
       "hankkeen verkkosivuilla marraskuussa 2026. Hankepäällikkö esittelee mallin Kirjastopäivien seminaarissa "
       "ja nuorisotyön verkkokoulutuksessa joulukuussa 2026.")

kpl(d, "3 Mitä seuraavaksi?")
kpl(d, "Nuoret ovat toivoneet pajoihin pelien tekemistä eikä vain pelaamista. Hankepäällikkö kokoaa nämä "
       "jatkokehittämisen ideat loppuraporttiin, ja hanketiimi valmistelee niistä jatkohankkeen idean ennen hankkeen "
       "päättymistä.")
d.save("/tmp/batches/era-43/08_exit-suunnitelma_pelikyla.docx")
