/* Parannukset JavaScriptin kanssa; sivu toimii ilman tätäkin.
   - tulossivulla kohdistus siirtyy tulokseen, jotta ruudunlukija lukee sen ensimmäisenä
   - lähetettäessä kerrotaan, että tarkastus on käynnissä
   - usean asiakirjan yhteenvedon lajittelu ja suodatus */
(function () {
  "use strict";

  var heading = document.getElementById("tulos-otsikko");
  if (heading) heading.focus();

  var form = document.querySelector("form.lomake");
  if (form) {
    form.addEventListener("submit", function () {
      var files = document.getElementById("tiedosto").files.length;
      document.getElementById("lahetys-tila").textContent =
        files > 0 ? "Tarkastetaan " + files + (files === 1 ? " tiedosto" : " tiedostoa") + "… tämä voi kestää hetken." : "";
      form.querySelector("button[type=submit]").disabled = files > 0;
    });
  }

  var table = document.getElementById("yhteenvetotaulu");
  if (!table) return;
  var body = table.tBodies[0];
  lajiteltava(table);  // lajittelu.js, yhteinen HTML-raportin kanssa

  var filters = document.getElementById("suodattimet");
  var severity = document.getElementById("suodata-vakavuus");
  var kind = document.getElementById("suodata-tyyppi");
  var rule = document.getElementById("suodata-saanto");
  var status = document.getElementById("suodatus-tila");
  filters.hidden = false;

  function has(list, value) { return !value || (" " + list + " ").indexOf(" " + value + " ") >= 0; }

  function apply() {
    var shown = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      var card = document.getElementById(row.dataset.kortti);
      var visible = has(card.dataset.vakavuudet, severity.value) && (!kind.value || card.dataset.tyyppi === kind.value) &&
        has(card.dataset.saannot, rule.value);
      row.hidden = !visible;
      card.hidden = !visible;
      if (visible) shown += 1;
    });
    status.textContent = "Näytetään " + shown + " / " + body.rows.length + " asiakirjaa.";
  }
  [severity, kind, rule].forEach(function (select) { select.addEventListener("change", apply); });
})();
