// Where an embed sends its height. The message is only a number, but a page
// that names its recipient cannot be read by whatever else ends up as the
// iframe's parent.

/**
 * The origin to post the height message to: the parent's origin as the
 * browser reports it (`location.ancestorOrigins`, in Chromium and Safari),
 * else the origin of the page that loaded the iframe (its referrer, which the
 * default referrer policy sends), else any (`"*"`). An opaque parent
 * (`"null"`, a sandboxed page) cannot be named, so it also gets `"*"`.
 * @param ancestor the first of `location.ancestorOrigins`, if the browser has it
 * @param referrer `document.referrer`: "" when none was sent, else a URL
 */
export function heightTargetOrigin(
  ancestor: string | undefined,
  referrer: string,
): string {
  const origin = ancestor ?? (referrer && new URL(referrer).origin);
  return origin && origin !== "null" ? origin : "*";
}
