// Registers the service worker (/sw.js, made by scripts/service-worker.mjs) on
// the site's own pages. Not in an embed: framed by another site, the worker
// would be kept apart for that site and serve no one.
//
// The pages require Trusted Types for script URLs, so the worker's URL goes
// through a policy that allows that one URL and nothing else.

interface ScriptUrlPolicy {
  createScriptURL(url: string): string;
}
interface TrustedTypesWindow {
  trustedTypes?: {
    createPolicy(
      name: string,
      rules: { createScriptURL(url: string): string },
    ): ScriptUrlPolicy;
  };
}

const WORKER = "/sw.js";

export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator) || window !== window.top) return;
  if (location.pathname.startsWith("/embed/")) return;
  const policy = (window as TrustedTypesWindow).trustedTypes?.createPolicy("handoff-sw", {
    createScriptURL: (url) => {
      if (url !== WORKER) throw new TypeError(`Not the service worker: ${url}`);
      return url;
    },
  });
  navigator.serviceWorker
    .register(policy ? policy.createScriptURL(WORKER) : WORKER)
    // Without a worker the site works as before, only not offline.
    .catch(() => {});
}
