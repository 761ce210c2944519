import { describe, expect, it } from "vitest";
import { seedRange, zeroCentringClaims, zeroCentringStudy } from "../src/index.js";

describe("zeroCentringStudy, fresh seeds", () => {
  it("zeroCentringClaims hold for fresh seeds 101–110", () => {
    const verdicts = zeroCentringClaims(zeroCentringStudy({ seeds: seedRange(101, 10) }));
    expect(verdicts.filter((v) => !v.holds)).toEqual([]);
  });
});
