// Live preview for `agendum serve --watch` only; never part of a published site.
// Waits for the next build: reloads after a good one, shows the problems after a bad one.
(function () {
  "use strict";
  var version = -1;
  var overlay = null;

  function showErrors(lines) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.setAttribute("role", "alert");
      overlay.id = "agendum-live-errors";
      var s = overlay.style;
      s.position = "fixed"; s.inset = "0"; s.zIndex = "2147483647"; s.overflow = "auto";
      s.background = "rgba(20, 20, 20, 0.92)"; s.color = "#fff"; s.padding = "2rem";
      s.font = "14px/1.5 monospace"; s.whiteSpace = "pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "The last change was not published; the page below is the last good build.\n\n"
        + lines.join("\n");
  }

  function poll() {
    fetch("/_live?since=" + version, { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (state) {
        var first = version < 0;
        var changed = state.version !== version;
        version = state.version;
        if (state.errors.length > 0) {
          showErrors(state.errors);
        } else if (changed && !first) {
          location.reload();
          return;
        }
        poll();
      })
      .catch(function () { setTimeout(poll, 1000); }); // server restarting: try again
  }

  poll();
})();
