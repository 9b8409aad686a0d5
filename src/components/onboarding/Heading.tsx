import type { ComponentChildren } from "preact";

/** Heading levels the tool's sections can start at. */
export type HeadingLevel = 2 | 3;

interface Props {
  level: HeadingLevel | 4;
  id?: string;
  children: ComponentChildren;
}

/** A heading at a level chosen by where the tool sits (its page or an article). */
export function Heading({ level, id, children }: Props) {
  const Tag = `h${level}` as const;
  return <Tag id={id}>{children}</Tag>;
}
