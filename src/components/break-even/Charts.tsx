import { useStore } from "~/components/ui/use-store";
import { $result } from "~/stores/break-even";
import { CostChart } from "./CostChart";
import { WorthTable } from "./WorthTable";

/** The chart and the worth-the-time table, loaded when they come into view. */
export function Charts() {
  // Deferred: the verdict above updates first, the chart a task later.
  const result = useStore($result, { defer: true });
  return (
    <>
      {result && <CostChart />}
      <WorthTable />
    </>
  );
}
