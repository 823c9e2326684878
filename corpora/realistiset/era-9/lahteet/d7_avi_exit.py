# 7: AVI:n liikunta-avustuksella toteutetun hankkeen exit-suunnitelma (.docx), tekstiruutu + muutosten jäljitys.
# Aukot: jatkon omistaja on vain poistetussa tekstissä (w:del) -> muuten passiivi/"kaikki yhdessä";
# jälkiseurantaa ei ole. Juurruttamisen resurssit ovat VAIN tekstiruudussa.
import os
from yhteiset import *
NAME = '07_avi_liikkuva_iltapaiva_exit'
d = new_doc()
bold(d, 'LIIKKUVA ILTAPÄIVÄ – EXIT-SUUNNITELMA')
para(d, 'Järvelän kunta, sivistyspalvelut | Etelä-Suomen aluehallintoviraston liikunnan kehittämisavustus | Hanke 1.1.2025–31.12.2026 | Luonnos 3.3.2026')
para(d, 'Hankkeessa kehitettiin 1.–4.-luokkalaisten iltapäivätoimintaan liikkumista lisäävä toimintamalli kolmessa koulussa yhdessä paikallisten urheiluseurojen kanssa. Tämä suunnitelma kuvaa, miten toimintamalli jää käyttöön, miten siitä kerrotaan muille ja miten työtä jatketaan hankkeen päätyttyä.')
bold(d, '1) Mikä jää pysyväksi?')
for t in [
 'Hankkeen aikana syntyivät iltapäivätoiminnan liikuntavuorot ("liikkari" kahdesti viikossa), seurojen ohjaajien kiertävä vuorolista sekä ohjaajien liikuntaleikkipankki. Tavoitteena on, että liikkarit ovat vakiintunut osa kaikkien kolmen koulun iltapäivätoimintaa syksystä 2027 alkaen ja että ne laajennetaan Kirkonkylän ja Ahonperän lisäksi myös Västilän kouluun.',
 'Käyttöönoton pohjaksi kirjoitetaan toimintamallin kuvaus ja iltapäivätoiminnan vuosikelloon lisätään kohta, jossa seurojen vuorolista sovitaan elokuussa. Ohjaajien perehdytys liikuntaleikkipankin käyttöön lisätään iltapäivätoiminnan uusien ohjaajien perehdytyskansioon.',
]: para(d, t)
textbox(d, [
 'Resurssit siirtovaiheeseen:',
 'Syyslukukaudella 2026 hankekoordinaattorin työajasta 40 % käytetään toimintamallin kuvaamiseen, perehdytysmateriaaliin ja seurojen ohjaajien kouluttamiseen. Lisäksi hankkeen budjetista on varattu 3 500 euroa liikuntavälineisiin, jotka jäävät kouluille.',
], lead='')
tracked(d, [('n', 'Toimintamallin jatkamisesta sovitaan hankkeen loppuvaiheessa, ja '),
            ('d', 'jatkosta vastaa vapaa-aikapalveluiden liikuntakoordinaattori Jari Mäntylä yhdessä iltapäivätoiminnan vastaavan ohjaajan kanssa.'),
            ('i', 'toiminnan jatkuvuudesta huolehditaan yhdessä koulujen, seurojen ja iltapäivätoiminnan kesken.')])
bold(d, '2) Miten kerromme mallista muille?')
for t in [
 'Toimintamallin kuvaus ja liikuntaleikkipankki julkaistaan kunnan verkkosivuilla ja Liikkuva koulu -verkoston materiaalipankissa. Esittelemme mallin Etelä-Suomen liikunnan aluejärjestön koulutuspäivillä marraskuussa 2026 sekä naapurikuntien iltapäivätoiminnan ohjaajien verkostotapaamisessa.',
 'Huoltajille kerrotaan liikkareista Wilma-tiedotteella lukuvuoden alussa, ja seuroille malli esitellään seurailtana.',
]: para(d, t)
bold(d, '3) Jatkokehittäminen')
for t in [
 'Jatkossa on tarkoitus kehittää liikkareihin myös erityistä tukea tarvitseville lapsille soveltuvia leikkejä ja selvittää, voisiko malli toimia myös 5.–6.-luokkalaisten kerhotoiminnassa. Jatkokehittämiseen haetaan tarvittaessa uutta avustusta vuonna 2027.',
 'Kaikki osapuolet sitoutuvat yhdessä siihen, että hyvä toiminta ei lopu hankkeen mukana.',
]: para(d, t)
d.save(os.path.join(OUT, NAME + '.docx'))
expected(NAME, 'exit-suunnitelma', [
 {"rule": "exit.ei-omistajaa"},
 {"rule": "exit.ei-seurantaa"},
])
