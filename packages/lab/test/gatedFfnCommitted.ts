// The committed gated-FFN results and their tuned learning rates, shared by gatedFfn.test.ts
// and gatedFfn.fresh.test.ts (the fresh-seed re-run in a file of its own, run in parallel).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { GatedFfnResult } from "../src/index.js";

export const committedGatedFfn = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "results", "gatedFfn.json"), "utf8"),
) as { result: GatedFfnResult };

export const learningRates = Object.fromEntries(
  committedGatedFfn.result.arms.map((a) => [a.name, a.learningRate]),
) as Record<GatedFfnResult["arms"][number]["name"], number>;
