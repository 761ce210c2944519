import { describe, expect, it } from "vitest";
import {
  allWithin,
  checkClaims,
  clearlyBelow,
  consistentlyBelow,
  flattened,
  formatInterval,
  learningRateSweep,
  meanCurve,
  pairedDifference,
  seedRange,
  summarize,
  verdictsMarkdown,
  withinSpread,
} from "../src/index.js";

describe("summarize", () => {
  it("summarize([1, 2, 3]) gives mean 2, sd 1 and the t-interval 2 ± 4.3027/√3", () => {
    // t(0.975, 2) = 4.302652729911275 (any t table)
    const s = summarize([1, 2, 3]);
    expect(s.mean).toBe(2);
    expect(s.sd).toBe(1);
    expect(s.ci95[0]).toBeCloseTo(2 - 4.302652729911275 / Math.sqrt(3), 9);
    expect(s.ci95[1]).toBeCloseTo(2 + 4.302652729911275 / Math.sqrt(3), 9);
    expect([s.min, s.max, s.n]).toEqual([1, 3, 3]);
  });

  it("summarize narrows to the normal interval for many seeds", () => {
    const values = Array.from({ length: 10_000 }, (_, i) => (i % 2 === 0 ? 1 : -1));
    const s = summarize(values);
    expect(s.ci95[1]).toBeCloseTo((1.959963984540054 * s.sd) / 100, 4);
  });

  it("summarize rejects one value and non-finite values, naming the argument", () => {
    expect(() => summarize([1])).toThrow("summarize: values must hold at least two numbers, got [1]");
    expect(() => summarize([1, Number.NaN])).toThrow("summarize: values[1] must be a finite number, got NaN");
  });
});

describe("meanCurve", () => {
  it("meanCurve averages per-seed curves epoch by epoch, and needs equal lengths", () => {
    expect(
      meanCurve([
        [1, 2],
        [3, 4],
        [5, 9],
      ]),
    ).toEqual([3, 5]);
    expect(() => meanCurve([[1, 2], [3]])).toThrow(
      "meanCurve: every curve must be 2 long, got 1 at curves[1]",
    );
  });
});

describe("seeds", () => {
  it("seedRange(101, 10) lists the re-run seeds 101–110", () => {
    expect(seedRange(101, 10)).toEqual([101, 102, 103, 104, 105, 106, 107, 108, 109, 110]);
    expect(() => seedRange(1, 0)).toThrow("seedRange: count must be an integer ≥ 1, got 0");
  });
});

describe("flattened", () => {
  it("flattened tells a converged curve from one still falling", () => {
    expect(flattened([1, 0.5, 0.41, 0.4, 0.4, 0.4], { window: 2 }).flat).toBe(true);
    const falling = flattened([1, 0.9, 0.8, 0.7], { window: 2 });
    expect(falling.flat).toBe(false);
    expect(falling.relativeChange).toBeCloseTo((0.75 - 0.95) / 0.95, 12);
  });

  it("flattened counts a test loss rising again (overfitting) as flattened: more training would not lower it", () => {
    expect(flattened([1, 0.5, 0.4, 0.42, 0.45, 0.5], { window: 2 }).flat).toBe(true);
  });

  it("flattened needs two windows of points", () => {
    expect(() => flattened([1, 2, 3], { window: 2 })).toThrow(
      "flattened: curve must hold at least 2·window = 4 points, got 3",
    );
  });
});

describe("learningRateSweep", () => {
  it("learningRateSweep picks the rate with the lowest mean score and never one that diverged", () => {
    const sweep = learningRateSweep({
      rates: [0.01, 0.1, 1],
      seeds: [1, 2],
      score: (rate, seed) =>
        rate === 1 && seed === 2 ? Number.NaN : rate === 1 ? 0 : Math.abs(rate - 0.1) + seed,
    });
    expect(sweep.best).toBe(0.1);
    expect(sweep.scores[1].values).toEqual([1, 2]);
    expect(Number.isNaN(sweep.scores[2].mean)).toBe(true);
  });
});

describe("claims", () => {
  const low = { name: "A", values: [1, 1.1, 0.9, 1.05] };
  const high = { name: "B", values: [2, 2.1, 1.9, 2.0] };
  const noisy = { name: "C", values: [2.5, 1.5, 2.2, 1.8] };

  it("clearlyBelow holds when the paired difference's interval is below 0", () => {
    expect(clearlyBelow(low, high).holds).toBe(true);
    expect(clearlyBelow(high, low).holds).toBe(false);
    expect(clearlyBelow(low, high).evidence).toContain("A − B = −0.988 [");
  });

  it("withinSpread holds when the interval contains 0, and not when the arms clearly differ", () => {
    expect(withinSpread(high, noisy).holds).toBe(true);
    expect(withinSpread(low, high).holds).toBe(false);
  });

  it("consistentlyBelow needs every seed", () => {
    expect(consistentlyBelow(low, high).holds).toBe(true);
    const once = consistentlyBelow(high, noisy);
    expect(once.holds).toBe(false);
    expect(once.evidence).toBe("시드 4개 중 2개에서 B < C");
  });

  it("allWithin checks every seed against a range", () => {
    expect(allWithin(low, [0.9, 1.1]).holds).toBe(true);
    expect(allWithin(low, [0.95, 1.1]).holds).toBe(false);
  });

  it("pairedDifference needs one value per seed in both arms", () => {
    expect(() => pairedDifference(low, { name: "D", values: [1] })).toThrow(
      "pairedDifference: arms A and D must hold one value per seed each, got 4 and 1",
    );
  });

  it("checkClaims throws listing the claims that do not follow, with their numbers", () => {
    expect(() => checkClaims([clearlyBelow(low, high)])).not.toThrow();
    expect(() => checkClaims([clearlyBelow(low, high), clearlyBelow(high, low)])).toThrow(
      /1 of 2 claims do not follow from the results:\n {2}B < A \(시드 간 편차 밖\): B − A = 0.988/,
    );
  });

  it("verdictsMarkdown marks each claim ✔ or ✘", () => {
    expect(
      verdictsMarkdown([clearlyBelow(low, high), clearlyBelow(high, low)])
        .split("\n")
        .map((l) => l.slice(0, 3)),
    ).toEqual(["- ✔", "- ✘"]);
  });
});

describe("format", () => {
  it("formatInterval writes the mean and its interval as formatNumber writes numbers", () => {
    expect(formatInterval({ mean: 0.578, ci95: [0.564, 0.592] })).toBe("0.578 [0.564, 0.592]");
    expect(formatInterval({ mean: -0.012345, ci95: [-1.9e-6, 0.2] })).toBe(
      "−0.0123 [−1.9\u00A0×\u00A010⁻⁶, 0.2]",
    );
  });
});
