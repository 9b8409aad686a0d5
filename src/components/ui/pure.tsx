// Preact's `memo` lives in preact/compat, which patches Preact's hooks for React
// code when it is imported; this is the same idea without that: a component
// that re-renders only when one of its props changes (compared with Object.is).
import { Component, type FunctionComponent } from "preact";

/** Whether two props objects have the same keys with the same values (Object.is). */
function sameProps(a: object, b: object): boolean {
  const current = a as Record<string, unknown>;
  const incoming = b as Record<string, unknown>;
  const keys = Object.keys(incoming);
  return (
    keys.length === Object.keys(current).length &&
    keys.every((key) => Object.is(current[key], incoming[key]))
  );
}

/** `View`, skipping renders whose props are all the same as the last ones. */
export function pure<P extends object>(View: FunctionComponent<P>) {
  return class Pure extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return !sameProps(this.props, next);
    }
    // The view is called as this component's own render (hooks included), so a
    // pure part adds one component to the tree, not two.
    override render() {
      return View(this.props);
    }
  };
}
