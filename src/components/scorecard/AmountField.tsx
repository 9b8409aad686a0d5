// A money or hours figure that may be left empty. The reader's text is kept as
// typed (so "12," mid-typing is not rewritten); the store gets the number once
// it is valid, and null while the field is empty or invalid, so a result
// never rests on a figure the reader can no longer see. Text that is not a
// valid figure is saved too (`typed`), so a reload shows it with its error.
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
  /** Saved text that is not a valid figure, if any (shown instead of `value`). */
  typed?: string | undefined;
  onChange: (value: number | null, text: string) => void;
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
  typed,
  onChange,
}: Props) {
  const locale = useStore($locale);
  const rule = {
    name,
    min: kind === "rate" ? 0 : 0.01,
    max: AMOUNT_LIMITS[kind],
  };
  const errorOf = (entered: string) => {
    const read = validateNumber(entered, rule, locale);
    return read.ok || entered.trim() === "" ? undefined : read.message;
  };
  const [text, setText] = useState(() => typed ?? show(value, locale));
  const [error, setError] = useState(() => (typed ? errorOf(typed) : undefined));
  // Another tab, "undo", a reload's saved text or a link changed the figure: show it.
  useEffect(() => {
    if (typed !== undefined) {
      if (typed !== text) {
        setText(typed);
        setError(errorOf(typed));
      }
      return;
    }
    const read = validateNumber(text, rule, locale);
    if (!(read.ok && read.value === value) && !(value === null && error)) {
      setText(show(value, locale));
      setError(undefined);
    }
  }, [value, typed, locale]);
  const input = (entered: string) => {
    setText(entered);
    const read = validateNumber(entered, rule, locale);
    setError(errorOf(entered));
    onChange(read.ok ? Math.round(read.value * 100) / 100 : null, entered);
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
