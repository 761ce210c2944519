// Writes the README's function table from the registry, between its marker comments:
// `pnpm --filter @activation-lab/core readme` (after `pnpm build`: it reads the built package, as a
// user would). test/readme.test.ts regenerates it and compares, so the table cannot drift.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ActivationParam } from "@activation-lab/core";
import * as core from "@activation-lab/core";

export const readmePath = new URL("../README.md", import.meta.url);
const START =
  "<!-- functions: generated from the registry by `pnpm --filter @activation-lab/core readme` -->";
const END = "<!-- end of the generated functions -->";

const greek: Record<ActivationParam["name"], string> = { alpha: "α", beta: "β" };

/** A parameter's default and valid range as the table writes them: `α = 0.01, [0, 1]`. */
function formatParam(param: ActivationParam): string {
  const { min, max } = param;
  const range =
    min === Number.NEGATIVE_INFINITY && max === Number.POSITIVE_INFINITY
      ? "any finite"
      : max === Number.POSITIVE_INFINITY
        ? `[${min}, ∞)`
        : min === Number.NEGATIVE_INFINITY
          ? `(−∞, ${max}]`
          : `[${min}, ${max}]`;
  return `${greek[param.name]} = ${param.default}, ${range}`;
}

/** The exported scalar functions of an activation: the function named by its id, then its derivatives. */
function scalarsOf(id: core.ActivationId): { f: string; grads: string[] } {
  const exported = Object.entries(core).filter(([, value]) => typeof value === "function");
  const names = exported.map(([name]) => name);
  if (!names.includes(id)) throw new Error(`readme: the registry's ${id} has no exported function ${id}`);
  // `${id}Grad` and the derivatives with respect to the parameter, `${id}Grad<Param>`
  const grads = names.filter(
    (name) =>
      name === `${id}Grad` || (/^[A-Z]/.test(name.slice(`${id}Grad`.length)) && name.startsWith(`${id}Grad`)),
  );
  return { f: id, grads: grads.sort((a, b) => a.length - b.length) };
}

/** A markdown table with its columns padded to one width, as the README's other tables are. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i].length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`;
  return [line(header), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.map(line)].join("\n");
}

/** The function table: one row per activation of the registry, in its order. */
export function functionTable(): string {
  const rows = core.activationIds.map((id) => {
    const info = core.activations[id];
    const args = info.param === undefined ? "x" : `x, ${info.param.name}`;
    const { f, grads } = scalarsOf(id);
    return [
      info.name.en,
      `\`${f}(${args})\``,
      grads.map((name) => `\`${name}(${args})\``).join(", "),
      info.param === undefined ? "" : formatParam(info.param),
    ];
  });
  return table(["activation", "function", "derivative(s)", "parameter (default, valid range)"], rows);
}

/** `readme` with the text between the markers replaced by the generated table. */
export function renderReadme(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`readme: README.md lacks the markers ${START} … ${END}`);
  return `${readme.slice(0, start + START.length)}\n\n${functionTable()}\n\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const before = readFileSync(readmePath, "utf8");
  const after = renderReadme(before);
  writeFileSync(readmePath, after);
  console.log(after === before ? "README.md: the table is current" : "README.md: table rewritten");
}
