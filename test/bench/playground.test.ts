/// <reference lib="dom" />
/**
 * The playground's training speed in Chromium, beside TensorFlow.js in the same page: epochs per
 * second of the networks the issue names (2-8-8-2 and 2-64-64-64-2 on 500 spiral points, batch
 * 10, Adam), each epoch followed by the train and test loss over their whole sets, as the page
 * does. Ours runs in the page's own worker (the path a reader's browser takes) and is timed there;
 * tfjs 4.22 (CPU backend, its browser bundle from the core's devDependency) runs on the page's
 * main thread. Both single-threaded. With TF_PLAYGROUND_NN set to a copy of TensorFlow
 * Playground's src/nn.ts (github.com/tensorflow/playground; not part of this repository), its own
 * training loop runs too, as its page does: per point forward and back, weights updated every 10
 * points, then the loss over both sets (one output with tanh and squared error, plain SGD, since
 * that is what it has). A benchmark: it prints the figures and checks only that every side ran.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlaygroundConfig } from "../../site/src/playground/config.js";
import type { PlaygroundHandle } from "../../site/src/playground/main.js";
import { encodeConfig } from "../../site/src/playground/url.js";
import { closeSite, openDefaultSite } from "../helpers/site-browser.js";
import { type RunningSite, repoRoot } from "../helpers/site-build.js";

const tfjsBundle = createRequire(join(repoRoot, "packages/core/package.json")).resolve(
  "@tensorflow/tfjs/dist/tf.min.js",
);

/** TensorFlow Playground's nn.ts as a classic script that sets window.tfPlayground, or null. */
async function tfPlaygroundScript(): Promise<string | null> {
  const path = process.env.TF_PLAYGROUND_NN;
  if (!path) return null;
  const ts = (await import("typescript")).default;
  const source = readFileSync(path, "utf8").replace(/^export /gm, "");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.None },
  });
  return `(() => {${outputText}\nwindow.tfPlayground = { buildNetwork, forwardProp, backProp, updateWeights, Activations, Errors };})();`;
}

let site: RunningSite;
let browser: Browser;

beforeAll(async () => {
  ({ site, browser } = await openDefaultSite());
});

afterAll(() => closeSite(site, browser));

interface Case {
  name: string;
  widths: number[];
  activation: "tanh" | "relu";
  /** Seconds of training to time on each side. */
  seconds: number;
}

// In the test suite a smoke run (every side runs and is printed); PLAYGROUND_BENCH=full times
// each side for 4–6 s, as the figures in site/README.md were measured.
const full = process.env.PLAYGROUND_BENCH === "full";
const cases: Case[] = [
  { name: "2-8-8-2 tanh", widths: [8, 8], activation: "tanh", seconds: full ? 4 : 0.5 },
  { name: "2-8-8-2 relu", widths: [8, 8], activation: "relu", seconds: full ? 4 : 0.5 },
  { name: "2-64-64-64-2 relu", widths: [64, 64, 64], activation: "relu", seconds: full ? 6 : 0.5 },
  { name: "2-64-64-64-2 tanh", widths: [64, 64, 64], activation: "tanh", seconds: full ? 6 : 0.5 },
];

/** Ours: the playground's worker at its default speed (10 epochs a frame): epochs/s of its training time, at least three frames. */
async function ours(config: PlaygroundConfig, seconds: number) {
  const page = await browser.newPage();
  await page.goto(new URL(`playground/?${encodeConfig(config)}`, site.url).href);
  await page.waitForFunction(() => document.getElementById("pg-status")?.textContent?.includes("에폭 0"));
  await page.locator("#pg-play").click();
  await page.waitForTimeout(seconds * 1000);
  await page.waitForFunction(
    () =>
      (document.getElementById("pg-app") as unknown as { playground: PlaygroundHandle }).playground.trainMs
        .length >= 3,
    undefined,
    { timeout: 300_000 },
  );
  await page.locator("#pg-play").click();
  const result = await page.evaluate(() => {
    const h = (document.getElementById("pg-app") as unknown as { playground: PlaygroundHandle }).playground;
    const ms = h.trainMs.reduce((a, b) => a + b, 0);
    return {
      epochsPerSecond: (h.history.length / ms) * 1000,
    };
  });
  await page.close();
  return result;
}

/** What the peers' timing loops read in the page: the network and its training, and how long to time. */
function inPage(config: PlaygroundConfig, seconds: number) {
  return {
    widths: config.layers.map((l) => l.units),
    activation: config.layers[0]!.activation,
    learningRate: config.learningRate,
    batchSize: config.batchSize,
    seconds,
  };
}

/** tfjs: the same network with tf.layers, model.fit one epoch at a time, then both losses. */
async function tfjs(config: PlaygroundConfig, seconds: number): Promise<number> {
  // the peer is injected by the bench, which the site's CSP rightly refuses: bypass it for this page
  const page = await browser.newPage({ bypassCSP: true });
  await page.goto(new URL("playground/", site.url).href);
  await page.addScriptTag({ path: tfjsBundle });
  const epochsPerSecond = await page.evaluate(
    async ({ widths, activation, learningRate, batchSize, seconds }) => {
      // biome-ignore lint/suspicious/noExplicitAny: tf is the global of tfjs's browser bundle
      const tf = (window as any).tf;
      await tf.setBackend("cpu");
      // 500 training and 500 test points of two spiral arms, as the playground's default data
      const spiral = (n: number, offset: number) => {
        const x: number[] = [];
        const y: number[] = [];
        for (let i = 0; i < n; i++) {
          const arm = i % 2;
          const r = (i + offset) / (n + 1);
          const theta = Math.PI * arm + 2 * Math.PI * r;
          x.push(r * Math.cos(theta), r * Math.sin(theta));
          y.push(arm);
        }
        return { xs: tf.tensor2d(x, [n, 2]), ys: tf.oneHot(tf.tensor1d(y, "int32"), 2) };
      };
      const train = spiral(500, 0.25);
      const test = spiral(500, 0.75);
      const model = tf.sequential();
      widths.forEach((units: number, i: number) => {
        model.add(tf.layers.dense({ units, activation, ...(i === 0 ? { inputShape: [2] } : {}) }));
      });
      model.add(tf.layers.dense({ units: 2 }));
      model.compile({
        optimizer: tf.train.adam(learningRate),
        loss: (labels: unknown, logits: unknown) => tf.losses.softmaxCrossEntropy(labels, logits),
      });
      const epoch = async () => {
        await model.fit(train.xs, train.ys, { epochs: 1, batchSize, shuffle: true, verbose: 0 });
        for (const set of [train, test]) tf.dispose(model.evaluate(set.xs, set.ys, { batchSize: 500 }));
      };
      await epoch(); // warm-up
      let epochs = 0;
      const start = performance.now();
      while (performance.now() - start < seconds * 1000) {
        await epoch();
        epochs++;
      }
      return (epochs / (performance.now() - start)) * 1000;
    },
    inPage(config, seconds),
  );
  await page.close();
  return epochsPerSecond;
}

/** TensorFlow Playground's own loop: one "step" of its page is an epoch and both losses. */
async function tfPlayground(script: string, config: PlaygroundConfig, seconds: number): Promise<number> {
  const page = await browser.newPage({ bypassCSP: true });
  await page.goto(new URL("playground/", site.url).href);
  await page.addScriptTag({ content: script });
  const epochsPerSecond = await page.evaluate(
    ({ widths, activation, learningRate, batchSize, seconds }) => {
      // biome-ignore lint/suspicious/noExplicitAny: the global the script above sets
      const nn = (window as any).tfPlayground;
      const spiral = (n: number, offset: number) =>
        Array.from({ length: n }, (_, i) => {
          const arm = i % 2;
          const r = (i + offset) / (n + 1);
          const theta = Math.PI * arm + 2 * Math.PI * r;
          return { x: r * Math.cos(theta), y: r * Math.sin(theta), label: arm === 0 ? -1 : 1 };
        });
      const [train, test] = [spiral(500, 0.25), spiral(500, 0.75)];
      const unit = activation === "relu" ? nn.Activations.RELU : nn.Activations.TANH;
      const network = nn.buildNetwork([2, ...widths, 1], unit, nn.Activations.TANH, null, ["x", "y"], false);
      const loss = (points: typeof train) => {
        let sum = 0;
        for (const p of points) sum += nn.Errors.SQUARE.error(nn.forwardProp(network, [p.x, p.y]), p.label);
        return sum / points.length;
      };
      const epoch = () => {
        train.forEach((p, i) => {
          nn.forwardProp(network, [p.x, p.y]);
          nn.backProp(network, p.label, nn.Errors.SQUARE);
          if ((i + 1) % batchSize === 0) nn.updateWeights(network, learningRate, 0);
        });
        return loss(train) + loss(test);
      };
      epoch(); // warm-up
      let epochs = 0;
      const start = performance.now();
      while (performance.now() - start < seconds * 1000) {
        epoch();
        epochs++;
      }
      return (epochs / (performance.now() - start)) * 1000;
    },
    inPage(config, seconds),
  );
  await page.close();
  return epochsPerSecond;
}

/** What every benchmarked network trains on: 500 training and 500 test spiral points, Adam in batches of 10. */
const benchmarkBase: PlaygroundConfig = {
  data: "spirals",
  points: 1000,
  noise: 0.05,
  testShare: 0.5,
  layers: [],
  init: "glorotUniform",
  gain: 1,
  optimizer: "adam",
  learningRate: 0.01,
  batchSize: 10,
  seed: 1,
  epochs: 100_000,
};

describe("the playground's training speed in Chromium", () => {
  it("epochs per second, ours in the worker against tfjs in the same browser", async () => {
    const rows: string[] = [];
    const script = await tfPlaygroundScript();
    const { loadavg } = await import("node:os");
    const load = loadavg()[0]!.toFixed(1);
    for (const c of cases) {
      const config: PlaygroundConfig = {
        ...benchmarkBase,
        layers: c.widths.map((units) => ({ units, activation: c.activation })),
      };
      const mine = await ours(config, c.seconds);
      const theirs = await tfjs(config, c.seconds);
      const playground = script === null ? Number.NaN : await tfPlayground(script, config, c.seconds);
      rows.push(
        `${c.name.padEnd(20)}${mine.epochsPerSecond.toFixed(1).padStart(10)}${theirs.toFixed(1).padStart(10)}${(mine.epochsPerSecond / theirs).toFixed(1).padStart(9)}${playground.toFixed(1).padStart(12)}${(mine.epochsPerSecond / playground).toFixed(1).padStart(12)}`,
      );
      expect(mine.epochsPerSecond).toBeGreaterThan(0);
      expect(theirs).toBeGreaterThan(0);
    }
    console.log(
      `500 training + 500 test spiral points, batch 10, Adam; epochs/s (each with both losses over their sets); load average ${load} at the start\n${"network".padEnd(20)}${"ours".padStart(10)}${"tfjs".padStart(10)}${"×tfjs".padStart(9)}${"TF Pg".padStart(12)}${"×TF Pg".padStart(12)}\n${rows.join("\n")}${script === null ? "\n(TF Playground: set TF_PLAYGROUND_NN to its src/nn.ts to compare)" : ""}`,
    );
  });
});
