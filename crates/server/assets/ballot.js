// Running total on a knapsack ballot: as projects are ticked, it says what is left of the
// heading's amount, or by how much the ticked ones go over it. The ballot works without
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
    var budget = units(form.getAttribute("data-budget"), p);
    function update() {
      var spent = 0;
      Array.prototype.forEach.call(boxes, function (b) {
        if (b.checked) spent += units(b.getAttribute("data-cost"), p);
      });
      var left = budget - spent;
      var template = out.getAttribute(left < 0 ? "data-over" : "data-left");
      out.textContent = template.replace("{amount}", written(Math.abs(left), p));
      out.classList.toggle("over", left < 0);
    }
    form.addEventListener("change", update);
    out.hidden = false;
    update();
  });
})();
