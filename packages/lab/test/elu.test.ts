import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type EluResult, eluClaims, eluStudy, seedRange } from "../src/index.js";

type Stored = { result: EluResult };
const committed = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "results", "elu.json"), "utf8"),
) as {
  he: Stored;
  glorot: Stored;
};
const rates = (result: EluResult) => ({
  ReLU: result.arms[0].learningRate,
  ELU: result.arms[1].learningRate,
});

describe("eluStudy", () => {
  it("re-runs a sample of the committed results bit for bit (He, two seeds)", () => {
    const { result } = committed.he;
    const sample = eluStudy({ seeds: [1, 2], init: "he", learningRates: rates(result) });
    sample.arms.forEach((arm, i) => {
      expect(arm.testLoss.values).toEqual(result.arms[i].testLoss.values.slice(0, 2));
      expect(arm.earlyLoss.values).toEqual(result.arms[i].earlyLoss.values.slice(0, 2));
    });
  });

  it("eluClaims hold for the committed seeds 1–10 and for fresh seeds 101–110", () => {
    expect(eluClaims(committed.he.result, committed.glorot.result).filter((v) => !v.holds)).toEqual([]);
    const fresh = (init: "he" | "glorot") =>
      eluStudy({ seeds: seedRange(101, 10), init, learningRates: rates(committed[init].result) });
    expect(eluClaims(fresh("he"), fresh("glorot")).filter((v) => !v.holds)).toEqual([]);
  });

  it("eluStudy rejects an unknown init, naming it", () => {
    expect(() =>
      eluStudy({ seeds: [1, 2], init: "lecun" as "he", learningRates: { ReLU: 0.01, ELU: 0.01 } }),
    ).toThrow('eluStudy: init must be "he" or "glorot", got "lecun"');
  });
});
