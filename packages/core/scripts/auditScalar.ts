// The scalar functions against the references scripts/auditScalar.py writes (its header says how
// to run both): per function and parameter, the points, the range, the largest error against the
// exact value in ULPs of it, and how many results are more than 1 ULP from the correctly rounded
// double. `node scripts/auditScalar.ts [DIR] [--worst N]` after `pnpm build` (it reads the built
// package); it exits with 1 when any result breaks the contract. With --worst, also the N inputs of
// largest error per function (all parameters), as JSON: generateFixtures.py's AUDIT_WORST.
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@activation-lab/core";
import { ordinal } from "../test/fixtures/ulp.ts";

interface IndexEntry {
  function: string;
  param: number | null;
  regime: string;
  range: [number, number];
  file: string;
}

const args = process.argv.slice(2);
const worstAt = args.indexOf("--worst");
const worstCount = worstAt < 0 ? 0 : Number(args.splice(worstAt, 2)[1]);
const dir = args[0] ?? join(tmpdir(), "activation-lab-scalar-audit");
const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as {
  points: number;
  cases: IndexEntry[];
};
const functions = core as unknown as Record<string, (x: number, param?: number) => number>;

interface Row {
  name: string;
  param: number | null;
  range: [number, number];
  points: number;
  maxError: number;
  worstX: number;
  beyondOne: number;
  firstBeyond?: { x: number; got: number; expected: number; ulps: number };
}

// The worstCount largest errors per function, as [error, x], smallest first
const worst = new Map<string, [number, number][]>();
function keepWorst(name: string, error: number, x: number): void {
  const list = worst.get(name) ?? [];
  worst.set(name, list);
  if (list.length === worstCount && error <= list[0][0]) return;
  list.push([error, x]);
  list.sort((p, q) => p[0] - q[0]);
  if (list.length > worstCount) list.shift();
}

const rows = new Map<string, Row>();
for (const entry of index.cases) {
  const f = functions[entry.function];
  if (typeof f !== "function") throw new Error(`auditScalar: no export named ${entry.function}`);
  const key = `${entry.function}\t${entry.param}`;
  let row = rows.get(key);
  if (row === undefined) {
    row = {
      name: entry.function,
      param: entry.param,
      range: entry.range,
      points: 0,
      maxError: 0,
      worstX: Number.NaN,
      beyondOne: 0,
    };
    rows.set(key, row);
  }
  const data = readFileSync(join(dir, entry.file));
  const values = new Float64Array(data.buffer, data.byteOffset, data.byteLength / 8);
  for (let i = 0; i < values.length; i += 4) {
    // the exact value is hi + offset·ulp, hi correctly rounded
    const [x, hi, ulp, offset] = [values[i], values[i + 1], values[i + 2], values[i + 3]];
    const got = entry.param === null ? f(x) : f(x, entry.param);
    row.points++;
    // got − hi is exact where got is within a few ULPs of hi (Sterbenz); far off, near enough
    let error = got === hi ? Math.abs(offset) : Math.abs((got - hi) / ulp - offset);
    if (Number.isNaN(error)) error = Number.POSITIVE_INFINITY; // NaN, or a wrong infinity
    if (worstCount > 0) keepWorst(entry.function, error, x);
    if (!(error <= row.maxError)) {
      row.maxError = error;
      row.worstX = x;
    }
    const d = ordinal(got) - ordinal(hi);
    const ulps = Number(d < 0n ? -d : d);
    if (Number.isNaN(got) || ulps > 1) {
      row.beyondOne++;
      row.firstBeyond ??= { x, got, expected: hi, ulps };
    }
  }
}

const format = (v: number) => (Number.isInteger(v) ? String(v) : v.toPrecision(3));
const lines = [
  `| function | param | points | range | max error (ULP of the exact value) | at x | > 1 ULP from correctly rounded |`,
  `| --- | --- | ---: | --- | ---: | --- | ---: |`,
];
let failures = 0;
for (const r of rows.values()) {
  failures += r.beyondOne;
  const range = `[${format(r.range[0])}, ${format(r.range[1])}]`;
  lines.push(
    `| ${r.name} | ${r.param ?? "–"} | ${r.points} | ${range} | ${r.maxError.toFixed(3)} | ${Number.isNaN(r.worstX) ? "–" : r.worstX} | ${r.beyondOne} |`,
  );
}
console.log(lines.join("\n"));
for (const r of rows.values()) {
  const w = r.firstBeyond;
  if (w !== undefined)
    console.log(
      `${r.name}(${w.x}${r.param === null ? "" : `, ${r.param}`}) = ${w.got}, correctly rounded ${w.expected}: ${w.ulps} ULP apart (${r.beyondOne} such points)`,
    );
}
if (worstCount > 0)
  console.log(
    JSON.stringify(Object.fromEntries([...worst].map(([name, list]) => [name, list.map((p) => p[1])]))),
  );
process.exitCode = failures > 0 ? 1 : 0;
