// Suggests communes of the reference data in the commune field's <datalist> as the user types.
// Progressive enhancement: without this script the form still works (the server resolves the name typed).
(function () {
  'use strict';
  var input = document.getElementById('commune');
  var list = document.getElementById('communes-suggestions');
  if (!input || !list || !window.fetch) {
    return;
  }

  var timer = null;
  var last = '';
  input.addEventListener('input', function () {
    var text = input.value.trim();
    if (text.length < 2 || text === last || /\(\d{5}\)$/.test(text)) {
      return;
    }

    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      last = text;
      fetch(input.getAttribute('data-suggestions') + '?q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (communes) {
          list.textContent = '';
          communes.forEach(function (commune) {
            var option = document.createElement('option');
            option.value = commune.name + ' (' + commune.postalCode + ')';
            list.appendChild(option);
          });
        })
        .catch(function () { /* suggestions are a convenience: the form still works */ });
    }, 200);
  });
})();
