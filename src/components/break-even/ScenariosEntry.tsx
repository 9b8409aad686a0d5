// What offers scenarios: one button, under Copy link (whose code loads when
// its place nears the screen, or at start for a comparison link: see
// break-even-link.ts). The panel's code and the scenarios' store load when it
// is pressed, or at once when the address carries a comparison link. Hidden in an embed, which never keeps anything in the
// reader's browser: "Open in Handoff" leads to the full tool, where they can.
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useStore } from "~/components/ui/use-store";
import { $embedded } from "~/stores/embedded";

export function ScenariosEntry() {
  const embedded = useStore($embedded);
  const [Panel, setPanel] = useState<ComponentType | null>(null);
  const [open, setOpen] = useState(false);
  const show = () => {
    setOpen(true);
    void import("./Scenarios").then((m) => setPanel(() => m.Scenarios));
  };
  useEffect(() => {
    const read = () => /(^#|&)compare=/.test(location.hash) && show();
    read();
    addEventListener("hashchange", read);
    return () => removeEventListener("hashchange", read);
  }, []);
  if (embedded) return null;
  return (
    <div class="scenarios-entry no-print">
      <button
        type="button"
        class="secondary"
        aria-expanded={open}
        aria-controls="scenarios"
        onClick={() => (open ? setOpen(false) : show())}
      >
        Scenarios: save and compare quotes
      </button>
      <div id="scenarios" hidden={!open}>
        {Panel && <Panel />}
      </div>
    </div>
  );
}
