// Audits to start from: a fresh one, and the worked example of the "should
// you outsource" guide (a freelance designer's week), which the guide embeds
// and the tool's page works through without JavaScript.
import type { SupportedCurrency } from "~/lib/format/default-currency";
import type { Audit, AuditTask } from "./audit";
import {
  DEFAULT_HOUR_VALUE,
  familyRate,
  scaled,
  taskPresets,
  type TaskPreset,
} from "./presets";
import { freeTaskId } from "./task-id";

/** `presets` as tasks with ids a, b, c, … */
function withIds(presets: readonly TaskPreset[]): AuditTask[] {
  const taken = new Set<string>();
  return presets.map((preset) => {
    const id = freeTaskId(taken);
    taken.add(id);
    return { id, ...preset };
  });
}

/** A fresh audit: no tasks yet, your hour at the default value, in `currency`. */
export function newAudit(currency: SupportedCurrency = "USD"): Audit {
  return {
    tasks: [],
    value: scaled(DEFAULT_HOUR_VALUE, currency),
    revenue: null,
    goal: null,
    currency,
  };
}

/**
 * The guide's designer: 14 hours a week of bookkeeping, social media posts,
 * email and website work, one task she keeps (client design work), $6,000 a
 * month of revenue, and 14 hours a week she would like back.
 */
export function exampleAudit(): Audit {
  const preset = (name: string) =>
    taskPresets().find((p) => p.name === name) as TaskPreset;
  return {
    tasks: withIds([
      {
        ...preset("Bookkeeping and invoicing"),
        name: "Bookkeeping and chasing invoices",
        hours: 3,
      },
      {
        ...preset("Social media posts"),
        name: "Scheduling social media posts",
        hours: 4,
      },
      {
        ...preset("Inbox and email"),
        name: "Sorting and answering routine email",
        hours: 5,
      },
      {
        ...preset("Website upkeep"),
        name: "Website updates and search tweaks",
        hours: 2,
        judge: "no",
      },
      {
        name: "Client design work",
        hours: 25,
        per: "week",
        skill: 5,
        core: 5,
        judge: "yes",
        contact: "customers",
        family: "design",
        rate: familyRate("design", "USD"),
      },
    ]),
    value: DEFAULT_HOUR_VALUE,
    revenue: 6000,
    goal: 14,
    currency: "USD",
  };
}
