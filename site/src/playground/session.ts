/**
 * A playground run: the data, its train/test split, the network and its optimiser, built from a
 * config with @activation-lab/core/nn and trained epoch by epoch. The worker drives one; Node
 * drives the same code in the tests and at build time (the page's pre-rendered example), so a
 * config gives the same loss curve in both.
 */
import {
  adam,
  circles,
  type Dataset,
  glorotNormal,
  glorotUniform,
  heNormal,
  heUniform,
  type Initializer,
  inspect,
  type Loss,
  lecunNormal,
  lecunUniform,
  meanSquaredError,
  mlp,
  type Optimizer,
  PReLU,
  probabilityOf,
  Rng,
  regression1d,
  type Sequential,
  Swish,
  scaled,
  sgd,
  softmaxCrossEntropy,
  spirals,
  toDtype,
  train,
  twoMoons,
  xor,
} from "@activation-lab/core/nn";
import { checkConfig, type DatasetName, type InitName, type PlaygroundConfig } from "./config.js";

const generators: Record<DatasetName, (points: number, noise: number, rng: Rng) => Dataset> = {
  spirals: (points, noise, seed) => spirals({ points, noise, seed }),
  moons: (points, noise, seed) => twoMoons({ points, noise, seed }),
  circles: (points, noise, seed) => circles({ points, noise, seed }),
  xor: (points, noise, seed) => xor({ points, noise, seed }),
  regression: (points, noise, seed) => regression1d({ points, noise, seed }),
};

const initializers: Record<InitName, Initializer> = {
  glorotUniform,
  glorotNormal,
  heUniform,
  heNormal,
  lecunUniform,
  lecunNormal,
};

/** An epoch's losses. */
export interface EpochPoint {
  readonly epoch: number;
  /** Mean of the epoch's mini-batch losses, as Keras reports a training loss (no extra pass). */
  readonly trainLoss: number;
  /** Loss over the whole test set after the epoch. */
  readonly testLoss: number;
}

/** A hidden layer (or the output layer) as the panels show it. */
export interface LayerView {
  readonly label: string;
  /** ‖∂L/∂θ‖ of the layer's parameters over the training set. */
  readonly gradNorm: number;
  /** Share of units with f′ = 0 on every training point (null for the linear output layer). */
  readonly deadFraction: number | null;
  /** The layer's outputs over the training set, binned (null for the output layer). */
  readonly histogram: Histogram | null;
  /** PReLU's α or Swish's β where it is learnt. */
  readonly learned: { readonly name: "α" | "β"; readonly value: number } | null;
}

export interface Histogram {
  readonly min: number;
  readonly max: number;
  readonly counts: readonly number[];
}

/** What a drawn frame needs. */
export interface Snapshot {
  readonly epoch: number;
  readonly layers: readonly LayerView[];
  /** Classification: P(class 1) on a size × size grid, row 0 at the top; regression: ŷ at `size` x positions. */
  readonly grid: Float32Array;
  readonly gridSize: number;
  /** The square the grid covers (classification) or the x interval (regression), and the y range drawn. */
  readonly domain: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
}

export const histogramBins = 20;

/**
 * The playground trains in float32 (WebAssembly SIMD kernels and matmul): about 3× the epochs of
 * float64 on its networks, with loss curves within 2·10⁻⁵ of float64's (core's float32 tests).
 */
const dtype = "float32";
type Model = Sequential<typeof dtype>;

export class PlaygroundSession {
  readonly config: PlaygroundConfig;
  readonly trainSet: Dataset;
  readonly testSet: Dataset;
  readonly model: Model;
  readonly history: EpochPoint[] = [];
  private readonly optimizer: Optimizer;
  private readonly loss: Loss<typeof dtype>;
  /** The test set in the model's precision, made once for the loss after every epoch. */
  private readonly testArrays: { readonly x: Float32Array; readonly y: Float32Array };
  private readonly shuffles: Rng;
  /** Model layer indices of each hidden layer of the config (a learnable unit is two layers). */
  private readonly blocks: number[][] = [];

  constructor(config: PlaygroundConfig) {
    this.config = checkConfig(config);
    // one seed, split per consumer, so changing one (say the init) never moves another's numbers
    const root = new Rng(config.seed);
    const [dataRng, splitRng, modelRng] = [root.split(), root.split(), root.split()];
    this.shuffles = root.split();
    const all = generators[config.data](config.points, config.noise, dataRng);
    [this.trainSet, this.testSet] = split(all, config.testShare, splitRng);
    this.testArrays = { x: toDtype(this.testSet.x, dtype), y: toDtype(this.testSet.y, dtype) };
    const classification = all.classes !== null;
    this.loss = classification ? softmaxCrossEntropy : meanSquaredError;
    const init = initializers[config.init];
    this.model = mlp({
      sizes: [
        all.features,
        ...config.layers.map((l) => l.units),
        classification ? (all.classes as number) : 1,
      ],
      activation: config.layers.map(({ activation, param, learnable }) => ({
        unit: activation,
        param,
        learnable,
      })),
      init: config.gain === 1 ? init : scaled(init, config.gain),
      seed: modelRng,
      dtype,
    });
    let next = 0;
    for (const layer of config.layers) {
      const count = layer.learnable ? 2 : 1;
      this.blocks.push(Array.from({ length: count }, (_, k) => next + k));
      next += count;
    }
    this.blocks.push([next]); // the output layer
    const { learningRate } = config;
    this.optimizer = config.optimizer === "adam" ? adam({ learningRate }) : sgd({ learningRate });
  }

  /** Epochs done so far. */
  get epoch(): number {
    return this.history.length;
  }

  /** Number of weights, biases and learnt α/β of the network. */
  get parameterCount(): number {
    return this.model.params.reduce((sum, p) => sum + p.value.length, 0);
  }

  /**
   * Trains `epochs` more epochs (mini-batches of the shuffled training set) and records each
   * one's training loss and the test loss after it. Each epoch is one call of core's train, its shuffle drawn
   * from the session's own generator and the optimiser keeping its state, so slicing a run into
   * frames of any size gives the same run.
   */
  trainEpochs(epochs: number): EpochPoint[] {
    const added: EpochPoint[] = [];
    for (let i = 0; i < epochs; i++) {
      const { epochs: records } = train(this.model, {
        data: this.trainSet,
        loss: this.loss,
        optimizer: this.optimizer,
        epochs: 1,
        batchSize: this.config.batchSize,
        seed: this.shuffles,
        stepStats: false,
        epochStats: false,
        continueOnNaN: true,
      });
      const point = {
        epoch: this.history.length + 1,
        trainLoss: records[0].loss,
        testLoss: this.testLoss(),
      };
      this.history.push(point);
      added.push(point);
    }
    return added;
  }

  /** The network as the panels show it now: per-layer statistics and its predictions on a grid. */
  snapshot(gridSize = 48): Snapshot {
    // one forward and backward pass of the training set, no update
    const { layers: stats } = inspect(this.model, { data: this.trainSet, loss: this.loss });
    const layers = this.blocks.map((indices, b): LayerView => {
      const last = this.model.layers[indices[indices.length - 1]];
      const isOutput = b === this.blocks.length - 1;
      return {
        label: indices.map((i) => this.model.layers[i].label).join(" + "),
        gradNorm: Math.hypot(...indices.map((i) => stats[i].gradNorm)),
        deadFraction: isOutput ? null : stats[indices[indices.length - 1]].deadFraction,
        histogram: isOutput ? null : histogram(last.probe().post),
        learned:
          last instanceof PReLU
            ? { name: "α", value: last.alpha.value[0] }
            : last instanceof Swish && last.params.length > 0
              ? { name: "β", value: last.beta.value[0] }
              : null,
      };
    });
    return { epoch: this.epoch, layers, ...this.grid(gridSize) };
  }

  private testLoss(): number {
    return this.loss(this.model.forward(this.testArrays.x, this.testSet.rows), this.testArrays.y);
  }

  private grid(size: number): Pick<Snapshot, "grid" | "gridSize" | "domain"> {
    const { x, features } = this.trainSet;
    if (features === 1) {
      const xs = extent(x);
      const input = Float32Array.from({ length: size }, (_, i) => xs[0] + ((xs[1] - xs[0]) * i) / (size - 1));
      const grid = Float32Array.from(this.model.predict(input));
      const ys = extent(Float64Array.from([...this.trainSet.y, ...this.testSet.y]));
      return { grid, gridSize: size, domain: { x: xs, y: ys } };
    }
    // a square around every point (train and test), 10% margin
    let reach = 0;
    for (const set of [this.trainSet, this.testSet])
      for (const v of set.x) reach = Math.max(reach, Math.abs(v));
    reach = Math.ceil(reach * 1.1 * 10) / 10;
    const p = probabilityOf(this.model);
    const grid = new Float32Array(size * size);
    for (let row = 0; row < size; row++) {
      const y = reach - (2 * reach * (row + 0.5)) / size;
      for (let col = 0; col < size; col++)
        grid[row * size + col] = p(-reach + (2 * reach * (col + 0.5)) / size, y);
    }
    return { grid, gridSize: size, domain: { x: [-reach, reach], y: [-reach, reach] } };
  }
}

/**
 * The train and test loss curves of `epochs` epochs of a config: what the page draws, computed
 * anywhere (Node for the tests and the pre-rendered example).
 */
export function lossCurve(config: PlaygroundConfig, epochs = config.epochs): EpochPoint[] {
  return new PlaygroundSession(config).trainEpochs(epochs);
}

/** Shuffles the rows with `rng` and holds out ⌈testShare · rows⌉ of them: [train, test]. */
function split(data: Dataset, testShare: number, rng: Rng): [Dataset, Dataset] {
  const order = Array.from({ length: data.rows }, (_, i) => i);
  rng.shuffle(order);
  const testRows = Math.ceil(testShare * data.rows);
  const take = (rows: number[], part: string): Dataset => {
    const f = data.features;
    const x = new Float64Array(rows.length * f);
    const y = new Float64Array(rows.length);
    rows.forEach((row, i) => {
      x.set(data.x.subarray(row * f, (row + 1) * f), i * f);
      y[i] = data.y[row];
    });
    return { ...data, name: `${data.name} ${part}`, x, y, rows: rows.length };
  };
  return [take(order.slice(testRows), "train"), take(order.slice(0, testRows), "test")];
}

function extent(values: Float32Array | Float64Array): [number, number] {
  let [min, max] = [Infinity, -Infinity];
  for (const v of values) [min, max] = [Math.min(min, v), Math.max(max, v)];
  return [min, max];
}

/** Counts of `values` in {@link histogramBins} equal bins from their min to their max. */
function histogram(values: Float32Array | Float64Array): Histogram {
  const [min, max] = extent(values);
  const counts = new Array<number>(histogramBins).fill(0);
  const width = (max - min) / histogramBins;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    counts[width > 0 ? Math.min(histogramBins - 1, Math.floor((v - min) / width)) : 0]++;
  }
  return { min, max, counts };
}
