/**
 * `template` with each {name} replaced by `values[name]` (or nothing): the
 * verdict's sentences travel as props with placeholders for the reader's
 * numbers (verdict-reasons.ts). Kept apart from those sentences so that
 * importing it never brings them into the JavaScript.
 */
export const fillIn = (template: string, values: Readonly<Record<string, string>>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "");
