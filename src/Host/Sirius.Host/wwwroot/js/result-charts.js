// Draws a chart above each table marked data-sirius-chart; the table stays as the accessible alternative.
(function () {
  'use strict';
  if (typeof window.Chart !== 'function') {
    return;
  }

  var colours = ['#000091', '#6a6af4', '#009081', '#c9191e', '#b34000', '#716043'];

  function number(cell) {
    return parseFloat(cell.textContent.replace(/\s/g, '').replace(',', '.')) || 0;
  }

  document.querySelectorAll('table[data-sirius-chart]').forEach(function (table) {
    var stacked = table.getAttribute('data-sirius-chart') === 'stacked';
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells, 1);
    var series = stacked ? headers : headers.slice(0, 1);
    var caption = table.caption ? table.caption.textContent : '';

    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', 'Graphique : ' + caption + '. Les valeurs sont dans le tableau qui suit.');
    var frame = document.createElement('div');
    frame.className = 'sirius-chart';
    frame.appendChild(canvas);
    var wrapper = table.closest('.fr-table') || table;
    wrapper.parentNode.insertBefore(frame, wrapper);

    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (row) { return row.cells[0].textContent.trim(); }),
        datasets: series.map(function (header, index) {
          return {
            label: header.textContent.trim(),
            data: rows.map(function (row) { return number(row.cells[index + 1]); }),
            backgroundColor: colours[index % colours.length]
          };
        })
      },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: stacked } },
        scales: { x: { stacked: stacked, beginAtZero: true }, y: { stacked: stacked } }
      }
    });
  });
})();
