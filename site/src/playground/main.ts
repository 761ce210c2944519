/**
 * The playground page's script: reads the config from the URL (or the default preset), keeps the
 * controls, the URL and the training worker in step, and draws each frame the worker answers
 * with. Training never runs here: the worker trains while this thread draws.
 */
import { formatNumber, type SimdBuild } from "@activation-lab/core";
import {
  checkConfig,
  type DatasetName,
  hiddenUnits,
  type InitName,
  type LayerConfig,
  learnableUnits,
  limits,
  type OptimizerName,
  type PlaygroundConfig,
  paramOf,
} from "./config.js";
import { type Colors, drawBoundary, drawHistogram, drawLoss, readColors } from "./draw.js";
import type { FromWorker, PointSet, ToWorker } from "./protocol.js";
import type { EpochPoint, Snapshot } from "./session.js";
import { decodeConfig, encodeConfig } from "./url.js";

/** What the tests (and a curious reader's console) can read: `document.getElementById("pg-app").playground`. */
export interface PlaygroundHandle {
  readonly config: PlaygroundConfig;
  readonly history: readonly EpochPoint[];
  readonly snapshot: Snapshot | null;
  readonly parameterCount: number;
  /** Milliseconds the worker spent training, per frame, since the last reset. */
  readonly trainMs: readonly number[];
  /** Milliseconds this thread spent drawing, per drawn frame, since the last reset. */
  readonly drawMs: readonly number[];
  /** The core's WebAssembly build the worker's last frame ran on (null: the JS loops, or no frame yet). */
  readonly kernels: SimdBuild | null;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const app = $<HTMLElement>("pg-app");
const form = $<HTMLFormElement>("pg-form");
const errorBox = $<HTMLElement>("pg-error");
const status = $<HTMLElement>("pg-status");
const playButton = $<HTMLButtonElement>("pg-play");
const layerList = $<HTMLElement>("pg-layer-list");
const layerRows = $<HTMLTableSectionElement>("pg-layer-rows");
const boundary = $<HTMLCanvasElement>("pg-boundary");
const lossCanvas = $<HTMLCanvasElement>("pg-loss");
const speed = $<HTMLInputElement>("pg-speed");

const field = <T extends HTMLInputElement | HTMLSelectElement>(name: string) =>
  form.elements.namedItem(name) as T;

// the presets come with the page (rendered from presets.ts at build time), not in this bundle
const presetList = form.elements.namedItem("preset") as HTMLSelectElement;
const defaultConfig = checkConfig(JSON.parse(presetList.dataset.defaultConfig!) as PlaygroundConfig);
const presetOptions = [...presetList.options].filter((option) => option.value !== "");
let config: PlaygroundConfig = defaultConfig;
let history: EpochPoint[] = [];
let snapshot: Snapshot | null = null;
let data: { train: PointSet; test: PointSet } | null = null;
let parameterCount = 0;
let kernels: SimdBuild | null = null;
let trainMs: number[] = [];
let drawMs: number[] = [];
let playing = false;
/** Past the config's epochs a run goes on only when the reader pressed play again. */
let pastEnd = false;
/** Messages sent and not answered yet; answers to messages sent before a reset are stale. */
let outstanding = 0;
let stale = 0;
let dirty = false;
let colors: Colors = readColors(app);

const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
const send = (message: ToWorker) => {
  outstanding++;
  worker.postMessage(message);
};

worker.addEventListener("message", (event: MessageEvent<FromWorker>) => {
  outstanding--;
  if (stale > 0) {
    stale--;
    return;
  }
  const message = event.data;
  if (message.type === "error") {
    showError(message.message);
    setPlaying(false);
    return;
  }
  if (message.data) data = message.data;
  history.push(...message.points);
  if (message.points.length > 0) trainMs.push(message.trainMs);
  snapshot = message.snapshot;
  parameterCount = message.parameterCount;
  kernels = message.kernels;
  if (playing && !pastEnd && history.length >= config.epochs) setPlaying(false);
  dirty = true;
});

/** Starts over with `next` (a new data set, network and optimiser), and writes it to the URL. */
function reset(next: PlaygroundConfig): void {
  config = next;
  history = [];
  trainMs = [];
  drawMs = [];
  snapshot = null;
  pastEnd = false;
  setPlaying(false);
  showError("");
  stale = outstanding;
  const query = encodeConfig(config);
  window.history.replaceState(null, "", `${location.pathname}?${query}`);
  $<HTMLAnchorElement>("pg-link").href = `?${query}`;
  writeControls();
  send({ type: "reset", config });
}

function setPlaying(on: boolean): void {
  playing = on;
  playButton.textContent = on ? "일시정지" : "시작";
  playButton.setAttribute("aria-pressed", String(on));
}

function showError(message: string): void {
  errorBox.textContent = message;
  errorBox.hidden = message === "";
}

// ---- controls ⇄ config

function writeControls(): void {
  field<HTMLSelectElement>("data").value = config.data;
  field<HTMLInputElement>("points").value = String(config.points);
  field<HTMLInputElement>("noise").value = String(config.noise);
  field<HTMLInputElement>("testShare").value = String(config.testShare);
  field<HTMLInputElement>("seed").value = String(config.seed);
  field<HTMLSelectElement>("init").value = config.init;
  field<HTMLInputElement>("gain").value = String(config.gain);
  field<HTMLSelectElement>("optimizer").value = config.optimizer;
  field<HTMLInputElement>("learningRate").value = String(config.learningRate);
  field<HTMLInputElement>("batchSize").value = String(config.batchSize);
  field<HTMLInputElement>("epochs").value = String(config.epochs);
  const encoded = encodeConfig(config);
  const preset = presetOptions.find((option) => option.dataset.config === encoded);
  presetList.value = preset?.value ?? "";
  $<HTMLElement>("pg-watch").textContent = preset?.dataset.watch ?? "직접 고친 설정입니다.";
  showOutputs();
  writeLayers();
}

function showOutputs(): void {
  for (const output of form.querySelectorAll<HTMLOutputElement>("output[for]")) {
    const input = document.getElementById(output.htmlFor.value) as HTMLInputElement;
    output.value = input.id === "pg-testShare" ? `${Math.round(Number(input.value) * 100)}%` : input.value;
  }
}

/** One fieldset per hidden layer: width, activation, its parameter, learnable, remove. */
function writeLayers(): void {
  layerList.replaceChildren(
    ...config.layers.map((layer, i) => {
      const set = document.createElement("fieldset");
      set.className = "pg-layer";
      const spec = paramOf(layer.activation);
      const id = `pg-layer-${i}`;
      set.innerHTML = `<legend>은닉층 ${i + 1}</legend>
        <label for="${id}-units">유닛</label>
        <input id="${id}-units" data-field="units" type="number" min="${limits.units[0]}" max="${limits.units[1]}" step="1" value="${layer.units}">
        <label for="${id}-activation">활성화 함수</label>
        <select id="${id}-activation" data-field="activation">${hiddenUnits
          .map(
            (unit) =>
              `<option value="${unit}"${unit === layer.activation ? " selected" : ""}>${unit}</option>`,
          )
          .join("")}</select>
        <label for="${id}-param">${spec ? (spec.name === "alpha" ? "α" : "β") : "매개변수"}</label>
        <input id="${id}-param" data-field="param" type="number" step="any" ${
          spec
            ? `min="${spec.typical[0]}" max="${spec.typical[1]}" value="${layer.param ?? spec.default}"`
            : "disabled"
        }>
        <label class="pg-check"><input id="${id}-learnable" data-field="learnable" type="checkbox"${layer.learnable ? " checked" : ""}${
          learnableUnits.includes(layer.activation) ? "" : " disabled"
        }> 학습</label>
        <button type="button" data-action="remove"${config.layers.length <= limits.layers[0] ? " disabled" : ""}>은닉층 ${i + 1} 빼기</button>`;
      return set;
    }),
  );
  $<HTMLButtonElement>("pg-add-layer").disabled = config.layers.length >= limits.layers[1];
}

/** The config the controls describe now. */
function readControls(): PlaygroundConfig {
  const number = (name: string) => Number(field<HTMLInputElement>(name).value);
  const layers = [...layerList.querySelectorAll<HTMLFieldSetElement>(".pg-layer")].map((set): LayerConfig => {
    const get = (name: string) => set.querySelector<HTMLInputElement>(`[data-field="${name}"]`)!;
    const activation = get("activation").value as LayerConfig["activation"];
    const layer: LayerConfig = { units: Number(get("units").value), activation };
    const spec = paramOf(activation);
    // a new activation starts from its own default parameter
    const previous = set.dataset.activation;
    if (spec && get("param").value !== "" && (previous === undefined || previous === activation))
      layer.param = Number(get("param").value);
    if (learnableUnits.includes(activation) && get("learnable").checked) layer.learnable = true;
    return layer;
  });
  return {
    data: field<HTMLSelectElement>("data").value as DatasetName,
    points: number("points"),
    noise: number("noise"),
    testShare: number("testShare"),
    layers,
    init: field<HTMLSelectElement>("init").value as InitName,
    gain: number("gain"),
    optimizer: field<HTMLSelectElement>("optimizer").value as OptimizerName,
    learningRate: number("learningRate"),
    batchSize: number("batchSize"),
    seed: number("seed"),
    epochs: number("epochs"),
  };
}

/** A control changed: a valid config starts a new run, an invalid one says why and keeps the run. */
function onChange(target: EventTarget | null): void {
  if (target === speed) {
    showOutputs();
    return;
  }
  if (target === presetList) {
    const chosen = presetList.selectedOptions[0];
    if (chosen?.dataset.config !== undefined) reset(decodeConfig(chosen.dataset.config, defaultConfig));
    return;
  }
  if (target instanceof HTMLSelectElement && target.dataset.field === "activation") {
    target.closest<HTMLElement>(".pg-layer")!.dataset.activation = "changed";
  }
  try {
    // through the URL codec, which checks every field and names the one that is wrong
    reset(decodeConfig(encodeConfig(readControls()), config));
  } catch (error) {
    showError(error instanceof Error ? error.message : String(error));
  }
}

form.addEventListener("change", (event) => onChange(event.target));
speed.addEventListener("input", showOutputs);
form.addEventListener("submit", (event) => event.preventDefault());
layerList.addEventListener("click", (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-action="remove"]');
  if (!button) return;
  const index = [...layerList.children].indexOf(button.closest(".pg-layer")!);
  const layers = config.layers.filter((_, i) => i !== index);
  reset({ ...config, layers });
  layerList.querySelectorAll<HTMLButtonElement>("button")[Math.max(0, index - 1)]?.focus();
});
$("pg-add-layer").addEventListener("click", () => {
  const last = config.layers[config.layers.length - 1];
  reset({ ...config, layers: [...config.layers, { ...last }] });
});
playButton.addEventListener("click", () => {
  if (!playing && history.length >= config.epochs) pastEnd = true;
  setPlaying(!playing);
});
$("pg-step").addEventListener("click", () => {
  setPlaying(false);
  send({ type: "train", epochs: 1 });
});
$("pg-reset").addEventListener("click", () => reset(config));
matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => {
  colors = readColors(app);
  dirty = true;
});

// ---- drawing, once per animation frame

function draw(): void {
  if (!snapshot || !data) return;
  drawBoundary(boundary, snapshot, data.train, data.test, colors);
  drawLoss(
    lossCanvas,
    history.map((p) => p.trainLoss),
    history.map((p) => p.testLoss),
    colors,
  );
  const last = history[history.length - 1];
  const loss = last
    ? `학습 손실 ${formatNumber(last.trainLoss)}, 테스트 손실 ${formatNumber(last.testLoss)}`
    : "아직 학습 전";
  status.textContent = `에폭 ${history.length} · ${loss} · 파라미터 ${parameterCount}개`;
  boundary.setAttribute(
    "aria-label",
    `${config.data} 데이터와 ${config.data === "regression" ? "회귀 곡선" : "결정 경계"}, 에폭 ${history.length}`,
  );
  writeLayerRows(snapshot);
}

function writeLayerRows(view: Snapshot): void {
  if (layerRows.children.length !== view.layers.length) {
    layerRows.replaceChildren(
      ...view.layers.map((_, i) => {
        const row = document.createElement("tr");
        const name = i === view.layers.length - 1 ? "출력층" : `은닉층 ${i + 1}`;
        row.innerHTML = `<th scope="row">${name}<br><small data-cell="label"></small></th>
          <td class="num"><span class="pg-bar" data-cell="grad-bar"></span><span data-cell="grad"></span></td>
          <td class="num"><span class="pg-bar" data-cell="dead-bar"></span><span data-cell="dead"></span></td>
          <td class="num" data-cell="learned"></td>
          <td><canvas class="pg-hist" data-cell="hist" role="img" aria-label="${name} 출력 분포"></canvas></td>`;
        return row;
      }),
    );
  }
  const norms = view.layers.map((l) => l.gradNorm).filter((v) => v > 0 && Number.isFinite(v));
  const [lo, hi] = norms.length ? [Math.log10(Math.min(...norms)), Math.log10(Math.max(...norms))] : [0, 0];
  view.layers.forEach((layer, i) => {
    const row = layerRows.children[i] as HTMLTableRowElement;
    const cell = (name: string) => row.querySelector<HTMLElement>(`[data-cell="${name}"]`)!;
    cell("label").textContent = layer.label;
    cell("grad").textContent = formatNumber(layer.gradNorm);
    const share =
      hi > lo && layer.gradNorm > 0 ? 0.05 + (0.95 * (Math.log10(layer.gradNorm) - lo)) / (hi - lo) : 1;
    cell("grad-bar").style.width = `${(100 * share).toFixed(1)}%`;
    cell("dead").textContent = layer.deadFraction === null ? "–" : `${Math.round(layer.deadFraction * 100)}%`;
    cell("dead-bar").style.width = `${(100 * (layer.deadFraction ?? 0)).toFixed(1)}%`;
    cell("learned").textContent = layer.learned
      ? `${layer.learned.name} = ${formatNumber(layer.learned.value)}`
      : "–";
    const hist = row.querySelector<HTMLCanvasElement>('[data-cell="hist"]')!;
    if (layer.histogram) {
      drawHistogram(hist, layer.histogram, colors);
      hist.setAttribute(
        "aria-label",
        `${row.querySelector("th")!.firstChild!.textContent} 출력 분포, ${formatNumber(layer.histogram.min)}부터 ${formatNumber(layer.histogram.max)}까지`,
      );
    }
    hist.hidden = layer.histogram === null;
  });
}

function frame(): void {
  if (playing && outstanding === 0) {
    const epochs = pastEnd
      ? Number(speed.value)
      : Math.min(Number(speed.value), config.epochs - history.length);
    if (epochs > 0) send({ type: "train", epochs });
    else setPlaying(false);
  }
  if (dirty) {
    dirty = false;
    const start = performance.now();
    draw();
    drawMs.push(performance.now() - start);
  }
  requestAnimationFrame(frame);
}

// ---- start: the URL's config, or the default preset

const handle: PlaygroundHandle = {
  get config() {
    return config;
  },
  get history() {
    return history;
  },
  get snapshot() {
    return snapshot;
  },
  get parameterCount() {
    return parameterCount;
  },
  get trainMs() {
    return trainMs;
  },
  get drawMs() {
    return drawMs;
  },
  get kernels() {
    return kernels;
  },
};
Object.assign(app, { playground: handle });

$("pg-needs").hidden = true;
$("pg-example").hidden = true;
app.hidden = false;
try {
  reset(location.search ? decodeConfig(location.search, config) : config);
} catch (error) {
  reset(config);
  showError(
    `주소의 설정을 읽지 못해 기본 설정으로 시작합니다: ${error instanceof Error ? error.message : error}`,
  );
}
requestAnimationFrame(frame);
