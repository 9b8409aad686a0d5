/**
 * Where a tool's unreadable stored text is kept aside (its recovery slot):
 * `<storageKey>:kept`. src/stores/tool-session.ts writes the same key inline,
 * to spare the tools' first download a function call.
 */
export const keptKey = (storageKey: string): string => `${storageKey}:kept`;
