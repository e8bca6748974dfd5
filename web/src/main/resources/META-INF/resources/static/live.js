// Live updates for pages that carry data-stream: the cases-service stream (Server-Sent Events) says that something
// changed; the page fetches its own server-rendered fragment again and swaps it in. Without JavaScript, or without
// EventSource, the page simply stays as it was rendered.
(function () {
  "use strict";
  var body = document.body;
  var stream = body.getAttribute("data-stream");
  if (!stream || !window.EventSource || !window.fetch) {
    return;
  }

  function announce(text) {
    var status = document.getElementById("meddelelse");
    if (status && text) {
      status.textContent = "";
      window.setTimeout(function () { status.textContent = text; }, 50);
    }
  }

  // A burst of events (a backfill, a whole meeting's decisions) asks for one fetch, not one per event.
  var pending = null;
  function refreshSoon(announcement) {
    if (pending === null) {
      pending = window.setTimeout(function () {
        pending = null;
        refresh(announcement);
      }, 300);
    }
  }

  function refresh(announcement) {
    var target = document.getElementById(body.getAttribute("data-target"));
    if (!target) {
      return;
    }
    fetch(body.getAttribute("data-refresh"), { headers: { "Accept": "text/html" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html) {
          target.outerHTML = html;
          announce(announcement);
        }
      })
      .catch(function () { /* the next event or interval tries again */ });
  }

  function logEvent(event) {
    var log = document.getElementById(body.getAttribute("data-log"));
    if (!log) {
      return;
    }
    var line = document.createElement("li");
    var text = new Date().toLocaleTimeString("da-DK") + "  " + event.type + "  ";
    try {
      var payload = JSON.parse(event.data);
      text += (payload.caseNumber || "") + (payload.revision ? "  revision " + payload.revision : "")
        + (payload.deleted ? "  slettet" : "");
    } catch (notJson) {
      text += event.data;
    }
    line.textContent = text;
    log.insertBefore(line, log.firstChild);
    while (log.children.length > 50) {
      log.removeChild(log.lastChild);
    }
  }

  var source = new EventSource(stream);
  window.sagssporStream = source; // for a test to see that the stream is open
  source.addEventListener("case-updated", function (event) {
    logEvent(event);
    refreshSoon(body.getAttribute("data-announce"));
  });

  var every = parseInt(body.getAttribute("data-every") || "0", 10);
  if (every > 0) {
    window.setInterval(function () { refresh(null); }, every);
  }
})();
