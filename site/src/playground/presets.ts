/**
 * The playground's presets: each a full config that shows one point of a post section, in one
 * typed record (a duplicate id is a compile error). Every preset is a study of
 * @activation-lab/lab as the playground runs it — widths, init, optimiser, learning rate, batch,
 * epochs, data — from live/setups.ts, the settings the notebook pages' re-runs share. The post's
 * "try it" links read this module, and the playground's page renders the list into its HTML
 * (build time only: the browser gets the presets from the page, not from this module).
 */
import type { SectionKey } from "../lib/sections.js";
import { type StudySetup, studySetups } from "../live/setups.js";
import type { LayerConfig, PlaygroundConfig } from "./config.js";

export interface Preset {
  /** Korean title, as the preset list shows it. */
  readonly title: string;
  /** The post section whose point it shows (its "try it" link). */
  readonly section: SectionKey;
  /** What to watch, in Korean, shown above the panels. */
  readonly watch: string;
  readonly config: PlaygroundConfig;
}

/**
 * A study's training as a playground config: its data (as many test points as training points,
 * as the study's separate test set), its hidden widths with `layer`'s activation, its init and
 * gain, optimiser, rate, batch and epochs; seed 1, the notebooks' first seed.
 */
function fromStudy(setup: StudySetup, layer: Omit<LayerConfig, "units">): PlaygroundConfig {
  return {
    data: setup.data,
    points: 2 * setup.points,
    noise: setup.noise,
    testShare: 0.5,
    layers: setup.hidden.map((units) => ({ units, ...layer })),
    init: setup.init,
    gain: setup.gain,
    optimizer: setup.optimizer,
    learningRate: setup.learningRate,
    batchSize: setup.batchSize,
    seed: 1,
    epochs: setup.epochs,
  };
}

const { tanh, deepSigmoid, dying, prelu, swishBeta, reluFfn, geluFfn, gegluFfn } = studySetups;
const reluFfnConfig = fromStudy(reluFfn, { activation: "relu" });
const gegluFfnConfig = fromStudy(gegluFfn, { activation: "geglu" });
const hiddenWidths = (config: PlaygroundConfig) => config.layers.map((l) => l.units).join("-");

export const presets = {
  tanh: {
    title: `Tanh ${hiddenWidths(fromStudy(tanh, { activation: "tanh" }))}: two moons를 SGD로`,
    section: "tanh",
    watch: `02 노트북의 tanh 실험과 같은 설정 (SGD, 학습률 ${tanh.learningRate}, ${tanh.epochs} 에폭): 손실이 빠르게 내려감. 층의 활성화를 sigmoid로 바꾸면 같은 학습률에서 더 느리게 내려감.`,
    config: fromStudy(tanh, { activation: "tanh" }),
  },
  deepSigmoid: {
    title: `깊은 sigmoid (${deepSigmoid.hidden.length}층): 층마다 줄어드는 기울기`,
    section: "sigmoid",
    watch: `층별 기울기 노름이 입력 쪽(층 1)으로 갈수록 몇 자릿수씩 작아짐: 앞쪽 층은 거의 배우지 못함 (01·09 노트북의 gain 스윕과 같은 ${deepSigmoid.hidden.length}층 × ${deepSigmoid.hidden[0]} 네트워크, gain 1; 학습은 01 노트북의 포화 실험처럼 SGD ${deepSigmoid.learningRate}, 배치 ${deepSigmoid.batchSize}).`,
    config: fromStudy(deepSigmoid, { activation: "sigmoid" }),
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
    title: `GELU 피드포워드 (폭 ${geluFfn.hidden[0]})`,
    section: "gelu",
    watch: `08 노트북의 GELU 피드포워드 네트워크 (폭 ${geluFfn.hidden[0]}, 튜닝한 학습률 ${geluFfn.learningRate}): ReLU 프리셋과 손실 곡선과 층별 활성값 분포를 비교.`,
    config: fromStudy(geluFfn, { activation: "gelu" }),
  },
  reluEqualParams: {
    title: `ReLU 폭 ${hiddenWidths(reluFfnConfig)} (파라미터 ${reluFfn.parameters}개)`,
    section: "geglu-swiglu",
    watch: `GEGLU 프리셋과 파라미터 수가 같은 ReLU 피드포워드 네트워크 (08 노트북의 실험, 튜닝한 학습률 ${reluFfn.learningRate}): 두 손실 곡선을 비교.`,
    config: reluFfnConfig,
  },
  gegluEqualParams: {
    title: `GEGLU 폭 ${hiddenWidths(gegluFfnConfig)} (파라미터 ${gegluFfn.parameters}개)`,
    section: "geglu-swiglu",
    watch: `게이트가 있는 층은 행렬이 두 개라, 08 노트북의 규칙대로 폭 ${hiddenWidths(gegluFfnConfig)}이면 ReLU 폭 ${hiddenWidths(reluFfnConfig)}과 같은 ${gegluFfn.parameters}개 (두 클래스일 때): 같은 예산에서의 손실 비교 (튜닝한 학습률 ${gegluFfn.learningRate}).`,
    config: gegluFfnConfig,
  },
} satisfies Record<string, Preset>;

export type PresetId = keyof typeof presets;

export const presetIds = Object.keys(presets) as PresetId[];

/** The config the page starts from without a query. */
export const defaultPresetId: PresetId = "tanh";
