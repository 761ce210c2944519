import { describe, expect, it } from "vitest";
import { gatedFfnClaims, gatedFfnStudy } from "../src/index.js";
import { committedGatedFfn as committed, learningRates } from "./gatedFfnCommitted.js";

describe("gatedFfnStudy", () => {
  it("re-runs a sample of the committed results bit for bit (two arms, two seeds)", () => {
    const sample = gatedFfnStudy({ seeds: [1, 2], learningRates, arms: ["ReLU", "GEGLU"] });
    for (const arm of sample.arms) {
      const stored = committed.result.arms.find((a) => a.name === arm.name)!;
      expect(arm.testLoss.values).toEqual(stored.testLoss.values.slice(0, 2));
      expect(arm.parameters).toBe(291);
    }
  });

  it("gatedFfnClaims hold for the committed seeds 1–10 (fresh seeds 101–110: gatedFfn.fresh.test.ts)", () => {
    expect(gatedFfnClaims(committed.result).filter((v) => !v.holds)).toEqual([]);
  });

  it("gatedFfnStudy rejects a missing learning rate, naming the arm", () => {
    expect(() =>
      gatedFfnStudy({ seeds: [1], learningRates: { ...learningRates, GELU: Number.NaN } }),
    ).toThrow("gatedFfnStudy: learningRates.GELU must be a positive number, got NaN");
  });
});
