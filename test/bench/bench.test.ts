// The benchmarks as `pnpm bench --quick` runs them, after `pnpm build`: that they run and print a
// complete table. A smoke test only; the speeds themselves are measured, not asserted. The same for
// the two tools run by hand on a kernel's arithmetic (bench/compute.ts, scripts/verifyFloat32.ts,
// whose short sweep must also find every result within 1 ULP). No timeout of its own: beside the
// other tests on a loaded machine the quick run takes minutes (the e2e project allows 10).
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { activationIds } from "@activation-lab/core";
import { describe, expect, it } from "vitest";

const coreDir = resolve(import.meta.dirname, "../../packages/core");
/**
 * The standard output of a script of packages/core (bench/ unless named with its folder); its
 * standard error must be empty (no tfjs greeting, no warning).
 */
function run(script: string, args = ["--quick"]): string {
  const path = script.includes("/") ? script : join("bench", script);
  const result = spawnSync(process.execPath, [path, ...args], {
    cwd: coreDir,
    encoding: "utf8",
  });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout;
}

/** The numbers on the table row that starts with `label`. */
function row(output: string, label: string): number[] {
  const line = output.split("\n").find((l) => l.startsWith(`${label} `));
  if (line === undefined) throw new Error(`no row "${label}" in:\n${output}`);
  return line.slice(label.length).trim().split(/\s+/).map(Number);
}

describe("the benchmarks", () => {
  it("kernels: every kernel at 1e3 and 1e5 elements, float32 copied and resident beside tfjs (cpu, wasm, wasm+io) and a floor, float64 beside a naive loop", () => {
    const output = run("kernels.ts");
    const tables = output.split(/^n = /m).slice(1);
    const headings = ["1e+3 float32", "1e+3 float64", "1e+5 float32", "1e+5 float64"];
    expect(tables.map((t) => t.split(/\s+/).slice(0, 2).join(" "))).toEqual(headings);
    // float32: ours, resident, js, tfjs, wasm, wasm+io, floor and four ratios; float64: ours, js,
    // naive, ×naive
    const columns = { float32: 11, float64: 4 };
    tables.forEach((table, t) => {
      const precision = headings[t].endsWith("float32") ? "float32" : "float64";
      for (const id of activationIds) {
        for (const pass of ["forward", "backward"]) {
          const numbers = row(table, `${id} ${pass}`);
          expect(numbers, `${precision} ${id} ${pass}`).toHaveLength(columns[precision]);
          for (const value of numbers) expect(value, `${precision} ${id} ${pass}`).toBeGreaterThan(0);
        }
      }
    });
  });

  it("kernels --best: per-channel PReLU against Leaky ReLU as the ratio of the fastest samples, copied and resident", () => {
    const output = run("kernels.ts", ["--quick", "--best", "--only", "prelu,leakyRelu", "--sizes", "1e3"]);
    expect(output).toContain(
      "against a kernel of ours, per element, the fastest sample over the reference's fastest",
    );
    for (const pass of ["forward", "backward"]) {
      const line = output.match(
        new RegExp(`prelu/40ch ${pass} / leakyRelu ${pass} (\\S+)×, resident (\\S+)×`),
      );
      expect(line, pass).not.toBeNull();
      for (const ratio of line!.slice(1).map(Number)) expect(ratio, pass).toBeGreaterThan(0);
    }
  });

  it("training: samples per second of ours (float64, float32) and tfjs for each activation, their geometric mean, and the playground's networks in epochs per second", () => {
    const output = run("training.ts");
    for (const activation of ["relu", "tanh", "gelu"]) {
      const numbers = row(output, activation);
      for (const value of numbers.slice(0, 5)) expect(value, activation).toBeGreaterThan(0);
    }
    expect(output).toMatch(/geometric mean ×tfjs: \d+\.\d/);
    for (const network of ["2-8-8-2 tanh", "2-8-8-2 relu", "2-64-64-64-2 relu"]) {
      // batch, then epochs/s in float64 and float32
      for (const value of row(output, network).slice(0, 3)) expect(value, network).toBeGreaterThan(0);
    }
  });

  it("compute: a kernel's compute alone on the module's buffers, its gated unit beside it", () => {
    const output = run("compute.ts", ["--rounds", "1", "--only", "sigmoid,swish,gelu"]);
    for (const gate of ["sigmoid", "swish", "gelu"]) {
      // forward, backward, glu forward and its ratio, glu backward and its ratio
      const numbers = row(output.replace(/^ +/gm, ""), gate);
      expect(numbers, gate).toHaveLength(6);
      for (const value of numbers) expect(value, gate).toBeGreaterThan(0);
    }
  });

  it("verifyFloat32: a strided sweep of swish on both builds, every result within 1 ULP of the scalar function's", () => {
    const output = run("scripts/verifyFloat32.ts", [
      "swish",
      "--stride",
      "1048573",
      "--dy",
      "1,-0.3",
      "--peers",
      "ours,simd",
    ]);
    const lines = output.split("\n").filter((line) => line.includes(" checked "));
    // forward, and backward at each dy, on each build
    expect(lines).toHaveLength(6);
    for (const line of lines) {
      expect(line).toMatch(/ checked 4097 .* >1 ULP 0 {2}NaN mismatches 0 {2}signed-zero mismatches 0 /);
    }
  });
});
