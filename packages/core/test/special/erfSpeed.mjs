// erf and erfc against @stdlib/math-base-special-erf, ns per call, on the built package:
//   pnpm build && node packages/core/test/special/erfSpeed.mjs
// A plain Node script, not a Vitest bench: Vitest's module transform routes every imported call
// through a getter, which costs more than erf itself. Each function gets its own loop (so each
// call site stays monomorphic); rounds alternate between them; the fastest round counts.

import { erf, erfc } from "@activation-lab/core";
import stdlibErf from "@stdlib/math-base-special-erf";

// 16384 seeded inputs over [−6, 6], the range where erf is not ±1
const xs = new Float64Array(16384);
let seed = 20261127;
for (let i = 0; i < xs.length; i++) {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  xs[i] = (seed / 2 ** 31) * 12 - 6;
}
let sink = 0;

const loops = {
  "Math.exp (baseline)": () => {
    for (let i = 0; i < xs.length; i++) sink += Math.exp(xs[i]);
  },
  "@stdlib/math-base-special-erf": () => {
    for (let i = 0; i < xs.length; i++) sink += stdlibErf(xs[i]);
  },
  "@activation-lab/core erf": () => {
    for (let i = 0; i < xs.length; i++) sink += erf(xs[i]);
  },
  "@activation-lab/core erfc": () => {
    for (let i = 0; i < xs.length; i++) sink += erfc(xs[i]);
  },
};

const best = Object.fromEntries(Object.keys(loops).map((name) => [name, Number.POSITIVE_INFINITY]));
for (let round = 0; round < 200; round++) {
  for (const [name, loop] of Object.entries(loops)) {
    const start = process.hrtime.bigint();
    loop();
    best[name] = Math.min(best[name], Number(process.hrtime.bigint() - start) / xs.length);
  }
}
for (const [name, ns] of Object.entries(best)) console.log(`${name.padEnd(32)} ${ns.toFixed(1)} ns/call`);
if (Number.isNaN(sink)) process.exitCode = 1;
