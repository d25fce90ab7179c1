// Draws a chart above each data table marked with data-chart, from the table's own cells: the table stays the
// accessible source of the figures, the canvas is an image described as such.
(function () {
  "use strict";
  if (typeof Chart === "undefined") {
    return;
  }

  var colours = ["#000091", "#c9191e", "#18753c", "#b34000", "#6a6af4"];
  document.querySelectorAll("[data-chart]").forEach(function (holder) {
    var table = document.getElementById(holder.getAttribute("data-chart-for"));
    // Drawn once even when a page and one of its parts both load this script.
    if (!table || holder.querySelector("canvas")) {
      return;
    }

    var headers = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) { return th.textContent.trim(); });
    var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
    var labels = rows.map(function (row) { return row.querySelector("th").textContent.trim(); });
    // A table of shares charts its percentages only: counts and percentages do not share an axis.
    var shares = headers.some(function (header) { return /\(%\)$/.test(header); });
    var datasets = [];
    for (var column = 1; column < headers.length; column++) {
      if (shares && !/\(%\)$/.test(headers[column])) {
        continue;
      }

      var values = rows.map(function (row) {
        var cell = row.children[column];
        return cell && cell.getAttribute("data-value") !== "" ? Number(cell.getAttribute("data-value")) : null;
      });
      datasets.push({ label: headers[column], data: values, backgroundColor: colours[(column - 1) % colours.length], borderColor: colours[(column - 1) % colours.length] });
    }

    var canvas = document.createElement("canvas");
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", "Graphique\u202F: " + table.querySelector("caption").textContent.trim() + ". Les données figurent dans le tableau qui suit.");
    holder.appendChild(canvas);
    new Chart(canvas, { type: holder.getAttribute("data-chart"), data: { labels: labels, datasets: datasets }, options: { responsive: true, animation: false } });
  });
})();
