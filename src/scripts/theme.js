// The theme: the system's (the default), light or dark. A choice is remembered
// and applied here, in <head>, before the first paint. The header's button
// steps through the three, shows the current one and, after a press, says it
// in a polite live region, since a button's new name is not always announced.
(function () {
  var root = document.documentElement;
  var key = "handoff-theme";
  var modes = ["system", "light", "dark"];
  var names = { system: "System", light: "Light", dark: "Dark" };
  var icons = { system: "◐", light: "☀", dark: "☾" };
  var mode = "system";
  root.classList.add("js");
  try {
    var saved = localStorage.getItem(key);
    if (saved === "light" || saved === "dark") mode = saved;
  } catch (e) {}
  function apply() {
    if (mode === "system") delete root.dataset.theme;
    else root.dataset.theme = mode;
  }
  function sync(announce) {
    var buttons = document.querySelectorAll("[data-theme-toggle]");
    for (var i = 0; i < buttons.length; i++) {
      var button = buttons[i];
      button.setAttribute("aria-label", "Theme: " + names[mode]);
      button.querySelector("[data-theme-name]").textContent = names[mode];
      button.querySelector("[data-theme-icon]").textContent = icons[mode];
    }
    var status = document.querySelector("[data-theme-status]");
    if (announce && status)
      status.textContent =
        "Theme: " + names[mode] + (mode === "system" ? ", as your device is set" : "");
  }
  apply();
  document.addEventListener("DOMContentLoaded", function () {
    sync(false);
  });
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!target || !target.closest || !target.closest("[data-theme-toggle]")) return;
    mode = modes[(modes.indexOf(mode) + 1) % modes.length];
    apply();
    try {
      if (mode === "system") localStorage.removeItem(key);
      else localStorage.setItem(key, mode);
    } catch (e) {}
    sync(true);
  });
})();
