// The API documentation page comes from a package whose HTML names no language and whose code samples scroll
// without being reachable by keyboard: this says the page is French and lets each sample take the focus.
(function () {
  "use strict";
  document.documentElement.lang = "fr";
  function focusable() {
    var samples = document.querySelectorAll("pre:not([tabindex]), code[class*='language-']:not([tabindex])");
    for (var i = 0; i < samples.length; i++) samples[i].setAttribute("tabindex", "0");
  }
  new MutationObserver(focusable).observe(document.documentElement, { childList: true, subtree: true });
  focusable();
})();
