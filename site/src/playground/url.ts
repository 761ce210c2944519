/**
 * The whole playground state in a URL query, as TF Playground keeps it, so a run can be linked:
 *
 *   ?data=spirals&points=500&noise=0.05&test=0.5&layers=8:tanh,8:prelu:0.25:learn
 *    &init=heUniform&gain=1&optimizer=adam&lr=0.01&batch=10&seed=1&epochs=300
 *
 * Each layer is `units:activation[:param][:learn]`. A field left out takes the default config's
 * value; a field that is present but wrong is an error naming it. Numbers are written as
 * JavaScript's shortest round-trip form, so decoding an encoded config gives it back exactly.
 */
import { checkConfig, type LayerConfig, type PlaygroundConfig } from "./config.js";

/** Query field → config field, numbers. */
const numberFields = {
  points: "points",
  noise: "noise",
  test: "testShare",
  gain: "gain",
  lr: "learningRate",
  batch: "batchSize",
  seed: "seed",
  epochs: "epochs",
} as const satisfies Record<string, keyof PlaygroundConfig>;

/** Query field → config field, names. */
const nameFields = { data: "data", init: "init", optimizer: "optimizer" } as const satisfies Record<
  string,
  keyof PlaygroundConfig
>;

/** The query string (without "?") of a config. */
export function encodeConfig(config: PlaygroundConfig): string {
  const fields: [string, string][] = [
    ["data", config.data],
    ["points", String(config.points)],
    ["noise", String(config.noise)],
    ["test", String(config.testShare)],
    ["layers", config.layers.map(encodeLayer).join(",")],
    ["init", config.init],
    ["gain", String(config.gain)],
    ["optimizer", config.optimizer],
    ["lr", String(config.learningRate)],
    ["batch", String(config.batchSize)],
    ["seed", String(config.seed)],
    ["epochs", String(config.epochs)],
  ];
  // ":" and "," are allowed as they are in a query (RFC 3986), and read better than %3A and %2C
  return fields
    .map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%3A/g, ":").replace(/%2C/g, ",")}`)
    .join("&");
}

/**
 * The config a query string describes, fields left out taken from `defaults`. Throws a
 * RangeError naming the field for a value that is not a valid one.
 */
export function decodeConfig(query: string, defaults: PlaygroundConfig): PlaygroundConfig {
  const params = new URLSearchParams(query);
  const config: PlaygroundConfig = structuredClone(defaults);
  for (const [key, field] of Object.entries(numberFields)) {
    const text = params.get(key);
    if (text === null) continue;
    const value = Number(text);
    if (text.trim() === "" || !Number.isFinite(value))
      throw new RangeError(`playground URL: ${key} must be a number, got ${JSON.stringify(text)}`);
    config[field] = value;
  }
  for (const [key, field] of Object.entries(nameFields)) {
    const text = params.get(key);
    // checkConfig below says which names are allowed
    if (text !== null) (config as unknown as Record<string, string>)[field] = text;
  }
  const layers = params.get("layers");
  if (layers !== null) config.layers = layers.split(",").map(decodeLayer);
  return checkConfig(config);
}

function encodeLayer({ units, activation, param, learnable }: LayerConfig): string {
  return [units, activation, ...(param === undefined ? [] : [param]), ...(learnable ? ["learn"] : [])].join(
    ":",
  );
}

function decodeLayer(text: string): LayerConfig {
  const [units, activation, ...rest] = text.split(":");
  const layer: LayerConfig = { units: Number(units), activation: activation as LayerConfig["activation"] };
  if (rest.at(-1) === "learn") {
    layer.learnable = true;
    rest.pop();
  }
  if (rest.length > 1 || activation === undefined || !/^\d+$/.test(units ?? "")) {
    throw new RangeError(
      `playground URL: a layer must be units:activation[:param][:learn], got ${JSON.stringify(text)}`,
    );
  }
  if (rest.length === 1) {
    layer.param = Number(rest[0]);
    if (rest[0].trim() === "" || !Number.isFinite(layer.param))
      throw new RangeError(`playground URL: the parameter of layer ${JSON.stringify(text)} must be a number`);
  }
  return layer;
}
