"""07 Ruotsinkielinen projektplan (STEA) – tarkoitettu tyyppi hankesuunnitelma, löydös vain asiakirja.kieli."""
import sys; sys.path.insert(0, __file__.rsplit('/', 1)[0])
from apu import *
OUT = sys.argv[1]
d = Document()
d.add_heading("Projektplan: Grannskapskaffet – mötesplatser mot ensamhet i skärgården", 0)
d.add_paragraph("Kustnejdens hälsoförening rf · ansökan om understöd från STEA för 2026–2028 · utkast 2 (10.5.2025)")
bold_line(d, "Bakgrund och behov")
d.add_paragraph(
 "I skärgårdskommunerna Strandby och Västerö bor drygt 6 800 invånare, av vilka 31 % är över 65 år. I vår "
 "enkät hösten 2024 (n = 244) uppgav var fjärde äldre att de känner sig ensamma ofta eller alltid. Byabutikerna "
 "och postkontoren har stängt, och de naturliga mötesplatserna har försvunnit. Samtidigt finns det många "
 "pensionärer som gärna vill göra frivilligt arbete om någon organiserar det.")
bold_line(d, "Mål")
d.add_paragraph(
 "Vårt mål är att äldre i skärgården ska ha en mötesplats inom rimligt avstånd minst en gång i veckan. "
 "Vi vill också att frivilliga värdar tar ansvar för kaffestugorna, så att verksamheten inte hänger på projektets "
 "anställda. Ett tredje mål är att kommunernas äldreomsorg och föreningen samarbetar kring att hitta de äldre som "
 "inte själva söker sig till verksamheten.")
bold_line(d, "Målgrupp")
d.add_paragraph("Hemmaboende personer över 65 år i Strandby och Västerö (cirka 2 100 personer), särskilt de som bor ensamma, samt cirka 40 frivilliga värdar.")
bold_line(d, "Åtgärder och tidsplan")
d.add_paragraph(
 "Projektet pågår 1.1.2026–31.12.2028. Under våren 2026 öppnas fyra Grannskapskaffen i byagårdar och "
 "församlingshem; hösten 2026 tillkommer två till. Frivilliga värdar utbildas i två omgångar per år. "
 "Hemvårdens personal och församlingens diakoni tipsar äldre som kan ha nytta av kaffet, och för dem som saknar "
 "skjuts ordnas samåkning. Under 2027 testas digitala kaffestunder via surfplatta för dem som bor på öar utan "
 "fast förbindelse.")
bold_line(d, "Resurser")
d.add_paragraph("Budgeten är 214 500 euro för tre år, varav löner för en projektkoordinator (100 %) 168 000 euro. Föreningens självfinansiering är 10 %.")
bold_line(d, "Uppföljning och utvärdering")
d.add_paragraph(
 "Vi räknar besökare och frivilliga varje månad. Besökarna svarar på en kort enkät om ensamhet (UCLA-3) vid "
 "start och efter ett år. Frivilliga intervjuas i fokusgrupper 2027 och 2028. Självvärdering görs i "
 "styrgruppen varje halvår.")
bold_line(d, "Resultat och fortsättning")
d.add_paragraph(
 "Redan i ansökningsskedet har Strandby kommuns äldreråd och Västerö församling förbundit sig att upplåta "
 "lokaler också efter projektet. Från och med 2029 ansvarar föreningens verksamhetsledare Ann-Christin Holm "
 "för att kaffestugorna fortsätter som en del av föreningens ordinarie frivilligverksamhet. Modellen beskrivs "
 "i Innokylä och presenteras på Finlandssvenska äldrerådens seminarium 2028.")
bold_line(d, "Risker")
d.add_paragraph("Den största risken är att frivilliga tröttnar. Vi motverkar det genom att varje kaffe har minst tre värdar och genom en årlig tackfest.")
bold_line(d, "Kommunikation och organisation")
d.add_paragraph("Information sprids via lokaltidningen Skärgårdsposten, föreningens webbplats, församlingsbladet och anslagstavlor i byarna. Styrgruppen består av föreningens ordförande, äldreomsorgschefen i Strandby, kyrkoherden i Västerö och två frivilliga.")
d.save(OUT)
