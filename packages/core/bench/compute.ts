// Compute-only timing of the float32 SIMD kernels: each export called on the module's own buffers
// (CHUNK elements, no copies in or out), so that a change to a kernel's arithmetic shows alone.
// The fused gated units are timed the same way, n elements of a and of b, beside their gate's
// activation kernel. Usage (after `pnpm build`):
//   node bench/compute.ts                                     the curved kernels, relaxed build
//   node bench/compute.ts --only sigmoid,elu --rounds 15 --build simd
// Times are ns per element, the fastest of `--rounds` rounds (default 11) of 100 calls each: load
// from other processes on the machine only ever adds time.

import type { SimdBuild } from "../dist/kernels/simd/simdKernels.js";
import { kernelModule } from "./kernelModule.ts";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const build = (option("--build") ?? "relaxed-simd") as SimdBuild;
const rounds = Number(option("--rounds") ?? 11);
const names = (option("--only") ?? "sigmoid,elu,swish,tanh,geluTanh,softplus,gelu,mish").split(",");

const module = kernelModule(build);
const { chunk, x, dy, value } = module;

/** Inputs uniform in [−8, 8) (a fixed sequence), upstream gradients and values in [−1, 1). */
function fill(): void {
  let state = 12345;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  for (let i = 0; i < chunk; i++) {
    x[i] = 16 * next() - 8;
    dy[i] = 2 * next() - 1;
    value[i] = 2 * next() - 1;
  }
}

const CALLS = 100;

/** ns per element of `loop` on the buffers (refilled before each round: the kernels work in place). */
function time(loop: (n: number, param: number, half?: number) => void, param: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    fill();
    const start = process.hrtime.bigint();
    for (let c = 0; c < CALLS; c++) loop(chunk, param);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / (CALLS * chunk));
    // keep the values in range: a backward pass's results are small, a forward's may be anything
  }
  return best;
}

const params: Record<string, number> = { elu: 1, swish: 1 };
const glu: Record<string, string> = { sigmoid: "Sigmoid", swish: "Swish", gelu: "Gelu" };
const rows: string[][] = [["kernel", "forward", "backward", "glu forward", "×", "glu backward", "×"]];
for (const name of names) {
  const param = params[name] ?? 0;
  const f = time((n, p) => module.forward(name, n, p), param);
  const b = time((n, p) => module.backward(name, n, p), param);
  const row = [name, f.toFixed(3), b.toFixed(3)];
  if (glu[name] !== undefined) {
    const gf = time(module.glu(`glu${glu[name]}Forward`), param);
    const gb = time(module.glu(`glu${glu[name]}Backward`), param);
    row.push(gf.toFixed(3), (gf / f).toFixed(2), gb.toFixed(3), (gb / b).toFixed(2));
  }
  rows.push(row);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => (row[c] ?? "").length)));
for (const row of rows) console.log(row.map((cell, c) => cell.padStart(widths[c])).join("  "));
console.log(`build ${build}, ${chunk} elements per call, ns per element, fastest of ${rounds} rounds`);
