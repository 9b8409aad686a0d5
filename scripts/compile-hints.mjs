// V8 compiles a function the first time it is called, on the main thread:
// hydrating a tool calls hundreds of functions for the first time (Preact's
// diff, the stores, the views), and their compiling was half of the longest
// task after the first paint. A file that starts with the comment below is
// compiled whole, on a background thread, while it downloads (Chrome 136's
// explicit compile hints; other browsers ignore the comment). Measured on the
// scorecard, 10 loads each: the hydration task's median went from 22 to 12 ms
// and the script's tasks after the first paint from 110 to 73 ms in all.
//
// Only the chunks every load runs get the hint: compiling code nobody calls
// (a chart the reader never scrolls to) would only cost memory.

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/**
 * The chunks a chunk loads statically, itself included, and theirs in turn.
 * @param {string} fileName
 * @param {Record<string, { type: string, imports?: string[] }>} bundle
 * @param {Set<string>} [loaded]
 */
function staticClosure(fileName, bundle, loaded = new Set()) {
  if (loaded.has(fileName)) return loaded;
  loaded.add(fileName);
  const chunk = bundle[fileName];
  if (chunk?.type === "chunk")
    for (const imported of chunk.imports ?? []) staticClosure(imported, bundle, loaded);
  return loaded;
}

/**
 * The chunks a page loads before its islands hydrate: the entries and what
 * they import statically, not what they import on demand.
 * @param {Record<string, { type: string, isEntry: boolean, isDynamicEntry: boolean, imports: string[] }>} chunks
 */
export function chunksRunOnLoad(chunks) {
  const onLoad = new Set();
  for (const [fileName, chunk] of Object.entries(chunks))
    if (chunk.isEntry && !chunk.isDynamicEntry) staticClosure(fileName, chunks, onLoad);
  return onLoad;
}

/** @returns {import("vite").Plugin} */
export function compileHints() {
  return {
    name: "handoff:compile-hints",
    applyToEnvironment: (environment) => environment.name === "client",
    // Last: minifying would drop the comment, and Vite puts its table of
    // lazy-loaded files at the top of a chunk once the chunks are written. The
    // hint changes no chunk's meaning, so the names' hashes need not cover it.
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        const chunks = Object.fromEntries(
          Object.entries(bundle).flatMap(([fileName, output]) =>
            output.type === "chunk" ? [[fileName, output]] : [],
          ),
        );
        for (const fileName of chunksRunOnLoad(chunks)) {
          const chunk = chunks[fileName];
          if (chunk && !chunk.code.startsWith(COMPILE_HINT))
            chunk.code = COMPILE_HINT + chunk.code;
        }
      },
    },
  };
}
