import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type GatedFfnResult, gatedFfnClaims, gatedFfnStudy, seedRange } from "../src/index.js";

const committed = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "results", "gatedFfn.json"), "utf8"),
) as {
  result: GatedFfnResult;
};
const learningRates = Object.fromEntries(
  committed.result.arms.map((a) => [a.name, a.learningRate]),
) as Record<GatedFfnResult["arms"][number]["name"], number>;

describe("gatedFfnStudy", () => {
  it("re-runs a sample of the committed results bit for bit (two arms, two seeds)", () => {
    const sample = gatedFfnStudy({ seeds: [1, 2], learningRates, arms: ["ReLU", "GEGLU"] });
    for (const arm of sample.arms) {
      const stored = committed.result.arms.find((a) => a.name === arm.name)!;
      expect(arm.testLoss.values).toEqual(stored.testLoss.values.slice(0, 2));
      expect(arm.parameters).toBe(291);
    }
  });

  it("gatedFfnClaims hold for the committed seeds 1–10 and for fresh seeds 101–110", () => {
    expect(gatedFfnClaims(committed.result).filter((v) => !v.holds)).toEqual([]);
    const fresh = gatedFfnStudy({ seeds: seedRange(101, 10), learningRates });
    expect(gatedFfnClaims(fresh).filter((v) => !v.holds)).toEqual([]);
  });

  it("gatedFfnStudy rejects a missing learning rate, naming the arm", () => {
    expect(() =>
      gatedFfnStudy({ seeds: [1], learningRates: { ...learningRates, GELU: Number.NaN } }),
    ).toThrow("gatedFfnStudy: learningRates.GELU must be a positive number, got NaN");
  });
});
