// Live journal on the home page: new events arrive over Server-Sent Events and are put
// on top of the list. The page works without this script; it only saves a reload.
(function () {
  "use strict";
  var box = document.getElementById("live-journal");
  if (!box || !window.EventSource) return;
  var after = box.getAttribute("data-after") || "0";
  var source = new EventSource("/api/v1/activity/stream?after=" + encodeURIComponent(after));
  source.addEventListener("journal", function (msg) {
    var e;
    try { e = JSON.parse(msg.data); } catch (_) { return; }
    var list = box.querySelector("ol.events");
    if (!list) {
      var empty = box.querySelector(".empty");
      if (empty) empty.remove();
      list = document.createElement("ol");
      list.className = "events";
      box.appendChild(list);
    }
    var li = document.createElement("li");
    li.className = "event fresh";
    li.id = "event-" + e.seq;
    // The page's language writes the time, the server the words.
    var lang = document.documentElement.lang || "en";
    var time = document.createElement("time");
    var at = new Date(e.at);
    time.dateTime = at.toISOString();
    time.title = at.toLocaleString(lang);
    time.textContent = window.Intl && Intl.RelativeTimeFormat
      ? new Intl.RelativeTimeFormat(lang, { numeric: "auto" }).format(0, "second")
      : time.title;
    var verb = document.createElement("span");
    verb.className = "verb verb-" + e.verb;
    verb.textContent = e.verb_text || e.verb;
    var link = document.createElement("a");
    link.href = e.object_url;
    link.textContent = e.line || e.summary;
    li.append(time, " ", verb, " ", link);
    list.insertBefore(li, list.firstChild);
    while (list.children.length > 30) list.removeChild(list.lastChild);
  });
})();
