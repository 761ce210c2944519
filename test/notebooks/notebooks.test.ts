// Every notebook executes with the project's tslab kernel through real Jupyter (nbclient),
// without errors, and reproduces the outputs committed in it.
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  comparableCells,
  executeNotebook,
  firstDifference,
  jupyterDataDir,
  jupyterEnv,
  notebooksDir,
  python,
  repoRoot,
  runScript,
} from "../helpers/notebook.js";

const fixtures = join(import.meta.dirname, "fixtures");
const NOTEBOOK_LIMIT_MS = 60_000;
const notebooks = readdirSync(notebooksDir)
  .filter((file) => file.endsWith(".ipynb"))
  .sort();

let scratch = "";
const seconds = new Map<string, number>();

beforeAll(() => {
  for (const dist of [
    "packages/core/dist/index.js",
    "packages/charts/dist/index.js",
    "packages/lab/dist/index.js",
  ]) {
    if (!existsSync(join(repoRoot, dist))) throw new Error(`${dist} is missing: run pnpm build first`);
  }
  const install = runScript("kernel.ts");
  if (install.status !== 0) throw new Error(`notebooks/scripts/kernel.ts failed:\n${install.stderr}`);
  scratch = mkdtempSync(join(tmpdir(), "activation-lab-notebooks-"));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  if (seconds.size > 0) {
    const total = [...seconds.values()].reduce((a, b) => a + b, 0);
    const rows = [...seconds].map(([name, s]) => `  ${name.padEnd(28)} ${s.toFixed(1).padStart(5)} s`);
    console.log(
      `notebook execution times:\n${rows.join("\n")}\n  ${"total".padEnd(28)} ${total.toFixed(1).padStart(5)} s`,
    );
  }
});

describe("the project's kernel", () => {
  it("is registered under notebooks/.jupyter and found by Jupyter through JUPYTER_PATH", () => {
    const find = spawnSync(
      python,
      [
        "-c",
        "import json; from jupyter_client.kernelspec import KernelSpecManager as K; print(json.dumps(K().find_kernel_specs()))",
      ],
      { env: jupyterEnv, encoding: "utf8" },
    );
    expect(find.status, find.stderr).toBe(0);
    expect(JSON.parse(find.stdout).tslab).toBe(join(jupyterDataDir, "kernels", "tslab"));
  });

  it("starts tslab through notebooks/scripts/tslabKernel.ts with a Node ≥ 22.12 named in its argv, not the first node on PATH", () => {
    const spec = JSON.parse(readFileSync(join(jupyterDataDir, "kernels", "tslab", "kernel.json"), "utf8"));
    const [node, script, command] = spec.argv as string[];
    const version = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim();
    const [major, minor] = version.slice(1).split(".").map(Number);
    expect(major > 22 || (major === 22 && minor >= 12), `${node} is ${version}`).toBe(true);
    expect(script).toBe(join(notebooksDir, "scripts", "tslabKernel.ts"));
    expect(command).toBe("kernel");
  });
});

describe("executing a notebook", () => {
  it("captures a clean notebook's last expression as its output", () => {
    const output = join(scratch, "clean.ipynb");
    const run = executeNotebook(join(fixtures, "clean.ipynb"), output, NOTEBOOK_LIMIT_MS);
    expect(run.ok, run.stderr).toBe(true);
    expect(comparableCells(output)[0]).toContain('"text": "42\\n"');
  });

  it("fails on a type error, which tslab reports with an empty ename", () => {
    const run = executeNotebook(
      join(fixtures, "type-error.ipynb"),
      join(scratch, "type-error.ipynb"),
      NOTEBOOK_LIMIT_MS,
    );
    expect(run.ok).toBe(false);
    expect(run.stderr).toContain("Type 'string' is not assignable to type 'number'");
  });

  it("names a type error's cell as Jupyter does and prints its line with a caret under the column", () => {
    const run = executeNotebook(
      join(fixtures, "type-error-on-line-3.ipynb"),
      join(scratch, "type-error-on-line-3.ipynb"),
      NOTEBOOK_LIMIT_MS,
    );
    expect(run.ok).toBe(false);
    // cell 1 is Markdown; the code cell is the second, and the first to run
    expect(run.stderr).toContain(
      "error in cell 2 (In [1]), line 3:\n   3 | const b: string = a;\n             ^\n3:7 - Type 'number'",
    );
  });

  it("fails on a thrown error", () => {
    const run = executeNotebook(
      join(fixtures, "thrown-error.ipynb"),
      join(scratch, "thrown.ipynb"),
      NOTEBOOK_LIMIT_MS,
    );
    expect(run.ok).toBe(false);
    expect(run.stderr).toContain("RangeError: thrown on purpose");
  });

  it("traces a thrown error to the cells' own lines, not to tslab's compiled JavaScript", () => {
    const run = executeNotebook(
      join(fixtures, "thrown-in-earlier-cell.ipynb"),
      join(scratch, "thrown-in-earlier-cell.ipynb"),
      NOTEBOOK_LIMIT_MS,
    );
    expect(run.ok).toBe(false);
    // check() is on line 7 of cell 2 (In [1]), called from line 3 of cell 4 (In [2]); the
    // compiled JavaScript has neither the interface nor the blank lines, so its lines differ.
    expect(run.stderr).toContain("error in cell 4 (In [2]), cell 2 (In [1]), line 7:");
    expect(run.stderr).toContain(
      "RangeError: check: x is above the limit\n    at check (In [1]:7:32)\n    at In [2]:3:1\n",
    );
    expect(run.stderr).toContain(
      'In [1], line 7:\n  if (x > options.limit) throw new RangeError("check: x is above the limit");\n' +
        `${" ".repeat(31)}^`,
    );
    expect(run.stderr).not.toMatch(/evalmachine|tslab[\\/]dist|node:vm/);
  });

  it("fails when a cell writes to stderr", () => {
    const run = executeNotebook(
      join(fixtures, "writes-stderr.ipynb"),
      join(scratch, "stderr.ipynb"),
      NOTEBOOK_LIMIT_MS,
    );
    expect(run.ok).toBe(false);
    expect(run.stderr).toContain("output on stderr");
  });
});

/**
 * Runs fixture `name` copied into a fresh folder outside the repository, which `prepare` may fill
 * first; its run and its output's cells (none where it wrote no output).
 */
function runOutside(name: string, prepare: (dir: string) => void = () => {}) {
  const dir = mkdtempSync(join(tmpdir(), `activation-lab-${name}-`));
  try {
    prepare(dir);
    const notebook = join(dir, `${name}.ipynb`);
    const out = join(dir, "out.ipynb");
    copyFileSync(join(fixtures, `${name}.ipynb`), notebook);
    const run = executeNotebook(notebook, out, NOTEBOOK_LIMIT_MS);
    return { run, cells: existsSync(out) ? comparableCells(out) : [] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("a notebook outside the repository", () => {
  it("finds Node's types (node:fs, Buffer) with the project's kernel", () => {
    const { run, cells } = runOutside("node-types");
    expect(run.ok, run.stderr).toBe(true);
    expect(cells[0]).toContain('"text": "4\\n"');
  });
});

describe("a file the compiler read, changed on disk between cells", () => {
  it("fails no later cell (tslab's one rebuild timer met TypeScript's own: 'Unexpected pending rebuildTimer')", () => {
    const { run, cells } = runOutside("file-changes", (dir) => {
      const probe = join(dir, "node_modules", "probe");
      mkdirSync(probe, { recursive: true });
      writeFileSync(
        join(probe, "package.json"),
        '{ "name": "probe", "main": "index.js", "types": "index.d.ts" }\n',
      );
      writeFileSync(join(probe, "index.js"), "exports.answer = 41;\n");
      writeFileSync(join(probe, "index.d.ts"), "export declare const answer: number;\n");
    });
    expect(run.ok, run.stderr).toBe(true);
    expect(cells[2]).toContain('"text": "42\\n"');
  });
});

describe("the committed notebooks", () => {
  it("are built from their sources in notebooks/src", () => {
    const check = runScript("build.ts", ["--check"]);
    expect(check.status, check.stderr).toBe(0);
  });

  it.each(notebooks)(
    "%s executes without errors in under 60 s and reproduces its committed outputs",
    (file) => {
      const committed = join(notebooksDir, file);
      const output = join(scratch, file);
      const run = executeNotebook(committed, output, NOTEBOOK_LIMIT_MS);
      expect(run.ok, run.stderr || `${file} did not finish within ${NOTEBOOK_LIMIT_MS / 1000} s`).toBe(true);
      seconds.set(basename(file), run.seconds);

      const [want, got] = [comparableCells(committed), comparableCells(output)];
      expect(got.length, "number of cells").toBe(want.length);
      want.forEach((cell, i) => {
        const message = () =>
          `${file}, cell ${i + 1} changed on re-execution (pnpm notebooks:execute rewrites it) at ${firstDifference(cell, got[i])}`;
        expect(got[i] === cell, cell === got[i] ? "" : message()).toBe(true);
      });
    },
  );
});
