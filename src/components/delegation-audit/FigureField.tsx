// A figure that may be left empty (hours, a rate, your hour's value). The
// reader's text is kept as typed (so "12," mid-typing is not rewritten); the
// store gets the number once it is valid, and null while the field is empty
// or invalid, so no result rests on a figure the reader can no longer see.
import { useEffect, useState } from "preact/hooks";
import { NumberField } from "~/components/ui/NumberField";
import { useStore } from "~/components/ui/use-store";
import { formatNumber } from "~/lib/format/format-number";
import { validateNumber } from "~/lib/number/validate-number";
import { $locale } from "~/stores/delegation-audit";

interface Props {
  id: string;
  label: string;
  /** Sentence-case name for messages: "Hours". */
  name: string;
  max: number;
  unit?: string | undefined;
  hint?: string | undefined;
  /** Whether an empty field is fine (no message). */
  optional?: boolean;
  value: number | null;
  onChange: (value: number | null) => void;
}

const show = (value: number | null, locale: string) =>
  value === null ? "" : formatNumber(value, locale, 2);

export function FigureField({
  id,
  label,
  name,
  max,
  unit,
  hint,
  optional,
  value,
  onChange,
}: Props) {
  const locale = useStore($locale);
  const [text, setText] = useState(() => show(value, locale));
  const [error, setError] = useState<string>();
  const rule = { name, min: 0, max };
  // Another tab, undo or a link changed the figure: show it.
  useEffect(() => {
    const read = validateNumber(text, rule, locale);
    if (
      !(read.ok && read.value === value) &&
      !(value === null && (error || text === ""))
    ) {
      setText(show(value, locale));
      setError(undefined);
    }
  }, [value, locale]);
  const input = (typed: string) => {
    setText(typed);
    const read = validateNumber(typed, rule, locale);
    const empty = typed.trim() === "";
    setError(read.ok || (empty && optional) ? undefined : read.message);
    onChange(read.ok ? Math.round(read.value * 100) / 100 : null);
  };
  return (
    <NumberField
      id={id}
      label={label}
      unit={unit}
      hint={hint}
      value={text}
      error={error}
      onInput={input}
    />
  );
}
