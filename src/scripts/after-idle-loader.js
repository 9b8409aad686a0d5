// Appended to both inline theme scripts (theme-script.mjs): once the page has
// loaded and the browser is idle, load /after-idle.js, which keeps a page
// working across a deploy and registers the service worker. Nothing of it
// counts against a page's first load, and it costs the inline script about
// 50 bytes of gzip. A failed load (offline before the first visit) is not an
// error the reader can act on.
addEventListener("load", function () {
  (window.requestIdleCallback || setTimeout)(function () {
    import("/after-idle.js").catch(function () {});
  });
});
