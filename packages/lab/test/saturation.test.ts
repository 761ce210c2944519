import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type SaturationResult, saturationClaims, saturationStudy } from "../src/index.js";

const committed = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "results", "saturation.json"), "utf8"),
) as { result: SaturationResult; fresh: SaturationResult };

describe("saturationStudy", () => {
  it("re-runs the first 10 epochs of two committed seeds of each seed set bit for bit (a shorter run is a prefix)", () => {
    for (const stored of [committed.result, committed.fresh]) {
      const sample = saturationStudy({ seeds: stored.seeds.slice(0, 2), epochs: 10 });
      sample.arms.forEach((arm, i) => {
        expect(arm.topCurves).toEqual(stored.arms[i].topCurves.slice(0, 2).map((c) => c.slice(0, 10)));
      });
    }
  });

  it("the committed runs are 200 epochs of seeds 1–10 and, for the claims, 101–110", () => {
    expect([committed.result.seeds, committed.fresh.seeds]).toEqual([
      Array.from({ length: 10 }, (_, i) => 1 + i),
      Array.from({ length: 10 }, (_, i) => 101 + i),
    ]);
    expect([committed.result.epochs, committed.fresh.epochs]).toEqual([200, 200]);
  });

  it("saturationClaims hold for the committed seeds 1–10 and 101–110", () => {
    expect(saturationClaims(committed.result).filter((v) => !v.holds)).toEqual([]);
    expect(saturationClaims(committed.fresh).filter((v) => !v.holds)).toEqual([]);
  });

  it("each seed's summaries agree with its curve: the lowest and the last value of the top layer's mean", () => {
    for (const arm of committed.result.arms) {
      expect(arm.topMin.values).toEqual(arm.topCurves.map((c) => Math.min(...c)));
      expect(arm.topLast.values).toEqual(arm.topCurves.map((c) => c[c.length - 1]));
    }
  });
});
