import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type PreluResult, preluClaims, preluStudy, seedRange } from "../src/index.js";

const committed = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "results", "prelu.json"), "utf8"),
) as {
  shared: PreluResult;
  perUnit: PreluResult;
};

describe("preluStudy", () => {
  it("re-runs a sample of the committed results bit for bit (two seeds)", () => {
    const sample = preluStudy({ seeds: [1, 2] });
    expect(sample.alpha.map((a) => a.values)).toEqual(
      committed.shared.alpha.map((a) => a.values.slice(0, 2)),
    );
  });

  it("preluClaims hold for the committed seeds 1–10 and for fresh seeds 101–110", () => {
    expect(preluClaims(committed.shared).filter((v) => !v.holds)).toEqual([]);
    expect(preluClaims(preluStudy({ seeds: seedRange(101, 10) })).filter((v) => !v.holds)).toEqual([]);
  });
});
