// Tells the partner page that frames this widget how tall it is, whenever that changes (a page of testimonies, a
// thank-you note, a narrower window), so that the loader sizes the iframe to its content.
(function () {
  "use strict";
  if (window.parent === window) return;
  var last = 0;
  function post() {
    // The body's own height, not the document's scroll height: that one never falls below the frame's current height,
    // so the frame could grow but never shrink back (a shorter page of testimonies).
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "sirius-widget-height", name: window.name, height: height }, "*");
  }
  window.addEventListener("load", post);
  window.addEventListener("resize", post);
  if (window.ResizeObserver) new ResizeObserver(post).observe(document.body);
  post();
})();
