/**
 * The playground's presets: each a full config that shows one point of a post section, in one
 * typed record (a duplicate id is a compile error). The studies package can later supply its
 * configs here in the same shape; the post's "try it" links and the page's preset list read
 * this module.
 */
import type { SectionKey } from "../lib/sections.js";
import type { PlaygroundConfig } from "./config.js";

export interface Preset {
  /** Korean title, as the preset list shows it. */
  readonly title: string;
  /** The post section whose point it shows (its "try it" link). */
  readonly section: SectionKey;
  /** What to watch, in Korean, shown above the panels. */
  readonly watch: string;
  readonly config: PlaygroundConfig;
}

/** What every preset shares unless it says otherwise: two spiral arms, 500 training points. */
const base: PlaygroundConfig = {
  data: "spirals",
  points: 1000,
  noise: 0.05,
  testShare: 0.5,
  layers: [
    { units: 8, activation: "tanh" },
    { units: 8, activation: "tanh" },
  ],
  init: "glorotUniform",
  gain: 1,
  optimizer: "adam",
  learningRate: 0.01,
  batchSize: 10,
  seed: 1,
  epochs: 300,
};

const repeat = (count: number, layer: PlaygroundConfig["layers"][number]) =>
  Array.from({ length: count }, () => ({ ...layer }));

export const presets = {
  tanh: {
    title: "Tanh 2층 × 8: 나선 배우기",
    section: "tanh",
    watch: "결정 경계가 나선을 따라 감기고, 학습·테스트 손실이 함께 내려감.",
    config: { ...base, learningRate: 0.03 },
  },
  deepSigmoid: {
    title: "깊은 sigmoid: 층마다 줄어드는 기울기",
    section: "sigmoid",
    watch: "층별 기울기 노름이 입력 쪽(층 1)으로 갈수록 몇 자릿수씩 작아짐: 앞쪽 층은 거의 배우지 못함.",
    config: {
      ...base,
      layers: repeat(6, { units: 16, activation: "sigmoid" }),
      optimizer: "sgd",
      learningRate: 0.1,
      epochs: 200,
    },
  },
  dyingRelu: {
    title: "큰 학습률의 ReLU: 죽는 유닛",
    section: "relu",
    watch:
      "학습률 0.1에서 층별 죽은 유닛 비율이 올라가고 다시 내려오지 않음. 학습률을 0.01로 낮춰 비교해 보기.",
    config: {
      ...base,
      layers: repeat(3, { units: 32, activation: "relu" }),
      init: "heUniform",
      learningRate: 0.1,
      batchSize: 32,
      epochs: 100,
    },
  },
  preluAlpha: {
    title: "PReLU: 학습되는 α",
    section: "leaky-relu-prelu",
    watch: "층마다 α가 0.25에서 출발해 학습되며 움직임: 음수 쪽 기울기를 네트워크가 고름.",
    config: {
      ...base,
      layers: repeat(2, { units: 16, activation: "prelu", param: 0.25, learnable: true }),
      init: "heUniform",
      epochs: 200,
    },
  },
  elu: {
    title: "ELU: 죽은 유닛 없이",
    section: "elu",
    watch: "같은 큰 학습률에서도 ELU는 음수 쪽 기울기가 0이 아니라 죽은 유닛 비율이 0에 머묾.",
    config: {
      ...base,
      layers: repeat(3, { units: 32, activation: "elu" }),
      init: "heUniform",
      learningRate: 0.1,
      batchSize: 32,
      epochs: 100,
    },
  },
  swishBeta: {
    title: "Swish: 학습되는 β",
    section: "swish",
    watch: "층마다 β가 1(SiLU)에서 출발해 학습되며 움직임: β가 크면 ReLU에, 0이면 선형에 가까워짐.",
    config: {
      ...base,
      layers: repeat(2, { units: 16, activation: "swish", param: 1, learnable: true }),
      epochs: 200,
    },
  },
  gelu: {
    title: "GELU 2층 × 8",
    section: "gelu",
    watch: "Tanh 프리셋과 같은 네트워크·시드에서 GELU: 곡선이 얼마나 다른지 층별 활성값 분포와 손실로 비교.",
    config: { ...base, layers: repeat(2, { units: 8, activation: "gelu" }), init: "heUniform" },
  },
  reluEqualParams: {
    title: "ReLU 16-16 (파라미터 354개)",
    section: "geglu-swiglu",
    watch: "GEGLU 11-11 프리셋과 파라미터 수가 같은 ReLU 네트워크: 두 손실 곡선을 비교.",
    config: { ...base, layers: repeat(2, { units: 16, activation: "relu" }), init: "heUniform" },
  },
  gegluEqualParams: {
    title: "GEGLU 11-11 (파라미터 354개)",
    section: "geglu-swiglu",
    watch:
      "게이트가 있는 층은 파라미터가 두 배라 폭 11로 ReLU 16-16과 같은 354개: 같은 예산에서의 손실 비교.",
    config: { ...base, layers: repeat(2, { units: 11, activation: "geglu" }), init: "heUniform" },
  },
} satisfies Record<string, Preset>;

export type PresetId = keyof typeof presets;

export const presetIds = Object.keys(presets) as PresetId[];

/** The config the page starts from without a query. */
export const defaultPresetId: PresetId = "tanh";
