import { describe, expect, it } from "vitest";
import { seedRange, swishBetaClaims, swishBetaStudy } from "../src/index.js";

describe("swishBetaStudy", () => {
  it("swishBetaClaims hold for the notebook's seeds 1–10 (fresh seeds 101–110: swishBeta.fresh.test.ts)", () => {
    expect(swishBetaClaims(swishBetaStudy({ seeds: seedRange(1, 10) })).filter((v) => !v.holds)).toEqual([]);
  });

  it("swishBetaStudy passes a bad epoch count to train, which names it", () => {
    expect(() => swishBetaStudy({ seeds: [1, 2], epochs: 0 })).toThrow(
      "train: epochs must be an integer ≥ 1, got 0",
    );
  });
});
