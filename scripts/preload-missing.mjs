// When a tool loads a part on demand (a shared link's codec, the chart), Vite's
// helper adds a <link rel="modulepreload"> for every chunk that part needs, so
// they download side by side rather than one after another. Its list includes
// the chunks the importing code has itself already loaded (Preact, the
// stores): a few hundred bytes of file names in every tool's code, and on the
// calculator's start four links appended to the page, about 8 ms of the first
// task after hydration on this machine. This plugin keeps in each list only
// what is not loaded yet: the part's own chunks that the importer lacks.

/**
 * The chunks a chunk loads statically, itself included, and theirs in turn.
 * @param {string} fileName
 * @param {Record<string, { type: string, imports?: string[] }>} bundle
 * @param {Set<string>} [loaded]
 */
export function staticClosure(fileName, bundle, loaded = new Set()) {
  if (loaded.has(fileName)) return loaded;
  loaded.add(fileName);
  const chunk = bundle[fileName];
  if (chunk?.type === "chunk")
    for (const imported of chunk.imports ?? []) staticClosure(imported, bundle, loaded);
  return loaded;
}

/**
 * The dependencies worth preloading for a lazy import of `fileName` from the
 * chunk `hostId`: those the host has not loaded, without the imported chunk
 * itself (the import fetches it anyway).
 * @param {string} fileName
 * @param {string[]} deps
 * @param {string} hostId
 * @param {Record<string, { type: string, imports?: string[] }>} bundle
 */
export function missingDependencies(fileName, deps, hostId, bundle) {
  const loaded = staticClosure(hostId, bundle);
  return deps.filter((dep) => dep !== fileName && !loaded.has(dep));
}

// Adds each missing chunk once, as the browser would have found it.
/** @param {string} base the site's base path, e.g. "/" */
const smallHelper = (base) => `const added = new Set();
export const __vitePreload = (load, deps) => {
  for (const dep of deps || []) {
    if (added.has(dep)) continue;
    added.add(dep);
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = ${JSON.stringify(base)} + dep;
    document.head.append(link);
  }
  return load();
};`;

/**
 * Whether a built chunk lists a stylesheet among the files its lazy imports
 * preload (the table Vite writes at the top of the chunk).
 * @param {string} code
 */
export const loadsStylesheetOnDemand = (code) =>
  /__vite__mapDeps=[^;]*?\.css"/.test(code);

/** @returns {import("vite").Plugin} */
export function preloadOnlyMissing() {
  /** @type {Record<string, { type: string, imports?: string[] }>} */
  let bundle = {};
  let base = "/";
  return {
    name: "handoff:preload-only-missing",
    // Astro sets the build's modulePreload after the user's Vite config, so
    // the client environment's is set here.
    configEnvironment: (name) =>
      name === "client"
        ? {
            build: {
              modulePreload: {
                polyfill: false,
                resolveDependencies: (fileName, deps, { hostId }) =>
                  missingDependencies(fileName, deps, hostId, bundle),
              },
            },
          }
        : undefined,
    // Vite's own helper also covers stylesheets, relative bases and a
    // preload-error event, none of which this site uses; this one is a third
    // of its size. Vite builds its helper as this module and names it thus.
    transform: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler: () => ({ code: smallHelper(base), map: null }),
    },
    configResolved: (config) => void (base = config.base),
    generateBundle: {
      order: "pre",
      handler(_options, output) {
        bundle = output;
      },
    },
    // The small helper only preloads scripts. A lazily loaded part that
    // imported a stylesheet would get no styles from it, so the build stops.
    writeBundle(_options, output) {
      for (const chunk of Object.values(output))
        if (chunk.type === "chunk" && loadsStylesheetOnDemand(chunk.code))
          this.error(
            `${chunk.fileName} loads a stylesheet on demand, which the preload helper ` +
              "in scripts/preload-missing.mjs does not: import the CSS from the page's " +
              "Astro component instead.",
          );
    },
  };
}
