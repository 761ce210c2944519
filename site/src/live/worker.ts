/**
 * The study worker: runs a notebook's study (studies.ts, on @activation-lab/lab) off the page's
 * main thread, reporting progress after every seed's run, then the whole result.
 */
import type { FromWorker, ToWorker } from "./protocol.js";
import { checkSettings, liveStudies } from "./studies.js";

/** The worker's postMessage (the site's TypeScript has the DOM's types, not the worker's). */
const post = (globalThis as unknown as { postMessage(message: FromWorker): void }).postMessage.bind(
  globalThis,
);

addEventListener("message", (event: MessageEvent<ToWorker>) => {
  const { slug, settings } = event.data;
  try {
    const study = liveStudies[slug];
    if (study === undefined)
      throw new RangeError(`live study worker: no study for notebook ${JSON.stringify(slug)}`);
    checkSettings(study, settings);
    const start = performance.now();
    const result = study.run(settings, (done, total) => post({ type: "progress", done, total }));
    post({ type: "result", result, ms: performance.now() - start });
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
});
