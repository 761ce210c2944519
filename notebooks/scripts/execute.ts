// Builds every notebook from src/ and re-executes it in place with the project's kernel.
//
//   node scripts/execute.ts [NN-name …]     # default: all of them, in reading order
//
// Prints how long each notebook took. Stops at the first notebook that fails.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { buildNotebook, notebookNames } from "./build.ts";
import { installKernel, jupyterEnv, notebooksDir, python } from "./kernel.ts";

const coreDist = join(notebooksDir, "..", "packages", "core", "dist", "index.js");
if (!existsSync(coreDist)) {
  console.error("execute: packages are not built yet; run `pnpm build` first");
  process.exit(1);
}

installKernel();
const names = process.argv.length > 2 ? process.argv.slice(2) : notebookNames();
let total = 0;
for (const name of names) {
  const file = buildNotebook(name);
  const run = spawnSync(python, [join(notebooksDir, "scripts", "execute.py"), file], {
    env: jupyterEnv(),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (run.status !== 0) {
    console.error(`execute: ${name}.ipynb failed`);
    process.exit(1);
  }
  const { seconds } = JSON.parse(run.stdout) as { seconds: number };
  total += seconds;
  console.log(`${`${name}.ipynb`.padEnd(28)} ${seconds.toFixed(1).padStart(5)} s`);
}
console.log(`${"total".padEnd(28)} ${total.toFixed(1).padStart(5)} s`);
