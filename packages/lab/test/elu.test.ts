import { describe, expect, it } from "vitest";
import { eluClaims, eluInitClaims, eluStudy } from "../src/index.js";
import { committedElu, rates } from "./eluCommitted.js";

describe("eluStudy", () => {
  it("re-runs a sample of the committed results bit for bit (He, two seeds)", () => {
    const { result } = committedElu.he;
    const sample = eluStudy({ seeds: [1, 2], init: "he", learningRates: rates(result) });
    sample.arms.forEach((arm, i) => {
      expect(arm.testLoss.values).toEqual(result.arms[i].testLoss.values.slice(0, 2));
      expect(arm.earlyLoss.values).toEqual(result.arms[i].earlyLoss.values.slice(0, 2));
    });
  });

  it("eluClaims hold for the committed seeds 1–10 (fresh seeds 101–110: elu.he.fresh.test.ts, elu.glorot.fresh.test.ts)", () => {
    expect(eluClaims(committedElu.he.result, committedElu.glorot.result).filter((v) => !v.holds)).toEqual([]);
  });

  it("eluInitClaims of He and of Glorot together are eluClaims: the same verdicts, one flatness per init", () => {
    const { he, glorot } = { he: committedElu.he.result, glorot: committedElu.glorot.result };
    const whole = eluClaims(he, glorot);
    const parts = [...eluInitClaims(he), ...eluInitClaims(glorot)];
    expect(parts.filter((v) => !v.claim.startsWith("모든 평가 손실 곡선"))).toEqual(whole.slice(1));
    expect(parts.filter((v) => v.claim.startsWith("모든 평가 손실 곡선")).every((v) => v.holds)).toBe(
      whole[0].holds,
    );
  });

  it("eluStudy rejects an unknown init, naming it", () => {
    expect(() =>
      eluStudy({ seeds: [1, 2], init: "lecun" as "he", learningRates: { ReLU: 0.01, ELU: 0.01 } }),
    ).toThrow('eluStudy: init must be "he" or "glorot", got "lecun"');
  });
});
