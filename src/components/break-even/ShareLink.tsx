import { CopyLinkButton } from "~/components/ui/CopyLinkButton";
import { useStore } from "~/components/ui/use-store";
import { $hasErrors, breakEvenSession } from "~/stores/break-even";

/** Copy link, refused while a field is in error. */
export function ShareLink() {
  const hasErrors = useStore($hasErrors);
  return (
    <CopyLinkButton
      getUrl={breakEvenSession.shareUrl}
      blockedReason={hasErrors ? "Fix the fields marked in red first." : null}
      note="Whoever opens the link sees these exact numbers."
    />
  );
}
