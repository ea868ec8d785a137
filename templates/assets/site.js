/*
 * Progressive enhancement only: every page works without this script.
 * Register filters: a [data-filter-for] box (hidden in the HTML) filters its table's rows by
 * text and by data-status, and says how many rows are shown.
 */
(function () {
  "use strict";
  document.querySelectorAll("[data-filter-for]").forEach(function (box) {
    var table = document.getElementById(box.getAttribute("data-filter-for"));
    if (!table) { return; }
    var text = box.querySelector("[data-filter-text]");
    var status = box.querySelector("[data-filter-status]");
    var count = box.querySelector("[data-filter-count]");
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    function apply() {
      var words = (text.value || "").toLowerCase().split(/\s+/).filter(Boolean);
      var wanted = status.value;
      var shown = 0;
      rows.forEach(function (row) {
        var hay = row.textContent.toLowerCase();
        var ok = (!wanted || row.getAttribute("data-status") === wanted) &&
          words.every(function (w) { return hay.indexOf(w) >= 0; });
        row.hidden = !ok;
        if (ok) { shown++; }
      });
      count.textContent = shown === rows.length ? "Showing all " + rows.length + " decisions"
        : "Showing " + shown + " of " + rows.length + " decisions";
    }
    text.addEventListener("input", apply);
    status.addEventListener("change", apply);
    box.hidden = false;
    apply();
  });
})();
