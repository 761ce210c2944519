/**
 * A notebook page's re-run island: reads the reader's settings from the form, runs the study in
 * the worker (worker.ts) and shows its progress, then the notebook's table, claims and chart for
 * the new numbers. The committed outputs above stay as they are; this only adds a panel.
 */
import type { SimdBuild } from "@activation-lab/core";
import { drawChart } from "./chart.js";
import type { FromWorker, ToWorker } from "./protocol.js";
import type { LiveResult, LiveSettings } from "./studies.js";

/** What the tests (and a curious reader's console) can read: `document.getElementById("live-study").liveStudy`. */
export interface LiveStudyHandle {
  readonly slug: string;
  readonly settings: LiveSettings | null;
  readonly result: LiveResult | null;
  /** Milliseconds the worker spent on the last run. */
  readonly ms: number | null;
  /** The core's WebAssembly build the last run ran on (null: the JS loops, or no run yet). */
  readonly kernels: SimdBuild | null;
}

/** Brings the island to life: a page renders #live-study only when its notebook has a study. */
function mount(root: HTMLElement & { liveStudy?: LiveStudyHandle }): void {
  const form = root.querySelector("form") as HTMLFormElement;
  const runButton = root.querySelector<HTMLButtonElement>(".live-run")!;
  const progress = root.querySelector("progress")!;
  const status = root.querySelector<HTMLElement>(".live-status")!;
  const errorBox = root.querySelector<HTMLElement>(".live-error")!;
  const results = root.querySelector<HTMLElement>(".live-results")!;
  const slug = root.dataset.slug!;

  const handle: { -readonly [K in keyof LiveStudyHandle]: LiveStudyHandle[K] } = {
    slug,
    settings: null,
    result: null,
    ms: null,
    kernels: null,
  };
  root.liveStudy = handle;

  let worker: Worker | null = null;

  /** The form's settings: seed count, first seed, each `rate-<key>` input, the init if offered. */
  function readSettings(): LiveSettings {
    const data = new FormData(form);
    const learningRates: Record<string, number> = {};
    for (const [name, value] of data) {
      if (name.startsWith("rate-")) learningRates[name.slice("rate-".length)] = Number(value);
    }
    const init = data.get("init");
    return {
      seedCount: Number(data.get("seedCount")),
      firstSeed: Number(data.get("firstSeed")),
      learningRates,
      init: init === null ? null : (String(init) as LiveSettings["init"]),
    };
  }

  function cell(tag: "th" | "td", text: string): HTMLTableCellElement {
    const element = document.createElement(tag);
    element.textContent = text;
    if (tag === "th") element.scope = "col";
    return element;
  }

  /** The notebook's table, claims and chart for a result. */
  function show(result: LiveResult, settings: LiveSettings): void {
    const seeds = `시드 ${settings.firstSeed}–${settings.firstSeed + settings.seedCount - 1}`;
    const table = document.createElement("table");
    const caption = document.createElement("caption");
    caption.textContent = `다시 돌린 결과 (${seeds}): ${result.table.note}`;
    const head = document.createElement("thead");
    const headRow = document.createElement("tr");
    headRow.append(...result.table.columns.map((c) => cell("th", c)));
    head.append(headRow);
    const body = document.createElement("tbody");
    for (const row of result.table.rows) {
      const tr = document.createElement("tr");
      tr.append(...row.map((c) => cell("td", c)));
      body.append(tr);
    }
    table.append(caption, head, body);
    const scroll = document.createElement("div");
    scroll.className = "table-scroll";
    scroll.tabIndex = 0;
    scroll.setAttribute("role", "region");
    scroll.setAttribute("aria-label", "다시 돌린 결과 표");
    scroll.append(table);

    // the verdicts, or in their place why these settings give none
    const claims = document.createElement(result.claimsNote === null ? "ul" : "p");
    claims.className = result.claimsNote === null ? "live-verdicts" : "live-claims-note";
    if (result.claimsNote !== null) claims.textContent = result.claimsNote;
    for (const v of result.verdicts) {
      const item = document.createElement("li");
      item.textContent = `${v.holds ? "✔" : "✘"} ${v.claim} — ${v.evidence}`;
      item.dataset.holds = String(v.holds);
      claims.append(item);
    }
    const parts: HTMLElement[] = [scroll, claims];
    if (result.chart !== null) {
      const figure = document.createElement("figure");
      figure.className = "live-figure";
      drawChart(figure, result.chart);
      parts.push(figure);
    }
    results.replaceChildren(...parts);
    results.hidden = false;
  }

  function finish(message: string): void {
    runButton.disabled = false;
    status.textContent = message;
  }

  function run(): void {
    if (!form.reportValidity()) return;
    const settings = readSettings();
    errorBox.hidden = true;
    runButton.disabled = true;
    progress.removeAttribute("value"); // indeterminate until the first seed is done
    status.textContent = "도는 중…";
    worker ??= new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === "progress") {
        progress.max = message.total;
        progress.value = message.done;
        status.textContent = `실행 ${message.done} / ${message.total}`;
      } else if (message.type === "result") {
        Object.assign(handle, { settings, result: message.result, ms: message.ms, kernels: message.kernels });
        show(message.result, settings);
        finish(`끝남: ${(message.ms / 1000).toFixed(1)}초`);
      } else {
        errorBox.textContent = message.message;
        errorBox.hidden = false;
        finish("실패함");
      }
    };
    // a worker that cannot load or start answers with an error event, not a message
    worker.onerror = (event) => {
      errorBox.textContent = `워커를 시작하지 못함: ${event.message}`;
      errorBox.hidden = false;
      finish("실패함");
    };
    worker.postMessage({ slug, settings } satisfies ToWorker);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  form.hidden = false;
  root.querySelector<HTMLElement>(".live-needs")!.hidden = true;
}

const root = document.getElementById("live-study");
if (root !== null) mount(root);
