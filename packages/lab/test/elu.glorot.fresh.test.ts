import { describe, expect, it } from "vitest";
import { freshEluClaims } from "./eluCommitted.js";

describe("eluStudy, Glorot, fresh seeds", () => {
  it("eluInitClaims hold for Glorot on fresh seeds 101–110 (with elu.he.fresh.test.ts: all of eluClaims)", () => {
    expect(freshEluClaims("glorot").filter((v) => !v.holds)).toEqual([]);
  });
});
