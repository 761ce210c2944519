/**
 * The study worker: runs a notebook's study (studies.ts, on @activation-lab/lab) off the page's
 * main thread, reporting progress after every seed's run, then the whole result.
 */
import { loadSimdKernels } from "@activation-lab/core";
import type { FromWorker, ToWorker } from "./protocol.js";
import { checkSettings, liveStudies } from "./studies.js";

/** The worker's postMessage (the site's TypeScript has the DOM's types, not the worker's). */
const post = (globalThis as unknown as { postMessage(message: FromWorker): void }).postMessage.bind(
  globalThis,
);

/**
 * The core's WebAssembly, the one build this engine runs, fetched and compiled before a study
 * runs: a kernel called before it would run the JS loops, whose last bits may differ from Node's.
 */
const kernelsLoaded = loadSimdKernels();

addEventListener("message", async (event: MessageEvent<ToWorker>) => {
  const { slug, settings } = event.data;
  try {
    const kernels = await kernelsLoaded;
    const study = liveStudies[slug];
    if (study === undefined)
      throw new RangeError(`live study worker: no study for notebook ${JSON.stringify(slug)}`);
    checkSettings(study, settings);
    const start = performance.now();
    const result = study.run(settings, (done, total) => post({ type: "progress", done, total }));
    post({ type: "result", result, ms: performance.now() - start, kernels });
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
});
