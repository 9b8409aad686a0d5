import { BackupLink } from "~/components/ui/BackupLink";
import { useStore } from "~/components/ui/use-store";
import { $result } from "~/stores/break-even";
import { CostChart } from "./CostChart";
import { WorthTable } from "./WorthTable";

/** The chart, the worth-the-time table and the backup link, loaded when they come into view. */
export function Charts() {
  // Deferred: the verdict above updates first, the chart a task later.
  const result = useStore($result, { defer: true });
  return (
    <>
      {result && <CostChart />}
      <WorthTable />
      <BackupLink />
    </>
  );
}
