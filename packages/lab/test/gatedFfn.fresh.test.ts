import { describe, expect, it } from "vitest";
import { gatedFfnClaims, gatedFfnStudy, seedRange } from "../src/index.js";
import { learningRates } from "./gatedFfnCommitted.js";

describe("gatedFfnStudy, fresh seeds", () => {
  it("gatedFfnClaims hold for fresh seeds 101–110 at the committed learning rates", () => {
    const fresh = gatedFfnStudy({ seeds: seedRange(101, 10), learningRates });
    expect(gatedFfnClaims(fresh).filter((v) => !v.holds)).toEqual([]);
  });
});
