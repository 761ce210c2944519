import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The parts of an nbformat 4 notebook the site renders. */
export interface Notebook {
  cells: NotebookCell[];
  metadata: { kernelspec?: { display_name?: string; language?: string }; language_info?: { name?: string } };
}

export type NotebookCell =
  | { cell_type: "markdown"; source: string | string[] }
  | { cell_type: "raw"; source: string | string[] }
  | {
      cell_type: "code";
      source: string | string[];
      execution_count: number | null;
      outputs: NotebookOutput[];
    };

export type MimeBundle = Record<string, string | string[] | undefined>;

export type NotebookOutput =
  | { output_type: "stream"; name: "stdout" | "stderr"; text: string | string[] }
  | { output_type: "execute_result" | "display_data"; data: MimeBundle; execution_count?: number | null }
  | { output_type: "error"; ename: string; evalue: string; traceback: string[] };

/** One notebook file found in the notebooks folder. */
export interface NotebookFile {
  /** file name without `.ipynb`, e.g. "01-sigmoid"; also the page's URL segment */
  slug: string;
  /** absolute path of the .ipynb file */
  path: string;
  notebook: Notebook;
  /** the text of the first Markdown heading, or the slug */
  title: string;
}

/**
 * The notebooks folder: `notebooks/` at the repository's root, set by astro.config.mjs in
 * ACTIVATION_LAB_NOTEBOOKS (override it to build against other notebooks).
 */
export function notebooksDir(): string {
  const dir = process.env.ACTIVATION_LAB_NOTEBOOKS;
  if (!dir) throw new Error("notebooksDir: ACTIVATION_LAB_NOTEBOOKS is not set (astro.config.mjs sets it)");
  return dir;
}

/** Joins nbformat's multi-line strings (a string or an array of lines). */
export function joinSource(source: string | string[] | undefined): string {
  return Array.isArray(source) ? source.join("") : (source ?? "");
}

/** The first `# heading` of the notebook's first Markdown cell, without the #s. */
export function notebookTitle(notebook: Notebook): string | undefined {
  for (const cell of notebook.cells) {
    if (cell.cell_type !== "markdown") continue;
    const match = /^#{1,2}\s+(.+)$/m.exec(joinSource(cell.source));
    if (match) return match[1]!.trim();
  }
  return undefined;
}

/**
 * Every `NN-name.ipynb` in `dir`, in file-name (reading) order.
 *
 * @example listNotebooks("/repo/notebooks").map((n) => n.slug) // => ["01-sigmoid", "02-tanh", …]
 */
export function listNotebooks(dir: string = notebooksDir()): NotebookFile[] {
  let files = cache.get(dir);
  if (!files) {
    files = readNotebooks(dir);
    cache.set(dir, files);
  }
  return files;
}

/** Notebooks read once per build: every page and figure asks for them. */
const cache = new Map<string, NotebookFile[]>();

function readNotebooks(dir: string): NotebookFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => /^\d\d-[a-z0-9-]+\.ipynb$/.test(name))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const notebook = JSON.parse(readFileSync(path, "utf8")) as Notebook;
      const slug = name.replace(/\.ipynb$/, "");
      return { slug, path, notebook, title: notebookTitle(notebook) ?? slug };
    });
}

/** Whether the notebook `slug` (e.g. "01-sigmoid") exists, so a link to its page would resolve. */
export function hasNotebook(slug: string, dir: string = notebooksDir()): boolean {
  return listNotebooks(dir).some((file) => file.slug === slug);
}
