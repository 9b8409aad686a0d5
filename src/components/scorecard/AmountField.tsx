// A money or hours figure that may be left empty. The reader's text is kept as
// typed (so "12," mid-typing is not rewritten); the store gets the number once
// it is valid, and null while the field is empty or invalid, so a result
// never rests on a figure the reader can no longer see.
import { useStore } from "~/components/ui/use-store";
import { useEffect, useState } from "preact/hooks";
import { NumberField } from "~/components/ui/NumberField";
import { formatNumber } from "~/lib/format/format-number";
import { validateNumber } from "~/lib/number/validate-number";
import { AMOUNT_LIMITS, type AmountKind } from "~/lib/scorecard/amount-limits";
import { $locale } from "~/stores/scorecard";

interface Props {
  id: string;
  label: string;
  /** Sentence-case name for messages: "The quote". */
  name: string;
  kind: AmountKind;
  unit?: string;
  hint?: string;
  value: number | null;
  onChange: (value: number | null) => void;
}

const show = (value: number | null, locale: string) =>
  value === null ? "" : formatNumber(value, locale, 2);

export function AmountField({
  id,
  label,
  name,
  kind,
  unit,
  hint,
  value,
  onChange,
}: Props) {
  const locale = useStore($locale);
  const [text, setText] = useState(() => show(value, locale));
  const [error, setError] = useState<string>();
  const rule = {
    name,
    min: kind === "rate" ? 0 : 0.01,
    max: AMOUNT_LIMITS[kind],
  };
  // Another tab, "undo" or a link changed the figure: show it.
  useEffect(() => {
    const read = validateNumber(text, rule, locale);
    if (!(read.ok && read.value === value) && !(value === null && error)) {
      setText(show(value, locale));
      setError(undefined);
    }
  }, [value, locale]);
  const input = (typed: string) => {
    setText(typed);
    const read = validateNumber(typed, rule, locale);
    const empty = typed.trim() === "";
    setError(read.ok || empty ? undefined : read.message);
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
