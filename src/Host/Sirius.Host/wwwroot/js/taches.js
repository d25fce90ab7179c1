// While a job runs, refreshes the jobs table of /admin/taches every 5 seconds (progress, « en cours depuis »),
// and announces the end of a run once. Without this script the page's « Actualiser la page » link does the same.
(function () {
  'use strict';
  var table = document.getElementById('taches');
  var status = document.getElementById('taches-annonce');
  if (!table || !window.fetch || !window.DOMParser) {
    return;
  }

  function refresh() {
    if (table.getAttribute('data-en-cours') !== 'oui') {
      return;
    }

    fetch(window.location.pathname, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null) {
          return;
        }

        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('taches');
        if (!fresh) {
          return;
        }

        table.innerHTML = fresh.innerHTML;
        var stillRunning = fresh.getAttribute('data-en-cours');
        if (stillRunning !== 'oui' && status) {
          status.textContent = 'Plus aucune tâche en cours.';
        }

        table.setAttribute('data-en-cours', stillRunning);
      })
      .catch(function () { })
      .then(function () { window.setTimeout(refresh, 5000); });
  }

  window.setTimeout(refresh, 5000);
}());
