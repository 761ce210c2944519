/**
 * The playground's presets: each a full config that shows one point of a post section, in one
 * typed record (a duplicate id is a compile error). Where a study of @activation-lab/lab covers
 * the section (dying ReLU, PReLU's α, Swish's β), the preset is that study's training — widths,
 * init, learning rate, epochs, data — from live/setups.ts, the settings the notebook pages'
 * re-runs share. The post's "try it" links and the page's preset list read this module.
 */
import type { SectionKey } from "../lib/sections.js";
import { type StudySetup, studySetups } from "../live/setups.js";
import type { InitName, LayerConfig, PlaygroundConfig } from "./config.js";

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

/** The playground's names of the studies' inits (lab's spiralTask: He normal, Glorot uniform). */
const studyInits = { he: "heNormal", glorot: "glorotUniform" } as const satisfies Record<
  StudySetup["init"],
  InitName
>;

/**
 * A study's training as a playground config: its two-armed spirals (as many test points as
 * training points, as the study's separate test set), its hidden widths with `layer`'s
 * activation, its init, Adam rate, batch and epochs; seed 1, the notebooks' first seed.
 */
function fromStudy(setup: StudySetup, layer: Omit<LayerConfig, "units">): PlaygroundConfig {
  return {
    data: "spirals",
    points: 2 * setup.points,
    noise: setup.noise,
    testShare: 0.5,
    layers: setup.hidden.map((units) => ({ units, ...layer })),
    init: studyInits[setup.init],
    gain: 1,
    optimizer: "adam",
    learningRate: setup.learningRate,
    batchSize: setup.batchSize,
    seed: 1,
    epochs: setup.epochs,
  };
}

const { dying, prelu, swishBeta } = studySetups;

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
    watch: `학습률 ${dying.learningRate}에서 층별 죽은 유닛 비율이 올라가고 다시 내려오지 않음 (03 노트북의 실험과 같은 설정). 학습률을 ${dying.moderateLearningRate}로 낮춰 비교해 보기.`,
    config: fromStudy(dying, { activation: "relu" }),
  },
  preluAlpha: {
    title: "PReLU: 학습되는 α",
    section: "leaky-relu-prelu",
    watch: `층마다 α가 ${prelu.alpha}에서 출발해 학습되며 움직임: 음수 쪽 기울기를 네트워크가 고름 (04 노트북의 실험과 같은 설정).`,
    config: fromStudy(prelu, { activation: "prelu", param: prelu.alpha, learnable: true }),
  },
  elu: {
    title: "ELU: 죽은 유닛 없이",
    section: "elu",
    watch: `ReLU가 죽는 설정 (학습률 ${dying.learningRate}, 03 노트북의 실험)에서도 ELU는 음수 쪽 기울기가 0이 아니라 죽은 유닛 비율이 0에 머묾.`,
    config: fromStudy(dying, { activation: "elu" }),
  },
  swishBeta: {
    title: "Swish: 학습되는 β",
    section: "swish",
    watch: `층마다 β가 ${swishBeta.beta}(SiLU)에서 출발해 학습되며 움직임: β가 크면 ReLU에, 0이면 선형에 가까워짐 (06 노트북의 실험과 같은 설정).`,
    config: fromStudy(swishBeta, { activation: "swish", param: swishBeta.beta, learnable: true }),
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
