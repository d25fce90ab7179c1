// Sirius widget loader: <div data-sirius-formation="CFD"></div> or <div data-sirius-etablissement="SIRET ou UAI"></div>.
// Inserts the Sirius iframe and resizes it from the height the iframe posts. No dependencies.
// An unknown code shows Sirius's French message inside the frame; « Voir plus de témoignages » pages inside it.
(function () {
  "use strict";
  var script = document.currentScript;
  var origin = script ? new URL(script.src).origin : "";
  var frames = {};
  function insert(div, subject, code) {
    if (!code || div.getAttribute("data-sirius-ready")) return;
    div.setAttribute("data-sirius-ready", "1");
    var name = "sirius-" + Math.random().toString(36).slice(2);
    var frame = document.createElement("iframe");
    frame.src = origin + "/widget/" + subject + "/" + encodeURIComponent(code.trim());
    frame.name = name;
    frame.title = "Témoignages d’apprentis (Sirius)";
    frame.loading = "lazy";
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.height = "200px";
    frames[name] = frame;
    div.appendChild(frame);
  }
  function scan() {
    var divs = document.querySelectorAll("[data-sirius-formation],[data-sirius-etablissement]");
    for (var i = 0; i < divs.length; i++) {
      var div = divs[i];
      if (div.hasAttribute("data-sirius-formation")) insert(div, "formation", div.getAttribute("data-sirius-formation"));
      else insert(div, "etablissement", div.getAttribute("data-sirius-etablissement"));
    }
  }
  window.addEventListener("message", function (event) {
    var data = event.data;
    // Only Sirius's own frames may size themselves: the message must come from Sirius's origin and from that very frame.
    if (event.origin !== origin || !data || data.type !== "sirius-widget-height") return;
    var frame = frames[data.name];
    if (frame && event.source === frame.contentWindow && typeof data.height === "number" && data.height > 0 && data.height < 20000) frame.style.height = Math.ceil(data.height) + "px";
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan);
  else scan();
})();
