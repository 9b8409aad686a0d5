// The build step that leaves each page's CSP with the hashes of its own inline
// code only (scripts/page-csp.mjs).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addInlineStyleHashes, trimCspHashes } from "../../../scripts/page-csp.mjs";

const hash = (text: string) =>
  `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

const THEME = "document.documentElement.classList.add('js')";
const ISLAND = "(()=>{self.Astro={}})();";
const STYLE = ":root{color-scheme:light dark}";
const OTHER_PAGE_STYLE = ".hero{font-size:2rem}";
const DIRECTIVE = "(()=>{window.visible=1})();";

const page = (policy: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"><style>${STYLE}</style><script>${THEME}</script></head><body>${body}</body></html>`;

const policyOf = (html: string) =>
  /http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];

describe("trimCspHashes", () => {
  it("keeps the hashes of the page's own inline scripts and styles and drops the rest", () => {
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(THEME)} ${hash(DIRECTIVE)} ${hash(ISLAND)}; style-src 'self' ${hash(OTHER_PAGE_STYLE)} ${hash(STYLE)};`;
    const html = page(policy, `<script>${ISLAND}</script><p>Text</p>`);
    expect(policyOf(trimCspHashes(html))).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(THEME)} ${hash(ISLAND)}; style-src 'self' ${hash(STYLE)};`,
    );
  });

  it("changes nothing but the policy", () => {
    const policy = `script-src 'self' ${hash(THEME)} ${hash(DIRECTIVE)}; style-src 'self' ${hash(STYLE)};`;
    const html = page(policy, "<p>Text</p>");
    const trimmed = trimCspHashes(html);
    expect(trimmed.replace(policyOf(trimmed) ?? "", "")).toBe(html.replace(policy, ""));
  });

  it("never adds a hash the policy did not list", () => {
    const policy = `script-src 'self' ${hash(THEME)}; style-src 'self';`;
    const html = page(policy, `<script>${ISLAND}</script>`);
    expect(policyOf(trimCspHashes(html))).toBe(policy);
  });

  it("gives external scripts no hash", () => {
    const policy = `script-src 'self' ${hash("")} ${hash(THEME)}; style-src 'self' ${hash(STYLE)};`;
    const html = page(policy, `<script type="module" src="/_astro/a.js"></script>`);
    expect(policyOf(trimCspHashes(html))).toBe(
      `script-src 'self' ${hash(THEME)}; style-src 'self' ${hash(STYLE)};`,
    );
  });

  it("leaves a page without a CSP <meta> as it is", () => {
    const html = `<!DOCTYPE html><html><head><script>${THEME}</script></head></html>`;
    expect(trimCspHashes(html)).toBe(html);
  });
});

describe("addInlineStyleHashes", () => {
  it("adds the hash of an inline style the policy lacks, once, to style-src only", () => {
    const policy = `default-src 'self'; script-src 'self' ${hash(THEME)}; style-src 'self' ${hash(STYLE)};`;
    const html = page(policy, `<style>${OTHER_PAGE_STYLE}</style><p>Text</p>`);
    const added = addInlineStyleHashes(html);
    expect(policyOf(added)).toBe(
      `default-src 'self'; script-src 'self' ${hash(THEME)}; style-src 'self' ${hash(STYLE)} ${hash(OTHER_PAGE_STYLE)};`,
    );
    expect(addInlineStyleHashes(added)).toBe(added);
  });

  it("never adds a script's hash, even for a script that holds style-like text", () => {
    const policy = `script-src 'self'; style-src 'self' ${hash(STYLE)};`;
    const html = page(policy, `<script>${ISLAND}</script>`);
    expect(policyOf(addInlineStyleHashes(html))).toBe(policy);
  });

  it("leaves a page without a CSP <meta> or without style-src as it is", () => {
    const bare = `<!DOCTYPE html><html><head><style>${STYLE}</style></head></html>`;
    expect(addInlineStyleHashes(bare)).toBe(bare);
    const scriptsOnly = page(`script-src 'self' ${hash(THEME)};`, "");
    expect(addInlineStyleHashes(scriptsOnly)).toBe(scriptsOnly);
  });
});
