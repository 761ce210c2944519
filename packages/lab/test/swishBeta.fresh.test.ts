import { describe, expect, it } from "vitest";
import { seedRange, swishBetaClaims, swishBetaStudy } from "../src/index.js";

describe("swishBetaStudy, fresh seeds", () => {
  it("swishBetaClaims hold for fresh seeds 101–110", () => {
    expect(swishBetaClaims(swishBetaStudy({ seeds: seedRange(101, 10) })).filter((v) => !v.holds)).toEqual(
      [],
    );
  });
});
