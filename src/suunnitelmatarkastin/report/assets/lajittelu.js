/* Taulukon lajittelu sarakkeen data-arvo-arvojen mukaan; yhteinen HTML-raportille ja verkkosivulle.
   Tyhjät arvot jäävät loppuun, numerosarakkeet (data-numero="1") lajitellaan lukuina, muut suomeksi. */
function lajitteleTaulukko(table, index, ascending) {
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var numeric = headers[index].dataset.numero === "1";
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  rows.sort(function (a, b) {
    var x = a.cells[index].dataset.arvo, y = b.cells[index].dataset.arvo;
    if (x === "" || y === "") return (x === "") - (y === "");
    var order = numeric ? Number(x) - Number(y) : x.localeCompare(y, "fi");
    return ascending ? order : -order;
  });
  rows.forEach(function (row) { body.appendChild(row); });
  headers.forEach(function (th, i) {
    if (i === index) th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    else th.removeAttribute("aria-sort");
  });
}

/* Otsikoista painikkeet (vain JavaScriptin kanssa, koska ilman sitä ne eivät tekisi mitään). Luvut
   lajitellaan ensin suurimmasta (eniten virheitä ensin), teksti A–Ö. `kunLajiteltu(th, nouseva)`
   kutsutaan jokaisen napsautuksen jälkeen. */
function lajiteltava(table, kunLajiteltu) {
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  headers.forEach(function (th, index) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    button.title = "Lajittele sarakkeen mukaan";
    th.textContent = "";
    th.appendChild(button);
    button.addEventListener("click", function () {
      var current = th.getAttribute("aria-sort");
      var ascending = current ? current !== "ascending" : th.dataset.numero !== "1";
      lajitteleTaulukko(table, index, ascending);
      if (kunLajiteltu) kunLajiteltu(th, ascending);
    });
  });
}
