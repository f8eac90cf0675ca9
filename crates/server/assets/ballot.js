// Running total on a knapsack ballot: as projects are ticked, it says what is left of the
// heading's amount, or by how much the ticked ones go over it, or (when the rules ask a
// least share of the amount) how much more they must spend to reach it. The ballot works without
// this script, and the server checks every ballot whether it ran or not.
(function () {
  "use strict";
  var lang = document.documentElement.lang || "en";

  function places(text) {
    var dot = String(text).indexOf(".");
    return dot < 0 ? 0 : String(text).length - dot - 1;
  }

  // An exact decimal as a whole number of 10^-p units, without floating-point sums.
  function units(text, p) {
    var parts = String(text).trim().split(".");
    var frac = (parts[1] || "");
    while (frac.length < p) frac += "0";
    return parseInt(parts[0] || "0", 10) * Math.pow(10, p) + (p ? parseInt(frac.slice(0, p), 10) : 0);
  }

  function written(n, p) {
    return (n / Math.pow(10, p)).toLocaleString(lang, {
      minimumFractionDigits: p,
      maximumFractionDigits: p
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[data-budget]"), function (form) {
    var out = form.querySelector(".running");
    var boxes = form.querySelectorAll("input[type=checkbox][data-cost]");
    if (!out) return;
    var p = places(form.getAttribute("data-budget"));
    Array.prototype.forEach.call(boxes, function (b) {
      p = Math.max(p, places(b.getAttribute("data-cost")));
    });
    var least = form.getAttribute("data-least");
    if (least) p = Math.max(p, places(least));
    var budget = units(form.getAttribute("data-budget"), p);
    var floor = least ? units(least, p) : 0;
    function update() {
      var spent = 0;
      Array.prototype.forEach.call(boxes, function (b) {
        if (b.checked) spent += units(b.getAttribute("data-cost"), p);
      });
      var left = budget - spent;
      var under = left >= 0 && spent < floor;
      var template = out.getAttribute(left < 0 ? "data-over" : under ? "data-under" : "data-left");
      var shown = under ? floor - spent : Math.abs(left);
      out.textContent = template.replace("{amount}", written(shown, p));
      out.classList.toggle("over", left < 0 || under);
    }
    form.addEventListener("change", update);
    out.hidden = false;
    update();
  });
})();
