import { describe, expect, it } from "vitest";
import { dyingClaims, dyingStudy, seedRange } from "../src/index.js";

describe("dyingStudy, fresh seeds", () => {
  it("dyingClaims hold for fresh seeds 101–110", () => {
    expect(dyingClaims(dyingStudy({ seeds: seedRange(101, 10) })).filter((v) => !v.holds)).toEqual([]);
  });
});
