// Lists every field in error with a link that moves focus to it. It does not
// take focus itself: the reader is typing, and focus must never jump.

/** One field in error. */
export interface FieldError {
  id: string;
  message: string;
}

export function ErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="group" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">
        {errors.length === 1
          ? "Fix this to see the result"
          : `Fix these ${errors.length} things to see the result`}
      </h2>
      <ul>
        {errors.map((error) => (
          <li key={error.id}>
            <a href={`#${error.id}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
