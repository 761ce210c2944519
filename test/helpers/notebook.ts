// Running the project's notebooks the way a user does: the project's tslab kernel, real Jupyter.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const notebooksDir = join(repoRoot, "notebooks");

/** The Python with Jupyter: as notebooks/scripts/kernel.ts chooses it. */
export const python =
  process.env["ACTIVATION_LAB_PYTHON"] ?? (existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3");

/** Where `pnpm notebooks` registers the kernel (tslab install --prefix notebooks/.jupyter). */
export const jupyterDataDir = join(notebooksDir, ".jupyter", "share", "jupyter");

export const jupyterEnv = {
  ...process.env,
  JUPYTER_PATH: [jupyterDataDir, process.env["JUPYTER_PATH"]].filter(Boolean).join(delimiter),
};

/** Runs one of notebooks/scripts/*.ts with this Node (≥ 22.12, as `pnpm` runs it). */
export function runScript(script: string, args: string[] = []) {
  return spawnSync(process.execPath, [join(notebooksDir, "scripts", script), ...args], {
    cwd: notebooksDir,
    encoding: "utf8",
  });
}

export interface Execution {
  ok: boolean;
  stderr: string;
  seconds: number;
}

/**
 * Executes a notebook with nbclient (notebooks/scripts/execute.py) into `output`, never in place.
 * Killed after `timeoutMs`.
 */
export function executeNotebook(file: string, output: string, timeoutMs: number): Execution {
  const run = spawnSync(python, [join(notebooksDir, "scripts", "execute.py"), file, "--output", output], {
    env: jupyterEnv,
    encoding: "utf8",
    timeout: timeoutMs,
    killSignal: "SIGKILL",
  });
  if (run.error) return { ok: false, stderr: `${run.error.message}\n${run.stderr}`, seconds: Number.NaN };
  const seconds = run.status === 0 ? (JSON.parse(run.stdout) as { seconds: number }).seconds : Number.NaN;
  return { ok: run.status === 0, stderr: run.stderr, seconds };
}

type Multiline = string | string[];
interface NotebookJson {
  cells: { cell_type: string; source: Multiline; outputs?: Record<string, unknown>[] }[];
}

const text = (value: Multiline) => (Array.isArray(value) ? value.join("") : value);

/**
 * What re-execution must reproduce: each cell's type, source and outputs, every output's text
 * and data exactly. Left out, as legitimately variable: execution counts and cell metadata
 * (Jupyter's timing records, collapsed/scrolled state).
 */
export function comparableCells(file: string): string[] {
  const notebook = JSON.parse(readFileSync(file, "utf8")) as NotebookJson;
  return notebook.cells.map((cell) => {
    const outputs = (cell.outputs ?? []).map(({ execution_count: _, ...output }) => {
      const data = output["data"] as Record<string, Multiline> | undefined;
      return {
        ...output,
        ...(typeof output["text"] !== "undefined" && { text: text(output["text"] as Multiline) }),
        ...(data && { data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, text(v)])) }),
      };
    });
    return JSON.stringify({ type: cell.cell_type, source: text(cell.source), outputs }, null, 1);
  });
}

/** Where two texts first differ, with some context either side, for a readable failure message. */
export function firstDifference(expected: string, actual: string): string {
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, at - 60), at + 60));
  return `character ${at}:\n  committed: …${around(expected)}…\n  executed:  …${around(actual)}…`;
}
