// erf and erfc against @stdlib/math-base-special-erf, ns per call (Vitest 5's bench fixture):
//   pnpm exec vitest bench --run test/special/erf.bench.ts
import stdlibErf from "@stdlib/math-base-special-erf";
import { test } from "vitest";
import { erf, erfc } from "../../src/index.js";

// 4096 seeded inputs over [−6, 6], the range where erf is not ±1
const xs = new Float64Array(4096);
let seed = 20261127;
for (let i = 0; i < xs.length; i++) {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  xs[i] = (seed / 2 ** 31) * 12 - 6;
}
let sink = 0;

// one loop per function, so that each call site stays monomorphic
function timeCore(): void {
  for (let i = 0; i < xs.length; i++) sink += erf(xs[i]);
}
function timeStdlib(): void {
  for (let i = 0; i < xs.length; i++) sink += stdlibErf(xs[i]);
}
function timeErfc(): void {
  for (let i = 0; i < xs.length; i++) sink += erfc(xs[i]);
}

test("erf over [−6, 6]: ns per call", async ({ bench }) => {
  const lines: string[] = [];
  for (const [name, loop] of [
    ["@activation-lab/core erf", timeCore],
    ["@stdlib/math-base-special-erf", timeStdlib],
    ["@activation-lab/core erfc", timeErfc],
  ] as const) {
    const result = await bench(name, loop).run();
    lines.push(`${name}: median ${((result.latency.p50 * 1e6) / xs.length).toFixed(1)} ns/call`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  if (Number.isNaN(sink)) throw new Error("unreachable");
});
