/** What a task id looks like: 1 to 4 lower-case letters, so links stay short. */
export const TASK_ID = /^[a-z]{1,4}$/;

/** The n-th id in a, b, …, z, aa, ab, … order. */
function idAt(n: number): string {
  let id = "";
  let rest = n;
  do {
    id = String.fromCharCode(97 + (rest % 26)) + id;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return id;
}

/** The first id not in `taken`, starting the search at `from`. */
export function freeTaskId(taken: ReadonlySet<string>, from = 0): string {
  for (let n = from; ; n += 1) {
    const id = idAt(n);
    if (!taken.has(id)) return id;
  }
}
