/**
 * What every formatter prints instead of NaN, Infinity or "undefined": an em
 * dash, which screen readers announce as a pause rather than as nonsense.
 */
export const NOT_AVAILABLE = "—";
