/// <reference lib="dom" />
/**
 * The notebook pages' re-run island in Chromium, under the Content-Security-Policy the pages
 * carry and the header a host should send (serve-dist.mjs --csp-header, which binds the worker): a re-run in the worker completes with its progress bar at its max and replaces the
 * table, claims and chart; the browser reproduces the committed results of seeds 1–10 and Node's
 * numbers for other settings; without JavaScript the committed outputs stand alone; axe-clean
 * at 375 px; the island's JavaScript within its budget. The default build, shared with the other
 * site tests.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadSimdKernels } from "@activation-lab/core";
import {
  type DyingResult,
  dyingStudy,
  type GainSweepResult,
  type GatedFfnResult,
  type PreluResult,
  preluStudy,
  swishBetaStudy,
} from "@activation-lab/lab";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LiveStudyHandle } from "../../site/src/live/main.js";
import { studySetups } from "../../site/src/live/setups.js";
import { checkSettings, type LiveSettings, liveStudies } from "../../site/src/live/studies.js";
import { presets } from "../../site/src/playground/presets.js";
import {
  axeViolations,
  closeSite,
  openDefaultSite,
  recordScripts,
  watchPage,
} from "../helpers/site-browser.js";
import type { RunningSite } from "../helpers/site-build.js";

let site: RunningSite;
let browser: Browser;

beforeAll(async () => {
  ({ site, browser } = await openDefaultSite({ cspHeader: true }));
});

afterAll(() => closeSite(site, browser));

const notebookUrl = (slug: string) => new URL(`notebooks/${slug}/`, site.url).href;

/** The island's handle, read in the page (main.ts puts it on #live-study). */
function handle<T>(page: Page, read: (h: LiveStudyHandle) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(document.getElementById("live-study").liveStudy)`) as Promise<T>;
}

/** Fills the island's form, presses its button and waits for the worker's result. */
async function rerun(page: Page, fields: Record<string, string>): Promise<void> {
  const before = await handle(page, (h) => h.result);
  for (const [name, value] of Object.entries(fields))
    await page.locator(`#live-study [name="${name}"]`).fill(value);
  await page.locator("#live-study .live-run").click();
  await page.waitForFunction(
    (previous) => {
      const h = (document.getElementById("live-study") as unknown as { liveStudy: LiveStudyHandle })
        .liveStudy;
      return (
        h.result !== null &&
        h.result !== previous &&
        !document.querySelector<HTMLButtonElement>(".live-run")!.disabled
      );
    },
    before,
    { timeout: 240_000, polling: 200 },
  );
}

/**
 * How far the browser's numbers may be from Node's, relative. Not 0: V8's Math.exp and Math.log
 * differ in the last bit between Chromium and Node for some inputs, and 30 epochs of training
 * carry those differences along (measured: below 1e-12; the same browser repeats itself exactly).
 */
const tolerance = 1e-9;

/** Every number in a plain-data result, depth first, with its path. */
function numbersOf(value: unknown, path = "", out: [string, number][] = []): [string, number][] {
  if (typeof value === "number") out.push([path, value]);
  else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) numbersOf(v, `${path}[${i}]`, out);
  } else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) numbersOf(v, `${path}.${k}`, out);
  return out;
}

/** The largest relative difference between two results of the same shape (which it asserts). */
function largestRelativeDifference(a: unknown, b: unknown): number {
  const [x, y] = [numbersOf(a), numbersOf(b)];
  expect(x.map(([path]) => path)).toEqual(y.map(([path]) => path));
  return Math.max(
    ...x.map(([, v], i) => {
      const w = y[i]![1];
      return v === w ? 0 : Math.abs(v - w) / Math.max(Math.abs(w), 1e-300);
    }),
  );
}

const require = createRequire(import.meta.url);
const committedPrelu: { shared: PreluResult; perUnit: PreluResult } = JSON.parse(
  readFileSync(require.resolve("@activation-lab/lab/results/prelu.json"), "utf8"),
);

const committedDying: DyingResult = JSON.parse(
  readFileSync(require.resolve("@activation-lab/lab/results/dying.json"), "utf8"),
);

const committedGatedFfn: GatedFfnResult = JSON.parse(
  readFileSync(require.resolve("@activation-lab/lab/results/gatedFfn.json"), "utf8"),
).result;

describe("the studies' settings (live/setups.ts), which the presets and the re-runs share", () => {
  const { dying, prelu, swishBeta } = studySetups;
  it("are the dying study's: the committed dying.json's widths, epochs and rates, and its defaults", () => {
    expect(committedDying.hidden).toEqual(dying.hidden);
    expect(committedDying.epochs).toBe(dying.epochs);
    expect([...new Set(committedDying.arms.map((a) => a.learningRate))]).toEqual([
      dying.moderateLearningRate,
      dying.learningRate,
    ]);
    const short = { seeds: [1, 2], epochs: 2 };
    expect(
      dyingStudy({
        ...short,
        hidden: dying.hidden,
        points: dying.points,
        learningRates: [dying.moderateLearningRate, dying.learningRate],
      }),
    ).toEqual(dyingStudy(short));
  });

  it("are the PReLU and learned-β studies' defaults: a run with them is a run without them", () => {
    const set = (s: typeof prelu | typeof swishBeta) => ({
      seeds: [1, 2],
      learningRate: s.learningRate,
      epochs: s.epochs,
      points: s.points,
    });
    expect(preluStudy(set(prelu))).toEqual(preluStudy({ seeds: [1, 2] }));
    expect(swishBetaStudy(set(swishBeta))).toEqual(swishBetaStudy({ seeds: [1, 2] }));
  });

  it("are what the playground's dying-ReLU, PReLU and Swish presets train with", () => {
    const dyingRates = committedDying.arms.map((a) => a.learningRate);
    const relu = presets.dyingRelu.config;
    expect(relu.layers).toEqual(committedDying.hidden.map((units) => ({ units, activation: "relu" })));
    expect(relu.learningRate).toBe(Math.max(...dyingRates));
    expect([relu.init, relu.optimizer, relu.epochs]).toEqual(["heNormal", "adam", committedDying.epochs]);
    // as many training points as the study's 300, the rest its test set
    expect(relu.points * (1 - relu.testShare)).toBe(300);
    expect(presets.preluAlpha.config.layers).toEqual([
      { units: 64, activation: "prelu", param: 0.25, learnable: true },
      { units: 64, activation: "prelu", param: 0.25, learnable: true },
    ]);
    expect(presets.swishBeta.config.layers.map((l) => [l.units, l.param, l.learnable])).toEqual([
      [64, 1, true],
      [64, 1, true],
    ]);
    expect(presets.elu.config.layers.map((l) => l.units)).toEqual(committedDying.hidden);
  });

  it("are notebook 08's networks and tuned rates for the GELU, ReLU and GEGLU presets", () => {
    const arm = (name: string) => committedGatedFfn.arms.find((a) => a.name === name)!;
    for (const [id, name] of [
      ["gelu", "GELU"],
      ["reluEqualParams", "ReLU"],
      ["gegluEqualParams", "GEGLU"],
    ] as const) {
      const { config } = presets[id];
      expect([config.learningRate, config.epochs, config.init], id).toEqual([
        arm(name).learningRate,
        committedGatedFfn.epochs,
        "heNormal",
      ]);
      expect(config.points * (1 - config.testShare), id).toBe(committedGatedFfn.points);
    }
    // the ungated width is the study's; the gated one is not (two classes here, three there)
    expect(presets.reluEqualParams.config.layers[0]!.units).toBe(arm("ReLU").width);
  });

  it("are the gain sweep's depth and width for the deep sigmoid preset", () => {
    const committedSweep: GainSweepResult = JSON.parse(
      readFileSync(require.resolve("@activation-lab/lab/results/gainSweep.json"), "utf8"),
    );
    const { config } = presets.deepSigmoid;
    expect(config.layers).toEqual(
      Array.from({ length: committedSweep.depth }, () => ({
        units: committedSweep.width,
        activation: "sigmoid",
      })),
    );
    // N(0, g²/fan_in) at g = 1, where the sweep finds the sigmoid's gradient vanishing
    expect([config.init, config.gain]).toEqual(["lecunNormal", 1]);
  });
});

describe("a live study's summary", () => {
  it("states the committed results' widths, epochs and parameter counts", () => {
    const { summary: dying } = liveStudies["03-relu"]!;
    expect(dying).toContain(`은닉층 ${committedDying.hidden.join("-")}`);
    expect(dying).toContain(`Adam ${committedDying.epochs} 에폭`);
    const { summary: gated } = liveStudies["08-geglu-swiglu"]!;
    const [relu, , geglu] = committedGatedFfn.arms;
    expect(gated).toContain(`매개변수 ${relu!.parameters}개로 같음`);
    expect(gated).toContain(`(폭 ${relu!.width})`);
    expect(gated).toContain(`(폭 ${geglu!.width})`);
    expect(gated).toContain(`Adam ${committedGatedFfn.epochs} 에폭`);
    expect(liveStudies["01-sigmoid"]!.summary).toContain("‖∂L/∂h₁₀‖");
    expect(liveStudies["01-sigmoid"]!.summary).toContain("0.5부터 16까지");
  });
});

describe("checkSettings", () => {
  const relu = liveStudies["03-relu"]!;
  const good: LiveSettings = {
    seedCount: 3,
    firstSeed: 1,
    learningRates: { moderate: 0.01, large: 0.1 },
    init: null,
  };
  it("passes the notebook's own settings and names the study, the setting and the value of a bad one", () => {
    expect(() => checkSettings(relu, good)).not.toThrow();
    expect(() => checkSettings(relu, { ...good, seedCount: 1 })).toThrow(
      "dyingStudy: seedCount must be an integer in [2, 30], got 1",
    );
    expect(() => checkSettings(relu, { ...good, firstSeed: 1.5 })).toThrow(
      "dyingStudy: firstSeed must be an integer in [1, 100000], got 1.5",
    );
    expect(() =>
      checkSettings(relu, { ...good, learningRates: { moderate: 0.01, large: Number.NaN } }),
    ).toThrow("dyingStudy: learning rate large must be a number in (0, 1], got NaN");
    expect(() => checkSettings(relu, { ...good, init: "he" })).toThrow(
      'dyingStudy: init must be null, got "he"',
    );
    const gated = liveStudies["08-geglu-swiglu"]!;
    const rates = { ReLU: 0.01, GELU: 0.03, GEGLU: 0.01, SwiGLU: 0.03 };
    expect(() => checkSettings(gated, { ...good, learningRates: rates, init: "lecun" as "he" })).toThrow(
      'gatedFfnStudy: init must be "he" or "glorot", got "lecun"',
    );
  });
});

describe("a notebook page's re-run", () => {
  it("runs in the worker with a progress bar to its max, replaces the table and claims, with no console error and no other origin", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watchPage(page, site.origin);
    await page.goto(notebookUrl("04-leaky-relu-prelu"));
    await expect.poll(() => page.locator("#live-study form").isVisible()).toBe(true);
    expect(await page.locator("#live-study .live-needs").isVisible()).toBe(false);
    // the form starts from the notebook's settings: Adam at the study's 0.01
    expect(await page.locator("#live-rate-adam").inputValue()).toBe("0.01");

    await rerun(page, { seedCount: "2", "rate-adam": "0.01" });
    expect(
      await page.locator("#live-study progress").evaluate((p: HTMLProgressElement) => [p.value, p.max]),
    ).toEqual([4, 4]); // two seeds, shared α and per-unit α
    const rows = () => page.locator("#live-study .live-results tbody tr").allTextContents();
    const first = await rows();
    expect(first).toHaveLength(2);
    expect(first[0]).toContain("층마다 α 하나 (공유)");
    expect(await page.locator("#live-study .live-verdicts li").count()).toBe(2);
    expect(await page.locator("#live-study caption").textContent()).toContain("시드 1–2");

    // another learning rate: another table, and Node's numbers for the same settings
    await rerun(page, { "rate-adam": "0.03", firstSeed: "5" });
    const second = await rows();
    expect(second).not.toEqual(first);
    const settings: LiveSettings = { seedCount: 2, firstSeed: 5, learningRates: { adam: 0.03 }, init: null };
    const browserResult = await handle(page, (h) => h.result!.result);
    // on the core's WebAssembly, the build Node's run takes here, never the JS loops it runs before
    expect(await handle(page, (h) => h.kernels)).toBe("relaxed-simd");
    expect(await loadSimdKernels()).toBe("relaxed-simd");
    const node = liveStudies["04-leaky-relu-prelu"]!.run(settings, () => {});
    expect(largestRelativeDifference(browserResult, node.result)).toBeLessThan(tolerance);
    expect(second).toEqual(node.table.rows.map((row) => row.join("")));
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
    await context.close();
  });

  it("reproduces the committed results of seeds 1–10 (packages/lab/results/prelu.json) within 1e-9", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(notebookUrl("04-leaky-relu-prelu"));
    await rerun(page, { seedCount: "10", firstSeed: "1" });
    const result = await handle(page, (h) => h.result!.result);
    const difference = largestRelativeDifference(result, committedPrelu);
    console.log(
      `browser against the committed prelu.json (seeds 1–10): largest relative difference ${difference.toExponential(2)}`,
    );
    expect(difference).toBeLessThan(tolerance);
    // the notebook's claims hold on them, as the committed notebook says
    expect(await page.locator('#live-study .live-verdicts li[data-holds="true"]').count()).toBe(2);
    await context.close();
  });

  it("re-runs notebook 01's gain sweep from the committed settings and reproduces gainSweep.json, drawn against the gain", async () => {
    const committedSweep: GainSweepResult = JSON.parse(
      readFileSync(require.resolve("@activation-lab/lab/results/gainSweep.json"), "utf8"),
    );
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchPage(page, site.origin);
    await page.goto(notebookUrl("01-sigmoid"));
    // the form starts at the committed seeds 1–10, and there is no rate to set: the sweep does not train
    expect(
      await page
        .locator("#live-study input")
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name)),
    ).toEqual(["seedCount", "firstSeed"]);
    await rerun(page, {});
    const difference = largestRelativeDifference(await handle(page, (h) => h.result!.result), committedSweep);
    console.log(
      `browser against the committed gainSweep.json (seeds 1–10): largest relative difference ${difference.toExponential(2)}`,
    );
    expect(difference).toBeLessThan(tolerance);
    expect(
      await page
        .locator("#live-study .live-results tbody tr th, #live-study .live-results tbody tr td:first-child")
        .allTextContents(),
    ).toEqual(committedSweep.series.map((s) => s.activation));
    expect(await page.locator("#live-study .live-figure path.live-series").count()).toBe(5);
    // the gain axis, ticked at powers of 2 from 0.5 to 16
    expect(await page.locator("#live-study .live-figure .live-axes text").allTextContents()).toEqual(
      expect.arrayContaining(["0.5", "1", "2", "4", "8", "16"]),
    );
    expect(await page.locator('#live-study .live-verdicts li[data-holds="true"]').count()).toBe(
      committedSweep.series.length + 3,
    );
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
    await context.close();
  });

  it("draws the notebook's chart: one line per arm, in the charts' palette, and says so when its claims name other rates", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchPage(page, site.origin);
    await page.goto(notebookUrl("03-relu"));
    await rerun(page, { seedCount: "2", "rate-large": "0.05" });
    const figure = page.locator("#live-study .live-figure");
    expect(await figure.locator("figcaption").textContent()).toContain("꺼진 유닛의 비율");
    expect(await figure.locator("path.live-series").count()).toBe(4);
    expect(await figure.locator(".live-legend li").allTextContents()).toEqual([
      "ReLU, 학습률 0.01",
      "ReLU, 학습률 0.05",
      "Leaky ReLU, 학습률 0.01",
      "Leaky ReLU, 학습률 0.05",
    ]);
    // dyingClaims compares 0.01 with 0.1: at 0.05 the page says in Korean why it shows no verdicts
    expect(await page.locator("#live-study .live-verdicts li").count()).toBe(0);
    expect(await page.locator("#live-study .live-claims-note").textContent()).toBe(
      "노트북의 결론은 적당한 학습률 0.01, 큰 학습률 0.1의 비교라서, 다른 학습률로 돌린 이 결과(적당한 학습률 0.01, 큰 학습률 0.05)로는 판정하지 않음. 그 학습률로 다시 돌리면 판정이 나옴.",
    );
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
    await context.close();
  });

  it("is only on notebooks with a study, and without JavaScript the committed outputs stand alone", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const slug of Object.keys(liveStudies)) {
      await page.goto(notebookUrl(slug));
      expect(await page.locator("#live-study .live-needs").isVisible(), slug).toBe(true);
      expect(await page.locator("#live-study form").isVisible(), slug).toBe(false);
      expect(await page.locator("#live-study .live-results").isVisible(), slug).toBe(false);
    }
    // the committed run's table is on the page, as the notebook printed it
    await page.goto(notebookUrl("04-leaky-relu-prelu"));
    expect(await page.locator(".cell-output table", { hasText: "층마다 α 하나 (공유)" }).count()).toBe(1);
    await page.goto(notebookUrl("07-gelu"));
    expect(await page.locator("#live-study").count()).toBe(0);
    await context.close();
  });

  it("loads at most 120 KB of gzipped JavaScript on a notebook page, worker included, and one build of the core's WebAssembly, at most 22 KB", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts = recordScripts(context);
    await page.goto(notebookUrl("06-swish"));
    await rerun(page, { seedCount: "2" });
    const files = await scripts();
    const total = files.reduce((sum, f) => sum + f.gz, 0);
    const wasm = files.reduce((sum, f) => sum + f.wasm, 0);
    console.log(
      `notebook page JavaScript: ${files.length} files, ${(total / 1024).toFixed(1)} KB gzipped, of which the core's WebAssembly (hex) ${(wasm / 1024).toFixed(1)} KB`,
    );
    expect(files.some((f) => /worker/.test(f.url))).toBe(true);
    expect(total - wasm).toBeLessThanOrEqual(120 * 1024);
    // the worker fetched the build it runs, Chromium's relaxed SIMD (as Node's here), and not the
    // other: both came to 26.2 KB gzipped
    expect(files.flatMap((f) => f.builds)).toEqual(["relaxed-simd"]);
    expect(await handle(page, (h) => h.kernels)).toBe("relaxed-simd");
    expect(wasm).toBeLessThanOrEqual(22 * 1024);
    await context.close();
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`is axe-clean after a re-run, at 375 px without horizontal scrolling, in ${scheme} mode`, async () => {
      // axe is injected through the DevTools protocol, which the page's policy does not govern
      const context = await browser.newContext({
        viewport: { width: 375, height: 740 },
        colorScheme: scheme,
      });
      const page = await context.newPage();
      // 02: five arms in the chart (08's page, with its tables, is in site.test.ts's axe check)
      await page.goto(notebookUrl("02-tanh"));
      await rerun(page, { seedCount: "2" });
      expect(await page.locator("#live-study .live-figure path.live-series").count()).toBe(5);
      const tooWide = await page.evaluate(() =>
        [...document.querySelectorAll("#live-study *")]
          .filter((el) => el.getBoundingClientRect().right > 376 && !el.closest(".table-scroll"))
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      );
      expect(tooWide).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
