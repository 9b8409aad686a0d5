// The site's own client directive (src/scripts/after-paint-directive.ts).
declare global {
  namespace Astro {
    interface ClientDirectives {
      /** Hydrate once the page has painted its first frame. */
      "client:afterpaint"?: boolean;
    }
  }
}

export {};
