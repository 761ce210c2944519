// Builds notebooks/NN-name.ipynb from its source, notebooks/src/NN-name.md.
//
//   node scripts/build.ts [NN-name …]    # writes the .ipynb files, with no outputs yet
//   node scripts/build.ts --check        # fails if a committed .ipynb's cells differ from src/
//
// The source is Markdown: every ```ts fenced block becomes a code cell, the text between two
// blocks one Markdown cell. `pnpm notebooks:execute` builds and then executes them; the
// executed .ipynb files are what is committed and published.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { notebooksDir } from "./kernel.ts";

export const sourceDir = join(notebooksDir, "src");

export interface Cell {
  cell_type: "markdown" | "code";
  id: string;
  metadata: Record<string, never>;
  source: string[];
  execution_count?: number | null;
  outputs?: unknown[];
}

/** The names (without extension) of every notebook, from src/*.md, in reading order. */
export function notebookNames(): string[] {
  return readdirSync(sourceDir)
    .filter((file) => file.endsWith(".md"))
    .map((file) => basename(file, ".md"))
    .sort();
}

/** Splits a Markdown source into cells: ```ts blocks are code, the text between is Markdown. */
export function cellsFromMarkdown(markdown: string): Cell[] {
  const cells: Cell[] = [];
  const push = (type: Cell["cell_type"], lines: string[]) => {
    const text = lines.join("\n").trim();
    if (text === "") return;
    const id = `cell-${String(cells.length + 1).padStart(2, "0")}`;
    const source = text.split("\n").map((line, i, all) => (i < all.length - 1 ? `${line}\n` : line));
    cells.push(
      type === "code"
        ? { cell_type: "code", execution_count: null, id, metadata: {}, outputs: [], source }
        : { cell_type: "markdown", id, metadata: {}, source },
    );
  };
  let lines: string[] = [];
  let inCode = false;
  for (const line of markdown.split("\n")) {
    if (!inCode && line.trimEnd() === "```ts") {
      push("markdown", lines);
      lines = [];
      inCode = true;
    } else if (inCode && line.trimEnd() === "```") {
      push("code", lines);
      lines = [];
      inCode = false;
    } else {
      lines.push(line);
    }
  }
  if (inCode) throw new Error("build: a ```ts block is not closed");
  push("markdown", lines);
  return cells;
}

/** A notebook for the tslab kernel, with the given cells and no outputs. */
export function notebookFromMarkdown(markdown: string): object {
  return {
    cells: cellsFromMarkdown(markdown),
    metadata: {
      kernelspec: { display_name: "TypeScript", language: "typescript", name: "tslab" },
      language_info: { file_extension: ".ts", mimetype: "text/typescript", name: "typescript" },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

function readSource(name: string): string {
  return readFileSync(join(sourceDir, `${name}.md`), "utf8");
}

/** Writes notebooks/<name>.ipynb from src/<name>.md (outputs empty until executed). */
export function buildNotebook(name: string): string {
  const file = join(notebooksDir, `${name}.ipynb`);
  writeFileSync(file, `${JSON.stringify(notebookFromMarkdown(readSource(name)), null, 1)}\n`);
  return file;
}

/** What differs between the committed notebooks and their sources; empty when they agree. */
export function checkNotebooks(): string[] {
  const problems: string[] = [];
  const names = notebookNames();
  const committed = readdirSync(notebooksDir).filter((file) => file.endsWith(".ipynb"));
  for (const file of committed) {
    if (!names.includes(basename(file, ".ipynb")))
      problems.push(`${file} has no source src/${basename(file, ".ipynb")}.md`);
  }
  for (const name of names) {
    const file = join(notebooksDir, `${name}.ipynb`);
    if (!existsSync(file)) {
      problems.push(`${name}.ipynb is missing: run pnpm notebooks:execute`);
      continue;
    }
    const expected = cellsFromMarkdown(readSource(name));
    const actual = (JSON.parse(readFileSync(file, "utf8")) as { cells: Cell[] }).cells;
    const text = (cells: Cell[]) =>
      cells.map((cell) => `${cell.cell_type}\n${[cell.source].flat().join("")}`);
    const [want, got] = [text(expected), text(actual)];
    const index = want.findIndex((cell, i) => cell !== got[i]);
    if (index !== -1 || want.length !== got.length) {
      const at = index === -1 ? Math.min(want.length, got.length) : index;
      problems.push(
        `${name}.ipynb differs from src/${name}.md at cell ${at + 1}: edit src/${name}.md, then run pnpm notebooks:execute`,
      );
    }
  }
  return problems;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  if (args[0] === "--check") {
    const problems = checkNotebooks();
    for (const problem of problems) console.error(`build: ${problem}`);
    process.exit(problems.length === 0 ? 0 : 1);
  }
  for (const name of args.length > 0 ? args : notebookNames()) console.log(`build: ${buildNotebook(name)}`);
}
