import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type DyingResult, dyingClaims, dyingStudy } from "../src/index.js";

const committed = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "results", "dying.json"), "utf8"),
) as DyingResult;

describe("dyingStudy", () => {
  it("re-runs a sample of the committed results bit for bit (two seeds)", () => {
    const sample = dyingStudy({ seeds: [1, 2] });
    sample.arms.forEach((arm, i) => {
      expect(arm.testLoss.values).toEqual(committed.arms[i].testLoss.values.slice(0, 2));
      expect(arm.died.map((l) => l.values)).toEqual(committed.arms[i].died.map((l) => l.values.slice(0, 2)));
    });
  });

  it("no ReLU unit of layer 1 is off on every sample at He initialisation (spiral inputs take both signs)", () => {
    for (const arm of committed.arms) expect(arm.offAtInit[0].max).toBe(0);
  });

  it("dyingClaims hold for the committed seeds 1–10 (fresh seeds 101–110: dying.fresh.test.ts)", () => {
    expect(dyingClaims(committed).filter((v) => !v.holds)).toEqual([]);
  });
});
