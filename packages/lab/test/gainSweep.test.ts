import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type GainSweepResult,
  gainSweepClaims,
  gainSweepGains,
  gainSweepStudy,
  seedRange,
} from "../src/index.js";

const committed = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "results", "gainSweep.json"), "utf8"),
) as GainSweepResult;

describe("gainSweepStudy", () => {
  it("re-runs a sample of the committed results bit for bit (sigmoid and ReLU, three gains, two seeds)", () => {
    const gains = [gainSweepGains[0], gainSweepGains[3], gainSweepGains[10]];
    const sample = gainSweepStudy({ gains, seeds: [1, 2], activations: ["sigmoid", "relu"] });
    for (const series of sample.series) {
      const stored = committed.series.find((s) => s.activation === series.activation)!;
      series.log10Ratio.forEach((summary, i) => {
        expect(summary.values).toEqual(stored.log10Ratio[[0, 3, 10][i]].values.slice(0, 2));
      });
    }
  });

  it("ReLU at He's gain √2 keeps the gradient within a factor 2 through 10 layers (He et al. 2015's derivation)", () => {
    // half the units pass the gradient, and the gain's factor 2 in the variance gives it back
    const relu = gainSweepStudy({ gains: [Math.SQRT2], seeds: seedRange(1, 10), activations: ["relu"] });
    expect(Math.abs(relu.series[0].log10Ratio[0].mean)).toBeLessThan(0.3);
  });

  it("gainSweepClaims hold for the committed seeds 1–10 (fresh seeds 101–110: gainSweep.fresh.test.ts)", () => {
    expect(gainSweepClaims(committed).filter((v) => !v.holds)).toEqual([]);
  });

  it("gainSweepStudy rejects a non-positive gain", () => {
    expect(() => gainSweepStudy({ gains: [0], seeds: [1, 2] })).toThrow(
      "gainSweepStudy: gains must be positive finite numbers, got [0]",
    );
  });
});
