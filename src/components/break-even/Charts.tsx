import { useStore } from "@nanostores/preact";
import { $result } from "~/stores/break-even";
import { CostChart } from "./CostChart";
import { WorthTable } from "./WorthTable";

/** The chart and the worth-the-time table, loaded when they come into view. */
export function Charts() {
  const result = useStore($result);
  return (
    <>
      {result && <CostChart />}
      <WorthTable />
    </>
  );
}
