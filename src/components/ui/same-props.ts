// The comparison behind the parts that skip a render when nothing they were
// given changed: pure() and HydrateLater.

/** Whether two props objects have the same keys with the same values (Object.is). */
export function sameProps(a: object, b: object): boolean {
  const current = a as Record<string, unknown>;
  const incoming = b as Record<string, unknown>;
  const keys = Object.keys(incoming);
  return (
    keys.length === Object.keys(current).length &&
    keys.every((key) => Object.is(current[key], incoming[key]))
  );
}
