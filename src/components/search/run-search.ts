// The search page's behaviour: query from the form or ?q=, Pagefind loaded on
// first use, results rendered with text nodes only. Debounced so typing stays smooth.
import { excerptParts } from "~/lib/search/excerpt-parts";

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface Fragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: SubResult[];
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<Fragment> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once; the path is built at run time so the bundler leaves it alone. */
function loadPagefind(): Promise<Pagefind> {
  const path = "/pagefind/pagefind.js";
  pagefind ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).catch((error) => {
    // Try again on the next search (the connection may be back by then).
    pagefind = undefined;
    throw error;
  });
  return pagefind;
}

function excerpt(html: string): HTMLParagraphElement {
  const p = document.createElement("p");
  for (const part of excerptParts(html)) {
    const node = part.marked
      ? document.createElement("mark")
      : document.createElement("span");
    node.textContent = part.text;
    p.append(node);
  }
  return p;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement("a");
  a.href = href;
  a.textContent = text;
  return a;
}

function resultItem(fragment: Fragment): HTMLLIElement {
  const li = document.createElement("li");
  const h2 = document.createElement("h2");
  h2.append(link(fragment.url, fragment.meta["title"] ?? fragment.url));
  li.append(h2);
  const sections = fragment.sub_results
    .filter((sub) => sub.url !== fragment.url)
    .slice(0, 3);
  if (sections.length === 0) {
    li.append(excerpt(fragment.excerpt));
    return li;
  }
  const list = document.createElement("ul");
  for (const sub of sections) {
    const item = document.createElement("li");
    item.append(link(sub.url, sub.title), excerpt(sub.excerpt));
    list.append(item);
  }
  li.append(list);
  return li;
}

/** Wires the search form on /search/. */
export function runSearch(): void {
  const form = document.querySelector<HTMLFormElement>("form.search");
  const input = document.querySelector<HTMLInputElement>("#q");
  const status = document.querySelector<HTMLElement>("#search-status");
  const list = document.querySelector<HTMLOListElement>("#search-results");
  if (!form || !input || !status || !list) return;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function search(query: string) {
    const ticket = ++latest;
    const trimmed = query.trim();
    const url = new URL(location.href);
    if (trimmed) url.searchParams.set("q", trimmed);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (!trimmed) {
      list!.replaceChildren();
      status!.textContent = "";
      return;
    }
    status!.textContent = "Searching…";
    try {
      const { results } = await (await loadPagefind()).search(trimmed);
      const fragments = await Promise.all(results.slice(0, 10).map((r) => r.data()));
      if (ticket !== latest) return;
      list!.replaceChildren(...fragments.map(resultItem));
      status!.textContent =
        results.length === 0
          ? `Nothing matches “${trimmed}”. Try a shorter or different word.`
          : `${results.length} ${results.length === 1 ? "page matches" : "pages match"} “${trimmed}”.`;
    } catch {
      // Most often the reader is offline: the guides and tools work without a
      // connection (the service worker keeps them), the search index is not
      // kept (scripts/service-worker.mjs). The browser cannot tell us which.
      if (ticket === latest)
        status!.textContent =
          "Search could not reach its index, which needs a connection: it is not kept for offline use. The guides and tools you have opened before still work offline. Try again once you are online.";
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void search(input.value);
  });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value), 200);
  });
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    void search(initial);
  }
}
