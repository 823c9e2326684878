/* HTML-raportin yhteenveto: lajittelu otsikosta tai linkistä #lajittele=AVAIN[&suunta=nouseva|laskeva],
   jotta lajiteltu näkymä voidaan jakaa linkkinä. */
(function () {
  var table = document.getElementById("yhteenveto");
  if (!table) return;
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  lajiteltava(table, function (th, ascending) {
    history.replaceState(null, "", "#lajittele=" + th.dataset.avain + "&suunta=" + (ascending ? "nouseva" : "laskeva"));
  });
  var params = new URLSearchParams(location.hash.slice(1));
  var key = params.get("lajittele");
  var index = headers.findIndex(function (th) { return th.dataset.avain === key; });
  if (index >= 0) {
    var direction = params.get("suunta");
    lajitteleTaulukko(table, index, direction ? direction === "nouseva" : headers[index].dataset.numero !== "1");
  }
})();
