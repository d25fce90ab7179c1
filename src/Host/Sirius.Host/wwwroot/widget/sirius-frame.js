// Tells the partner page that frames this widget how tall it is, so that the loader can size the iframe.
(function () {
  "use strict";
  function post() {
    var height = document.documentElement.scrollHeight;
    window.parent.postMessage({ type: "sirius-widget-height", name: window.name, height: height }, "*");
  }
  window.addEventListener("load", post);
  window.addEventListener("resize", post);
  post();
})();
