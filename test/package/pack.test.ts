import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/site-browser.js";

// @activation-lab/core as a user gets it: `pnpm pack`'s tarball, installed with npm into a fresh
// project outside the repository, imported by name from JavaScript and type-checked from TypeScript.
const root = resolve(import.meta.dirname, "../..");
const coreDir = join(root, "packages/core");
const tsc = join(root, "node_modules/typescript/bin/tsc");
const project = mkdtempSync(join(tmpdir(), "activation-lab-pack-"));

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { cwd: project, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

let files: string[] = [];

beforeAll(() => {
  execFileSync("pnpm", ["pack", "--pack-destination", project], { cwd: coreDir, stdio: "ignore" });
  const tarball = readdirSync(project).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball into ${project}`);
  files = run("tar", ["-tzf", tarball]).trim().split("\n");
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify({ name: "user-project", private: true, type: "module" }),
  );
  run("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock", `./${tarball}`]);
}, 120_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("the packed @activation-lab/core", () => {
  it("ships the built code, its types and the README, and no sources or tests", () => {
    for (const file of ["dist/index.js", "dist/index.d.ts", "dist/nn/index.js", "dist/nn/index.d.ts"]) {
      expect(files).toContain(`package/${file}`);
    }
    expect(files).toContain("package/nn/package.json");
    // both sides of what the "browser" field swaps for bundlers (the WebAssembly modules)
    const { browser } = JSON.parse(readFileSync(join(coreDir, "package.json"), "utf8"));
    const swapped = Object.entries(browser as Record<string, string>).flat();
    expect(swapped).toHaveLength(2);
    for (const file of swapped) expect(files).toContain(`package/${file.replace(/^\.\//, "")}`);
    expect(files).toContain("package/README.md");
    expect(files.filter((file) => /^package\/(src|test|bench)\//.test(file))).toEqual([]);
  });

  it("works when imported by name from a fresh project: scalars, kernels, gated units, nn", () => {
    writeFileSync(
      join(project, "use.mjs"),
      `import { sigmoid, tanh, activationForward, gluForward } from "@activation-lab/core";
import { Rng } from "@activation-lab/core/nn";
const x = Float32Array.of(-1, 0, 2);
console.log(JSON.stringify({
  sigmoid0: sigmoid(0),
  // tanh(x) = 2σ(2x) − 1, an identity independent of either implementation
  identity: Math.abs(tanh(0.3) - (2 * sigmoid(0.6) - 1)) < 1e-15,
  relu: Array.from(activationForward("relu", x)),
  glu: Array.from(gluForward(Float64Array.of(3, 0), { lastDim: 2, gate: "sigmoid" })),
  rng: new Rng(1).uniform() === new Rng(1).uniform(),
}));
`,
    );
    const result = JSON.parse(run(process.execPath, ["use.mjs"]));
    // GLU's value half times its sigmoid gate: 3 · σ(0) = 1.5
    expect(result).toEqual({ sigmoid0: 0.5, identity: true, relu: [0, 0, 2], glu: [1.5], rng: true });
  });

  it("runs its float32 kernels in WebAssembly relaxed SIMD in Chromium too, as a page's module", async () => {
    // the installed dist/, served as a page would load it (a module cannot come from file://)
    const dist = join(project, "node_modules/@activation-lab/core/dist");
    const server = createServer((request, response) => {
      const path = new URL(request.url ?? "/", "http://localhost").pathname;
      if (path === "/")
        response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>core</title>");
      else if (!existsSync(join(dist, path))) response.writeHead(404).end();
      else response.writeHead(200, { "content-type": "text/javascript" }).end(readFileSync(join(dist, path)));
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      // a string, so that the test runner does not rewrite its import()s
      const result = await page.evaluate(`(async () => {
        const core = await import("/index.js");
        const { simdKernels } = await import("/kernels/simd/simdKernels.js");
        const x = Float32Array.from({ length: 5000 }, (_, i) => (i - 2500) / 125);
        const y = core.activationForward("sigmoid", x);
        // within 1 ULP of the float64 scalar rounded to float32: a relative difference ≤ 2^-23
        let worst = 0;
        for (let i = 0; i < x.length; i++) worst = Math.max(worst, Math.abs(y[i] - Math.fround(core.sigmoid(x[i]))) / y[i]);
        return { build: simdKernels()?.build, worst };
      })()`);
      expect(result).toEqual({ build: "relaxed-simd", worst: expect.any(Number) });
      expect((result as { worst: number }).worst).toBeLessThanOrEqual(2 ** -23);
    } finally {
      await browser.close();
      server.close();
    }
  }, 60_000);

  it("type-checks from TypeScript, with Node's resolution and with tslab's node10 resolution", () => {
    writeFileSync(
      join(project, "use.ts"),
      `import { type ActivationId, activations, elu } from "@activation-lab/core";
import { mlp } from "@activation-lab/core/nn";
const id: ActivationId = "gelu";
const y: number = activations[id].f(1) + elu(-1, 0.5);
const model = mlp({ sizes: [2, 4, 1], activation: "tanh", seed: 1 });
export { model, y };
`,
    );
    expect(typecheck("use.ts", "nodenext")).toEqual({ status: 0, output: "" });
    expect(typecheck("use.ts", "node10")).toEqual({ status: 0, output: "" });
  });

  it("type-checking fails on a misuse, so the check above is real", () => {
    writeFileSync(
      join(project, "misuse.ts"),
      `import { sigmoid } from "@activation-lab/core";\nsigmoid("1");\n`,
    );
    const { status, output } = typecheck("misuse.ts", "nodenext");
    expect(status).not.toBe(0);
    expect(output).toMatch(/misuse\.ts\(2,9\): error TS2345/);
  });
});

/** tsc on one file of the user project; node10 is the resolution tslab's TypeScript uses. */
function typecheck(file: string, resolution: "nodenext" | "node10") {
  const module = resolution === "nodenext" ? "nodenext" : "commonjs";
  const flags = [
    "--noEmit",
    "--strict",
    "--skipLibCheck",
    "--module",
    module,
    "--moduleResolution",
    resolution,
  ];
  const result = spawnSync(process.execPath, [tsc, ...flags, "--ignoreDeprecations", "6.0", file], {
    cwd: project,
    encoding: "utf8",
  });
  return { status: result.status, output: result.stdout + result.stderr };
}
