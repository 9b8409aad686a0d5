/**
 * A writer for Markdown task lists (GitHub-flavoured `- [ ]` / `- [x]`), the
 * format most notes and task apps import. Callers pass plain text; this module
 * does all the escaping, so reader-typed or catalogue text can never turn into
 * a link, a heading or markup.
 */

/** One task. */
export interface MarkdownTask {
  readonly text: string;
  readonly done: boolean;
  /** A ready-formatted date, shown as "(due …)" after the text. */
  readonly due?: string;
  /** Plain-text lines shown as a nested list under the task. */
  readonly notes?: readonly string[];
  /** A link shown as the last nested line, "label: <url>". */
  readonly link?: { readonly label: string; readonly url: string };
}

/** A heading with its tasks. */
export interface MarkdownTaskSection {
  readonly heading: string;
  readonly tasks: readonly MarkdownTask[];
}

/** A whole document: a title, an optional "label: value" summary, and sections. */
export interface MarkdownTaskList {
  readonly title: string;
  readonly summary?: readonly { readonly label: string; readonly value: string }[];
  readonly sections: readonly MarkdownTaskSection[];
}

// Characters that start markup anywhere in a line: emphasis, code, links,
// raw HTML and entities, headings' closing hashes, tables, strikethrough, maths.
const SPECIAL = /[\\`*_[\]<>#|~&$]/g;
// Control characters have no place in a text file meant for people.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const SAFE_URL = /^[a-z][a-z0-9+.-]*:[^\s<>\u0000-\u001f\u007f]+$/i;

/**
 * Makes free text safe to put inside a Markdown line: line breaks and runs of
 * white space become one space (a break would end the list item), control
 * characters are dropped, and every character that could start markup is
 * backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(CONTROL, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(SPECIAL, (ch) => `\\${ch}`);
}

function linkLine(link: NonNullable<MarkdownTask["link"]>): string {
  // An autolink keeps the URL clickable and copyable exactly as written;
  // anything that could not be one is shown as escaped text instead.
  const url = SAFE_URL.test(link.url) ? `<${link.url}>` : escapeMarkdown(link.url);
  return `  - ${escapeMarkdown(link.label)}: ${url}`;
}

function taskLines(task: MarkdownTask): string[] {
  const due = task.due === undefined ? "" : ` (due ${escapeMarkdown(task.due)})`;
  return [
    `- [${task.done ? "x" : " "}] ${escapeMarkdown(task.text)}${due}`,
    ...(task.notes ?? []).map((note) => `  - ${escapeMarkdown(note)}`),
    ...(task.link ? [linkLine(task.link)] : []),
  ];
}

/**
 * Writes the document as Markdown with LF line endings and a final newline:
 * the title as a level-1 heading, the summary as a bullet list, then each
 * section as a level-2 heading followed by its tasks. Empty sections are kept,
 * so a reader sees the heading even with nothing under it.
 */
export function toMarkdownTasks(list: MarkdownTaskList): string {
  const blocks: string[] = [`# ${escapeMarkdown(list.title)}`];
  if (list.summary && list.summary.length > 0) {
    blocks.push(
      list.summary
        .map(
          ({ label, value }) =>
            `- **${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`,
        )
        .join("\n"),
    );
  }
  for (const section of list.sections) {
    blocks.push(`## ${escapeMarkdown(section.heading)}`);
    if (section.tasks.length > 0)
      blocks.push(section.tasks.flatMap(taskLines).join("\n"));
  }
  return `${blocks.join("\n\n")}\n`;
}
