// The committed ELU results and their learning rates, shared by the ELU test files: the sample
// and the claims (elu.test.ts) and the fresh-seed re-runs of He and Glorot, one file each so
// that they run in parallel (elu.he.fresh.test.ts, elu.glorot.fresh.test.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type EluResult, eluInitClaims, eluStudy, seedRange, type Verdict } from "../src/index.js";

type Stored = { result: EluResult };

export const committedElu = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "results", "elu.json"), "utf8"),
) as { he: Stored; glorot: Stored };

export const rates = (result: EluResult) => ({
  ReLU: result.arms[0].learningRate,
  ELU: result.arms[1].learningRate,
});

/** The claims of one initialisation, re-run on seeds 101–110 at the committed rates. */
export function freshEluClaims(init: "he" | "glorot"): Verdict[] {
  return eluInitClaims(
    eluStudy({ seeds: seedRange(101, 10), init, learningRates: rates(committedElu[init].result) }),
  );
}
