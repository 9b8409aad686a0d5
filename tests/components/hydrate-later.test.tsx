import { act, render } from "@testing-library/preact";
import { hydrate, render as renderInto } from "preact";
import { useLayoutEffect, useState } from "preact/hooks";
import { afterEach, describe, expect, it } from "vitest";
import { afterHydration, HydrateLater } from "~/components/ui/HydrateLater";

const nextTask = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

let order: string[] = [];
afterEach(() => {
  order = [];
  document.body.innerHTML = "";
});

function Counter({ label = "Count" }: { label?: string }) {
  const [count, setCount] = useState(0);
  useLayoutEffect(() => void order.push(`${label} hydrated`), []);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {label} {count}
    </button>
  );
}

function Tool() {
  return (
    <div class="tool">
      <p>Shell</p>
      <HydrateLater class="part">
        <Counter label="First" />
      </HydrateLater>
      <HydrateLater as="section" class="part">
        <Counter label="Second" />
      </HydrateLater>
    </div>
  );
}

// What the server sends for <Tool />: HydrateLater is plain markup there.
const SERVER_HTML =
  '<div class="tool"><p>Shell</p>' +
  '<div class="part"><button type="button">First 0</button></div>' +
  '<section class="part"><button type="button">Second 0</button></section></div>';

function serverRendered() {
  const root = document.createElement("div");
  root.innerHTML = SERVER_HTML;
  document.body.append(root);
  return root;
}

describe("HydrateLater", () => {
  it("keeps the server's markup while the island hydrates, then hydrates each part in a task of its own", async () => {
    const root = serverRendered();
    const [first, second] = [...root.querySelectorAll("button")];
    act(() => hydrate(<Tool />, root));

    // Same elements, same text, not yet listening.
    expect(root.innerHTML).toBe(SERVER_HTML);
    expect(order).toEqual([]);
    act(() => first!.click());
    expect(first!.textContent).toBe("First 0");

    await nextTask();
    expect(order).toEqual(["First hydrated"]);
    await nextTask();
    expect(order).toEqual(["First hydrated", "Second hydrated"]);

    // Hydrated in place: the server's elements now answer.
    const [firstNow, secondNow] = [...root.querySelectorAll("button")];
    expect(firstNow).toBe(first);
    expect(secondNow).toBe(second);
    act(() => second!.click());
    expect(second!.textContent).toBe("Second 1");
    expect(root.querySelector("section.part")).not.toBeNull();
  });

  it("runs a task given to afterHydration once every waiting part has hydrated", async () => {
    const root = serverRendered();
    act(() => hydrate(<Tool />, root));
    afterHydration(() => void order.push("start"));
    expect(order).toEqual([]);
    await nextTask();
    await nextTask();
    await nextTask();
    expect(order).toEqual(["First hydrated", "Second hydrated", "start"]);
  });

  it("runs a task given to afterHydration at once when no part is waiting", () => {
    afterHydration(() => void order.push("start"));
    expect(order).toEqual(["start"]);
  });

  it("renders its part at once when there is no server markup", () => {
    const { container } = render(<Tool />);
    expect(order).toEqual(["First hydrated", "Second hydrated"]);
    expect(container.querySelectorAll("button")).toHaveLength(2);
    act(() => container.querySelector("button")!.click());
    expect(container.querySelector("button")!.textContent).toBe("First 1");
  });

  it("renders its part again only when the part's props change", () => {
    let renders = 0;
    function Label({ text }: { text: string }) {
      renders += 1;
      return <p>{text}</p>;
    }
    const { container, rerender } = render(
      <HydrateLater>
        <Label text="Draft" />
      </HydrateLater>,
    );
    rerender(
      <HydrateLater>
        <Label text="Draft" />
      </HydrateLater>,
    );
    expect(renders).toBe(1);
    rerender(
      <HydrateLater>
        <Label text="Sent" />
      </HydrateLater>,
    );
    expect(renders).toBe(2);
    expect(container.textContent).toBe("Sent");
  });

  it("stops its part when it is removed, before or after the part's turn", async () => {
    const root = serverRendered();
    act(() => hydrate(<Tool />, root));
    act(() => renderInto(<p>Gone</p>, root));
    await nextTask();
    await nextTask();
    // Neither waiting part hydrated into the removed markup.
    expect(order).toEqual([]);
    expect(root.innerHTML).toBe("<p>Gone</p>");
    afterHydration(() => void order.push("start"));
    expect(order).toEqual(["start"]);
  });
});
