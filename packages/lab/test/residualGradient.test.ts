import { describe, expect, it } from "vitest";
import { residualGradientClaims, residualGradientStudy, seedRange } from "../src/index.js";

describe("residualGradientStudy", () => {
  it("with no blocks the ratio is exactly 1 for every unit (h₀ is the output layer's input)", () => {
    const result = residualGradientStudy({ seeds: [1, 2], depth: 0 });
    for (const { log10Ratio } of result.units) expect(log10Ratio.values).toEqual([0, 0]);
  });

  it("residualGradientClaims hold for seeds 1–10 and for fresh seeds 101–110", () => {
    for (const seeds of [seedRange(1, 10), seedRange(101, 10)]) {
      expect(residualGradientClaims(residualGradientStudy({ seeds })).filter((v) => !v.holds)).toEqual([]);
    }
  });
});
