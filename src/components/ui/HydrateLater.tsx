// Hydrating a whole tool is one long task on a slow phone (the scorecard's
// seventy-odd radios, the calculator's form and verdict), and the page cannot
// answer a tap until it ends. A part wrapped in <HydrateLater> is hydrated in a
// task of its own instead, as a Preact root of its own, after the island's
// shell: no task is long. The stores are shared modules, so the parts need no
// context from the island; nothing in the tools uses Preact context.
//
// While the island hydrates, the part renders its element with
// dangerouslySetInnerHTML, which Preact leaves alone during hydration: the
// server's markup stays on screen, untouched, until its turn comes. Rendered
// fresh (no server markup, as in the component tests), the part renders at once.
import {
  Component,
  hydrate,
  render,
  type ComponentChildren,
  type JSX,
  type VNode,
} from "preact";
import { sameProps } from "./same-props";

const waiting: Array<() => void> = [];
let scheduled = false;

function runNext() {
  waiting.shift()?.();
  scheduled = waiting.length > 0;
  if (scheduled) setTimeout(runNext);
}

function enqueue(task: () => void) {
  waiting.push(task);
  if (!scheduled) {
    scheduled = true;
    setTimeout(runNext);
  }
}

/**
 * Runs `task` once every part waiting to hydrate has, in a task of its own;
 * at once when none is waiting. The tools start their session this way: a
 * store changed before a part hydrates would leave that part's attributes
 * (an input's value, a radio's checked) as the server wrote them.
 */
export function afterHydration(task: () => void) {
  if (waiting.length === 0) task();
  else waiting.push(task);
}

type Props = Omit<JSX.HTMLAttributes<HTMLElement>, "children" | "ref"> & {
  /** The part's element, which holds its own Preact root. */
  as?: "div" | "fieldset" | "section";
  children: ComponentChildren;
};

/**
 * Whether a part was given the same element attributes and the same content:
 * the same child, or a single child element of the same type with the same props.
 */
function sameElementAndContent(
  { children: a, ...attributesA }: Props,
  { children: b, ...attributesB }: Props,
): boolean {
  return (
    sameProps(attributesA, attributesB) &&
    (Object.is(a, b) ||
      (isElement(a) &&
        isElement(b) &&
        a.type === b.type &&
        a.key === b.key &&
        sameProps(a.props, b.props)))
  );
}

const isElement = (node: unknown): node is VNode =>
  typeof node === "object" && node !== null && "type" in node && "props" in node;

// The same object each render, so Preact never rewrites the element's content.
const KEEP_SERVER_MARKUP = { __html: "" };

/** An element whose content hydrates after its island, in a task of its own. */
export class HydrateLater extends Component<Props> {
  private element: HTMLElement | null = null;
  private readonly keep = (element: HTMLElement | null) => void (this.element = element);
  private live = false;
  private readonly hydrateNow = () => {
    if (!this.element) return;
    this.live = true;
    hydrate(this.props.children, this.element);
  };

  override componentDidMount() {
    if (this.element?.firstChild) return enqueue(this.hydrateNow);
    this.live = true;
    if (this.element) render(this.props.children, this.element);
  }

  // A part re-renders only when its element or its content changes, as a pure
  // component would: a tool re-rendering around its parts costs a comparison.
  override shouldComponentUpdate(next: Props): boolean {
    return !sameElementAndContent(this.props, next);
  }

  override componentDidUpdate() {
    if (this.live && this.element) render(this.props.children, this.element);
  }

  override componentWillUnmount() {
    const index = waiting.indexOf(this.hydrateNow);
    if (index >= 0) waiting.splice(index, 1);
    if (this.live && this.element) render(null, this.element);
    this.element = null;
  }

  override render({ as: Element = "div", children, ...attributes }: Props) {
    // On the server (and the build's seed pass) the part is ordinary markup.
    if (typeof document === "undefined")
      return <Element {...attributes}>{children}</Element>;
    return (
      <Element
        {...attributes}
        ref={this.keep}
        dangerouslySetInnerHTML={KEEP_SERVER_MARKUP}
      />
    );
  }
}
