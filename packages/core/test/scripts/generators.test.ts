// The committed reference data comes from the committed generators: each test runs a generator
// with mpmath on a sample (a few functions, a slice of the points) and compares the result with
// the committed files bit for bit. The full runs take a minute; these take seconds.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import * as coefficients from "../../src/kernels/loops/polynomialCoefficients.js";

const run = promisify(execFile);
// Debian's python3, which has python3-mpmath (`npm test` installs it; see the root README)
const PYTHON = "/usr/bin/python3";
const scripts = new URL("../../scripts/", import.meta.url);

async function generate(script: string, args: string[]): Promise<unknown> {
  try {
    const { stdout } = await run(PYTHON, [new URL(script, scripts).pathname, ...args], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(stdout);
  } catch (error) {
    throw new Error(
      `${script} ${args.join(" ")} failed: it needs ${PYTHON} with mpmath (apt-get install python3-mpmath)\n${error}`,
    );
  }
}

const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const everyNth = <T>(values: readonly T[], n: number) => values.filter((_, i) => i % n === 0);

interface ScalarFixture {
  generator: string;
  cases: { regime: string; param: number | null; points: [string, string][] }[];
}

describe("scripts/generateFixtures.py", () => {
  // a function of each kind: a tail, a zero crossing, a parameter, a kink, one added later
  const names = ["sigmoidGrad", "geluGrad", "swishGrad", "leakyRelu", "hardSwish", "siluGrad"];
  const every = 20;

  it(`regenerates every ${every}th point of ${names.join(", ")} exactly as committed in test/fixtures`, async () => {
    const sample = (await generate("generateFixtures.py", [
      "scalar",
      "--only",
      names.join(","),
      "--every",
      String(every),
    ])) as Record<string, ScalarFixture>;
    expect(Object.keys(sample).sort()).toEqual([...names].sort());
    for (const name of names) {
      const committed = readJson(`../fixtures/${name}.json`) as ScalarFixture;
      const expected = committed.cases.map((c) => ({ ...c, points: everyNth(c.points, every) }));
      // the values are strings (repr of a double): equal strings are equal bits, −0 included
      expect(sample[name].cases, name).toEqual(expected);
      expect(sample[name].generator).toBe(committed.generator);
    }
  }, 120_000);

  it("regenerates a slice of float32.json's gelu, swish and mish cases bit for bit", async () => {
    const ids = ["gelu", "swish", "mish"];
    const every = 40;
    type Float32Case = { id: string; param: number | null; x: number[]; f: number[]; df: number[] };
    const sample = (await generate("generateFixtures.py", [
      "float32",
      "--only",
      ids.join(","),
      "--every",
      String(every),
    ])) as { generator: string; cases: Float32Case[] };
    const committed = readJson("../kernels/fixtures/float32.json") as typeof sample;
    const expected = committed.cases
      .filter((c) => ids.includes(c.id))
      .map((c) => ({ ...c, x: everyNth(c.x, every), f: everyNth(c.f, every), df: everyNth(c.df, every) }));
    expect(sample.cases.map((c) => [c.id, c.param])).toEqual(expected.map((c) => [c.id, c.param]));
    sample.cases.forEach((c, i) => {
      for (const key of ["x", "f", "df"] as const) {
        const [got, want] = [c[key], expected[i][key]];
        expect(got.length).toBe(want.length);
        // Object.is tells −0 from +0, which toEqual does not
        const differing = got.findIndex((v, j) => !Object.is(v, want[j]));
        expect(differing, `${c.id} ${c.param} ${key}[${differing * every}]`).toBe(-1);
      }
    });
    expect(sample.generator).toBe(committed.generator);
    // and gelu's dy·gelu′ pairs with a large dy
    type ScaledCase = { id: string; x: number[]; dy: number[]; dx: number[] };
    const scaled = (sample as unknown as { scaledGradients: ScaledCase[] }).scaledGradients;
    const committedScaled = (committed as unknown as { scaledGradients: ScaledCase[] }).scaledGradients;
    expect(scaled.map((c) => c.id)).toEqual(["gelu"]);
    for (const key of ["x", "dy", "dx"] as const) {
      const [got, want] = [scaled[0][key], everyNth(committedScaled[0][key], every)];
      expect(got.length).toBe(want.length);
      const differing = got.findIndex((v, j) => !Object.is(v, want[j]));
      expect(differing, `gelu scaled ${key}[${differing * every}]`).toBe(-1);
    }
  }, 120_000);
});

describe("scripts/generateCoefficients.py", () => {
  it("regenerates the Chebyshev fits and the first Mills-ratio intervals (with their low parts) of polynomialCoefficients.ts, bits and text", async () => {
    type Fit = { values: number[]; text: string };
    const sample = (await generate("generateCoefficients.py", ["--sample"])) as Record<string, Fit>;
    const committed: Record<string, Float64Array> = {
      log1pRatio: coefficients.log1pRatio,
      exp2Reduced: coefficients.exp2Reduced,
      exp2m1Ratio: coefficients.exp2m1Ratio,
      millsRatioAccurate: coefficients.millsRatioAccurate,
      millsRatioAccurateLow: coefficients.millsRatioAccurateLow,
    };
    const file = readFileSync(
      new URL("../../src/kernels/loops/polynomialCoefficients.ts", import.meta.url),
      "utf8",
    );
    expect(Object.keys(sample).sort()).toEqual(Object.keys(committed).sort());
    expect(sample.millsRatioAccurate.values.length).toBe(2 * coefficients.MILLS_TERMS_ACCURATE);
    expect(sample.millsRatioAccurateLow.values.length).toBe(2 * 2);
    for (const [name, { values, text }] of Object.entries(sample)) {
      const want = Array.from(committed[name].subarray(0, values.length));
      const differing = values.findIndex((v, i) => !Object.is(v, want[i]));
      expect(differing, `${name}[${differing}]`).toBe(-1);
      // laid out as committed (as Biome formats it), so the file needs no formatting step
      expect(file).toContain(`export const ${name} = Float64Array.of(\n${text}`);
    }
  }, 120_000);
});
