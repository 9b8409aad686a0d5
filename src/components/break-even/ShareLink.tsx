import { CopyLinkButton } from "~/components/ui/CopyLinkButton";
import { useStore } from "~/components/ui/use-store";
import { $hasErrors, breakEvenSession } from "~/stores/break-even";
import { ScenariosEntry } from "./ScenariosEntry";

/** Print: the code that brings the chart in and prints loads on the first press. */
const printTool = (event: Event) => {
  const button = event.currentTarget as Element;
  void import("./print-calculator").then((m) => m.printCalculator(button));
};

/** Copy link, refused while a field is in error, Print, and Scenarios. */
export function ShareLink() {
  const hasErrors = useStore($hasErrors);
  return (
    <>
      <CopyLinkButton
        getUrl={breakEvenSession.shareUrl}
        blockedReason={hasErrors ? "Fix the fields marked in red first." : null}
        note="Whoever opens the link sees these exact numbers."
      />
      <p class="no-print">
        <button type="button" class="secondary" onClick={printTool}>
          Print
        </button>
      </p>
      <ScenariosEntry />
    </>
  );
}
