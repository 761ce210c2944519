import { describe, expect, it } from "vitest";
import { freshEluClaims } from "./eluCommitted.js";

describe("eluStudy, He, fresh seeds", () => {
  it("eluInitClaims hold for He on fresh seeds 101–110 (with elu.glorot.fresh.test.ts: all of eluClaims)", () => {
    expect(freshEluClaims("he").filter((v) => !v.holds)).toEqual([]);
  });
});
