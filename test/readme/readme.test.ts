import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The README is the front door: these tests hold it to what the repository really does.
const root = resolve(import.meta.dirname, "../..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const scripts: Record<string, string> = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts;

/** The shell lines of the README's fenced `sh` blocks, comments stripped. */
function shellLines(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]);
  return blocks
    .flatMap((block) => block.split("\n"))
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter(Boolean);
}

describe("README", () => {
  const lines = shellLines(readme);

  it("gives `npm start` and `npm test` as its two commands, both through the toolchain bootstrap", () => {
    expect(lines).toContain("npm start");
    expect(lines).toContain("npm test");
    expect(scripts.start).toMatch(/^node \.ci\/toolchain\.mjs /);
    expect(scripts.test).toMatch(/^node \.ci\/toolchain\.mjs --system /);
  });

  it("names only root scripts that exist when it says `pnpm <script>`", () => {
    const named = [...readme.matchAll(/`pnpm ([a-z][\w:-]*)[^`]*`/g)].map((match) => match[1]);
    const builtIns = new Set(["install", "exec", "add", "--filter"]);
    const missing = named.filter((name) => !builtIns.has(name) && !(name in scripts));
    expect(named.length).toBeGreaterThan(3);
    expect(missing).toEqual([]);
  });

  it("is what CI runs: .ci/run calls the README's test command", () => {
    const run = readFileSync(join(root, ".ci/run"), "utf8");
    const commands = run.split("\n").filter((line) => line.trim() && !line.trim().startsWith("#"));
    expect(commands).toContain("npm test");
  });
});

describe("CONTRIBUTING", () => {
  const contributing = readFileSync(join(root, "CONTRIBUTING.md"), "utf8");

  it("names only files and folders that exist", () => {
    const paths = [...contributing.matchAll(/`((?:packages|site|notebooks|test)\/[^`\s<>]+)`/g)].map(
      (m) => m[1],
    );
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });

  it("names only root scripts that exist when it says `pnpm <script>`", () => {
    const named = [...contributing.matchAll(/^pnpm ([a-z][\w:-]*)/gm)].map((match) => match[1]);
    const builtIns = new Set(["vitest", "--filter"]);
    expect(named.filter((name) => !builtIns.has(name) && !(name in scripts))).toEqual([]);
    const core = JSON.parse(readFileSync(join(root, "packages/core/package.json"), "utf8")).scripts;
    const coreNamed = [...contributing.matchAll(/pnpm --filter @activation-lab\/core ([a-z][\w:-]*)/g)].map(
      (match) => match[1],
    );
    expect(coreNamed).toEqual(expect.arrayContaining(["build:wasm", "readme"]));
    expect(coreNamed.filter((name) => !(name in core))).toEqual([]);
  });

  it("names every generator script of packages/core/scripts, and how to run it", () => {
    const scriptFiles = execFileSync("git", ["ls-files", "packages/core/scripts"], {
      cwd: root,
      encoding: "utf8",
    })
      .split("\n")
      .filter(Boolean);
    expect(scriptFiles.length).toBeGreaterThan(3);
    const core = JSON.parse(readFileSync(join(root, "packages/core/package.json"), "utf8")).scripts;
    // a script is named by its path (the mpmath generators, run with python3) or run by a package
    // script that CONTRIBUTING gives (`pnpm --filter @activation-lab/core readme` runs scripts/readme.ts)
    const unnamed = scriptFiles.filter((file) => {
      if (contributing.includes(`\`${file}\``) || contributing.includes(`python3 ${file}`)) return false;
      const relative = file.replace("packages/core/", "");
      const runners = Object.entries(core).filter(([, command]) => String(command).includes(relative));
      return !runners.some(([name]) => contributing.includes(`pnpm --filter @activation-lab/core ${name}`));
    });
    expect(unnamed).toEqual([]);
  });

  it("lists every table the compiler holds to ActivationId (a Record or mapped type over every id)", () => {
    const sources = execFileSync("git", ["ls-files", "packages"], { cwd: root, encoding: "utf8" })
      .split("\n")
      .filter((file) => /^packages\/[^/]+\/(src|test|bench)\/.*\.ts$/.test(file));
    const keyed = sources.filter((file) =>
      /(?<!Partial<)Record<ActivationId\b|\[K in ActivationId\]/.test(readFileSync(join(root, file), "utf8")),
    );
    expect(keyed.length).toBeGreaterThan(5);
    expect(keyed.filter((file) => !contributing.includes(`\`${file}\``))).toEqual([]);
  });
});

describe("README's main command, from a clean clone", () => {
  const clone = mkdtempSync(join(tmpdir(), "activation-lab-clone-"));
  let server: ChildProcess | undefined;

  afterAll(() => {
    // the server runs in its own process group: end it and everything it started
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
    rmSync(clone, { recursive: true, force: true });
  });

  it("`npm start` sets up, builds, and serves the site on the address it prints", async () => {
    execFileSync("git", ["clone", "--quiet", "--no-hardlinks", root, clone]);
    // As on a fresh machine: none of this checkout's own toolchain on PATH.
    const path = (process.env.PATH ?? "")
      .split(delimiter)
      .filter((folder) => !folder.includes(`${root}/.tools`) && !folder.includes("node_modules"))
      .join(delimiter);
    server = spawn("npm", ["start"], {
      cwd: clone,
      env: { ...process.env, PATH: path, PORT: "0" },
      detached: true,
    });

    let output = "";
    const address = await new Promise<string>((found, failed) => {
      const look = (chunk: Buffer) => {
        output += chunk.toString();
        const match = output.match(/https?:\/\/(?:localhost|127\.0\.0\.1):\d+\/\S*/);
        if (match) found(match[0]);
      };
      server?.stdout?.on("data", look);
      server?.stderr?.on("data", look);
      server?.on("exit", (code) =>
        failed(new Error(`npm start exited with ${code} before serving:\n${output}`)),
      );
    });

    const response = await fetch(address);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('lang="ko"');
    expect(html).toContain("Activation");
  });
});
