import { render } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { pure } from "~/components/ui/pure";

describe("pure", () => {
  it("renders again only when a prop changes", () => {
    let renders = 0;
    const Label = pure(({ text, tone }: { text: string; tone?: string }) => {
      renders += 1;
      return <p class={tone}>{text}</p>;
    });
    const { container, rerender } = render(<Label text="Draft" />);
    expect(renders).toBe(1);

    rerender(<Label text="Draft" />);
    expect(renders).toBe(1);

    rerender(<Label text="Sent" />);
    expect(renders).toBe(2);
    expect(container.textContent).toBe("Sent");

    // A prop that appears counts as a change too.
    rerender(<Label text="Sent" tone="muted" />);
    expect(renders).toBe(3);
    expect(container.querySelector("p")?.className).toBe("muted");
  });
});
