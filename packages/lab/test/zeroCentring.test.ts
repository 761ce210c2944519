import { describe, expect, it } from "vitest";
import { seedRange, zeroCentringClaims, zeroCentringStudy } from "../src/index.js";

describe("zeroCentringStudy", () => {
  it("zeroCentringClaims hold for the notebook's seeds 1–10 (fresh seeds 101–110: zeroCentring.fresh.test.ts)", () => {
    const verdicts = zeroCentringClaims(zeroCentringStudy({ seeds: seedRange(1, 10) }));
    expect(verdicts.filter((v) => !v.holds)).toEqual([]);
  });

  it("σ − 0.5 trains like sigmoid where only the shift differs: its early loss is within 0.05 of sigmoid's", () => {
    // the shift changes only what the next layer sees, not the slope: the two start close
    const result = zeroCentringStudy({ seeds: seedRange(1, 3), epochs: 1, earlyEpoch: 1 });
    const early = (name: string) => result.arms.find((a) => a.name === name)!.earlyLoss.mean;
    expect(Math.abs(early("σ − 0.5") - early("sigmoid"))).toBeLessThan(0.05);
  });
});
