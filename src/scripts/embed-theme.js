// The embed pages' inline script, run before first paint like theme.js. It
// follows the host's `theme=light|dark` parameter (absent: the system's), never
// the reader's saved theme, and takes the parameter out of the address so the
// tool's link reader does not report it as an unknown setting.
(function () {
  var root = document.documentElement;
  root.classList.add("js");
  try {
    var url = new URL(location.href);
    var theme = url.searchParams.get("theme");
    if (theme === "light" || theme === "dark") root.dataset.theme = theme;
    if (url.searchParams.has("theme")) {
      url.searchParams.delete("theme");
      history.replaceState(history.state, "", url);
    }
  } catch (e) {}
})();
