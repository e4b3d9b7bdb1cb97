// The article body's embeds: each is a placeholder with a link to the original, and nothing is
// loaded from the provider until the reader clicks "Afficher le contenu". The frame's address
// comes from the server (kiosque.content.body.EmbedProvider); the content policy's frame-src
// allows those hosts only.
(function () {
  var boxes = document.querySelectorAll(".embed-placeholder[data-frame]");
  Array.prototype.forEach.call(boxes, function (box) {
    var button = box.querySelector("button.embed-load");
    var src = box.getAttribute("data-frame") || "";
    if (!button || src.indexOf("https://") !== 0) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.src = src;
      frame.title = box.getAttribute("data-title") || "";
      frame.className = "embed-frame";
      frame.setAttribute("allow", "encrypted-media; picture-in-picture; fullscreen");
      frame.setAttribute("allowfullscreen", "");
      frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
      frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-presentation");
      box.replaceWith(frame);
      frame.focus();
    });
  });
})();
