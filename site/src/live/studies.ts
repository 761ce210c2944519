/**
 * The notebooks' main studies as the notebook pages re-run them in the reader's browser: per
 * notebook, which settings the reader may change (seed count, learning rate per arm, init) and
 * how a run of `@activation-lab/lab`'s study becomes what the notebook shows of it — the same
 * table, the same claims (lab's verdicts) and the same chart's series. Runs in the worker
 * (worker.ts) and in Node (the tests); nothing here computes a number the study does not.
 */
import { activations, formatNumber } from "@activation-lab/core";
import {
  dyingClaims,
  dyingDefaults,
  dyingStudy,
  type EluResult,
  eluClaims,
  eluDefaults,
  eluStudy,
  ffnParameters,
  formatInterval,
  gainSweepClaims,
  gainSweepDefaults,
  gainSweepGains,
  gainSweepMarkdown,
  gainSweepStudy,
  gatedFfnArms,
  gatedFfnClaims,
  gatedFfnDefaults,
  gatedFfnStudy,
  type InitName,
  type Progress,
  preluClaims,
  preluDefaults,
  preluStudy,
  type Summary,
  seedRange,
  spiralTaskDefaults,
  swishBetaClaims,
  swishBetaDefaults,
  swishBetaStudy,
  type Verdict,
  zeroCentringArms,
  zeroCentringClaims,
  zeroCentringDefaults,
  zeroCentringStudy,
} from "@activation-lab/lab";

/** What the reader sets: seeds firstSeed … firstSeed + seedCount − 1, a learning rate per named arm, an init. */
export interface LiveSettings {
  readonly seedCount: number;
  readonly firstSeed: number;
  /** Keyed by the study's rate names ({@link LiveStudy.rates}); empty when the study fixes its rates. */
  readonly learningRates: Readonly<Record<string, number>>;
  /** Only for a study with {@link LiveStudy.inits}; null otherwise. */
  readonly init: InitName | null;
}

/** A line chart's data, as the notebook's `lineChart`/`lossChart` call gets it. */
export interface LiveChart {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  /** The x of each series' first value, the next ones 1 apart … */
  readonly xStart: number;
  /** … unless every series shares these x values (then on a log axis, as the gain sweep's). */
  readonly x?: readonly number[];
  readonly log: boolean;
  readonly series: readonly { readonly label: string; readonly y: readonly number[] }[];
}

/** What a run shows: the notebook's table, its claims and its chart, and the study's own result. */
export interface LiveResult {
  readonly table: {
    /** What the cells are, as the notebook says under its table. */
    readonly note: string;
    readonly columns: readonly string[];
    readonly rows: readonly (readonly string[])[];
  };
  readonly verdicts: readonly Verdict[];
  /** Why there are no verdicts for these settings, in Korean (the claims compare the notebook's rates), or null. */
  readonly claimsNote: string | null;
  readonly chart: LiveChart | null;
  /** The study's plain-data result, every seed's numbers (what Node gives for the same settings). */
  readonly result: unknown;
}

/** One notebook's live study. */
export interface LiveStudy {
  /** The lab function it runs, as the page names it. */
  readonly study: string;
  /** What a run does, one sentence for the page. */
  readonly summary: string;
  /** The learning rates the reader sets, by key, with their labels. */
  readonly rates: Readonly<Record<string, string>>;
  /** Whether the reader chooses the init. */
  readonly inits: boolean;
  /** The seed count a run starts with: one that finishes in seconds (the notebooks use 10). */
  readonly seedCount: number;
  run(settings: LiveSettings, onProgress: Progress): LiveResult;
}

/** The range a reader's seed count and first seed must fall in (summaries need two seeds). */
export const seedLimits = { seedCount: [2, 30], firstSeed: [1, 100_000] } as const;

/** The inits a study with {@link LiveStudy.inits} offers (lab's InitName). */
export const initChoices: readonly InitName[] = ["he", "glorot"];

/** lab's inits as the pages name them. */
export const initLabels: Readonly<Record<InitName, string>> = { he: "He 정규", glorot: "Glorot 균등" };

/** Hidden widths as the summaries write them: `64-64-64`. */
const widths = (hidden: readonly number[]) => hidden.join("-");

/** The distinct values in order, joined as Korean lists them: `0.1과 0.4`. */
const andList = (values: readonly (number | string)[]) => [...new Set(values)].join("과 ");

/** n as Unicode subscript digits (h₁₀). */
const subscript = (n: number) => String(n).replace(/\d/g, (d) => "₀₁₂₃₄₅₆₇₈₉"[Number(d)]!);

/**
 * Rejects settings a study cannot run, naming the setting and its value (the page's form keeps
 * to these ranges; the message is for what slips past it).
 */
export function checkSettings(study: LiveStudy, settings: LiveSettings): void {
  const fn = study.study;
  for (const key of ["seedCount", "firstSeed"] as const) {
    const value = settings[key];
    const [low, high] = seedLimits[key];
    if (!Number.isInteger(value) || value < low || value > high)
      throw new RangeError(`${fn}: ${key} must be an integer in [${low}, ${high}], got ${value}`);
  }
  for (const key of Object.keys(study.rates)) {
    const rate = settings.learningRates[key];
    if (!(typeof rate === "number" && rate > 0 && rate <= 1))
      throw new RangeError(`${fn}: learning rate ${key} must be a number in (0, 1], got ${rate}`);
  }
  if (study.inits ? !initChoices.includes(settings.init as InitName) : settings.init !== null)
    throw new RangeError(
      `${fn}: init must be ${study.inits ? initChoices.map((i) => `"${i}"`).join(" or ") : "null"}, got ${JSON.stringify(settings.init)}`,
    );
}

const seedsOf = (s: LiveSettings) => seedRange(s.firstSeed, s.seedCount);
const perLayer = (values: readonly Summary[]) => values.map((v) => formatNumber(v.mean)).join(" / ");
const range = (s: Summary) => `${formatNumber(s.min)} ~ ${formatNumber(s.max)}`;

/** A Markdown table as a lab function writes it for a notebook (`| a | b |` rows, a `|---|` rule, no escaped `|`), as cells. */
function tableOfMarkdown(markdown: string, note: string): LiveResult["table"] {
  const [head, , ...body] = markdown
    .split("\n")
    .map((line) => line.replace(/^\|\s*|\s*\|$/g, "").split(/\s*\|\s*/));
  return { note, columns: head ?? [], rows: body };
}

/** The gain sweep (notebooks 01 and 09): the ratio at initialisation, no training, so no learning rate. */
const gainSweep: LiveStudy = {
  study: "gainSweepStudy",
  summary: `폭 ${gainSweepDefaults.width} · ${gainSweepDefaults.depth}층 MLP, 가중치 N(0, g²/fan_in)의 gain g를 ${formatNumber(gainSweepGains[0]!)}부터 ${formatNumber(gainSweepGains.at(-1)!)}까지 ${gainSweepGains.length}단계로, ${gainSweepDefaults.activations.join(", ")}에서 ‖∂L/∂h₀‖ / ‖∂L/∂h${subscript(gainSweepDefaults.depth)}‖ (학습 없음, 학습률 없음).`,
  rates: {},
  inits: false,
  seedCount: 10,
  run(settings, onProgress) {
    const sweep = gainSweepStudy({ seeds: seedsOf(settings), gains: gainSweepGains, onProgress });
    return {
      table: tableOfMarkdown(gainSweepMarkdown(sweep), "시드별 기하평균 (괄호 안은 시드별 범위)"),
      ...claimsOf(() => gainSweepClaims(sweep)),
      chart: {
        title: `초기화 gain에 따라 ${sweep.depth}층 뒤 남는 기울기 (시드 ${sweep.seeds.length}개 기하평균)`,
        xLabel: "초기화 gain g (가중치 ~ N(0, g²/fan_in))",
        yLabel: `‖∂L/∂h₀‖ / ‖∂L/∂h${sweep.depth}‖`,
        xStart: sweep.gains[0]!,
        x: sweep.gains,
        log: true,
        series: sweep.series.map((s) => ({ label: s.activation, y: s.log10Ratio.map((r) => 10 ** r.mean) })),
      },
      result: sweep,
    };
  },
};

/**
 * The verdicts of the notebook's claims, or, when they compare rates the reader changed (`needs`:
 * the rates they are stated for, by the study's rate key), a Korean note saying which rates give
 * verdicts, in their place.
 */
function claimsOf(
  claims: () => Verdict[],
  needs?: { study: LiveStudy; settings: LiveSettings; rates: Readonly<Record<string, number>> },
): Pick<LiveResult, "verdicts" | "claimsNote"> {
  if (needs !== undefined) {
    const keys = Object.keys(needs.rates);
    if (keys.some((key) => needs.settings.learningRates[key] !== needs.rates[key])) {
      const list = (rates: Readonly<Record<string, number>>) =>
        keys.map((key) => `${needs.study.rates[key]} ${rates[key]}`).join(", ");
      return {
        verdicts: [],
        claimsNote: `노트북의 결론은 ${list(needs.rates)}의 비교라서, 다른 학습률로 돌린 이 결과(${list(needs.settings.learningRates)})로는 판정하지 않음. 그 학습률로 다시 돌리면 판정이 나옴.`,
      };
    }
  }
  return { verdicts: claims(), claimsNote: null };
}

/** The live studies, keyed by notebook slug: a notebook without an entry has no re-run. */
export const liveStudies: Readonly<Record<string, LiveStudy>> = {
  "01-sigmoid": gainSweep,
  "02-tanh": {
    study: "zeroCentringStudy",
    summary: `은닉층 ${widths(zeroCentringDefaults.hidden)} MLP (${initLabels[zeroCentringDefaults.init]} 초기화), ${Object.keys(zeroCentringArms).length}가지 설정 (학습률은 실험 변수라 고정: ${andList(Object.values(zeroCentringArms).map((a) => a.learningRate))}), SGD ${zeroCentringDefaults.epochs} 에폭, two moons ${zeroCentringDefaults.points}점.`,
    rates: {},
    inits: false,
    seedCount: 5,
    run(settings, onProgress) {
      const study = zeroCentringStudy({ seeds: seedsOf(settings), onProgress });
      return {
        table: {
          note: "평균 [95 % 구간]",
          columns: ["설정", "학습률", `에폭 ${study.earlyEpoch} 학습 손실`, `에폭 ${study.epochs} 평가 손실`],
          rows: study.arms.map((a) => [
            a.name,
            String(a.learningRate),
            formatInterval(a.earlyLoss),
            formatInterval(a.testLoss),
          ]),
        },
        ...claimsOf(() => zeroCentringClaims(study)),
        chart: {
          title: `two moons 학습 손실 (시드 ${study.seeds.length}개 평균)`,
          xLabel: "에폭",
          yLabel: "손실",
          xStart: 1,
          log: false,
          series: study.arms.map((a) => ({ label: a.name, y: a.meanCurve })),
        },
        result: study,
      };
    },
  },
  "03-relu": {
    study: "dyingStudy",
    summary: `은닉층 ${widths(dyingDefaults.hidden)}, ${initLabels[dyingDefaults.init]} 초기화, 2갈래 나선 ${dyingDefaults.points}점 (잡음 ${spiralTaskDefaults.noise}), Adam ${dyingDefaults.epochs} 에폭; ReLU와 Leaky ReLU (α = ${activations.leakyRelu.param!.default})를 두 학습률에서.`,
    rates: { moderate: "적당한 학습률", large: "큰 학습률" },
    inits: false,
    seedCount: 3,
    run(settings, onProgress) {
      const { moderate, large } = settings.learningRates;
      const [notebookModerate, notebookLarge] = dyingDefaults.learningRates;
      const study = dyingStudy({ seeds: seedsOf(settings), learningRates: [moderate!, large!], onProgress });
      const name = (a: (typeof study.arms)[number]) =>
        `${a.activation === "relu" ? "ReLU" : "Leaky ReLU"}, 학습률 ${a.learningRate}`;
      return {
        table: {
          note: "평균 [95 % 구간]",
          columns: [
            "",
            `처음부터 꺼짐 (층 ${study.hidden.map((_, l) => l + 1).join(" / ")})`,
            "학습 중 죽음",
            "살아남",
            "학습 뒤 꺼짐",
            "평가 정확도",
            "평가 손실",
          ],
          rows: study.arms.map((a) => [
            name(a),
            perLayer(a.offAtInit),
            perLayer(a.died),
            perLayer(a.revived),
            perLayer(a.offAfter),
            formatInterval(a.testAccuracy),
            formatInterval(a.testLoss),
          ]),
        },
        // dyingClaims compares the notebook's two rates
        ...claimsOf(() => dyingClaims(study), {
          study: this,
          settings,
          rates: { moderate: notebookModerate!, large: notebookLarge! },
        }),
        chart: {
          title: `모든 샘플에서 꺼진 유닛의 비율 (은닉층 ${study.hidden.length}개, 시드 ${study.seeds.length}개 평균)`,
          xLabel: "에폭",
          yLabel: "꺼진 유닛 비율",
          xStart: 1,
          log: false,
          series: study.arms.map((a) => ({ label: name(a), y: a.offCurve })),
        },
        result: study,
      };
    },
  },
  "04-leaky-relu-prelu": {
    study: "preluStudy",
    summary: `Dense → PReLU → Dense → PReLU → Dense (폭 ${widths(preluDefaults.hidden)}, ${initLabels[preluDefaults.init]} 초기화), α 초기값 ${preluDefaults.alpha}, Adam ${preluDefaults.epochs} 에폭, 2갈래 나선 ${preluDefaults.points}점.`,
    rates: { adam: "Adam 학습률" },
    inits: false,
    seedCount: 5,
    run(settings, onProgress) {
      const seeds = seedsOf(settings);
      const learningRate = settings.learningRates.adam!;
      // the notebook's two rows: one α per layer, then one per unit; the progress counts both
      const shared = preluStudy({
        seeds,
        learningRate,
        onProgress: (done, total) => onProgress(done, 2 * total),
      });
      const perUnit = preluStudy({
        seeds,
        learningRate,
        perUnit: true,
        onProgress: (done, total) => onProgress(total + done, 2 * total),
      });
      const row = (label: string, r: typeof shared) => [
        label,
        formatInterval(r.alpha[0]!),
        range(r.alpha[0]!),
        formatInterval(r.alpha[1]!),
        range(r.alpha[1]!),
      ];
      return {
        table: {
          note: "평균 [95 % 구간]",
          columns: ["", "층 1 α: 평균 [95 % 구간]", "시드별 범위", "층 2 α: 평균 [95 % 구간]", "시드별 범위"],
          rows: [row("층마다 α 하나 (공유)", shared), row("유닛마다 α (층 평균)", perUnit)],
        },
        ...claimsOf(() => preluClaims(shared)),
        chart: null,
        result: { shared, perUnit },
      };
    },
  },
  "05-elu": {
    study: "eluStudy",
    summary: `은닉층 ${widths(eluDefaults.hidden)} MLP, 2갈래 나선 ${eluDefaults.points}점, Adam ${eluDefaults.epochs} 에폭; ReLU와 ELU를 He와 Glorot 초기화에서, 팔마다 튜닝한 학습률.`,
    rates: {
      "he.ReLU": "He: ReLU 학습률",
      "he.ELU": "He: ELU 학습률",
      "glorot.ReLU": "Glorot: ReLU 학습률",
      "glorot.ELU": "Glorot: ELU 학습률",
    },
    inits: false,
    seedCount: 3,
    run(settings, onProgress) {
      const seeds = seedsOf(settings);
      const rates = settings.learningRates;
      const run = (init: InitName, offset: number) =>
        eluStudy({
          seeds,
          init,
          learningRates: { ReLU: rates[`${init}.ReLU`]!, ELU: rates[`${init}.ELU`]! },
          onProgress: (done, total) => onProgress(offset * total + done, 2 * total),
        });
      const inits: Record<"He" | "Glorot", EluResult> = { He: run("he", 0), Glorot: run("glorot", 1) };
      const entries = Object.entries(inits);
      return {
        table: {
          note: "평균 [95 % 구간]",
          columns: [
            "초기화",
            "함수",
            "학습률",
            `에폭 ${inits.He.earlyEpoch} 학습 손실`,
            "평가 손실",
            `은닉층 1–${inits.He.hidden.length} 평균 활성값`,
            "|평균 활성값| 의 층 평균",
          ],
          rows: entries.flatMap(([init, result]) =>
            result.arms.map((a) => [
              init,
              a.name,
              String(a.learningRate),
              formatInterval(a.earlyLoss),
              formatInterval(a.testLoss),
              a.layerMeans.map((m) => formatNumber(m.mean)).join(", "),
              formatInterval(a.meanAbsActivation),
            ]),
          ),
        },
        ...claimsOf(() => eluClaims(inits.He, inits.Glorot)),
        chart: {
          title: `평가 손실 (시드 ${seeds.length}개 평균)`,
          xLabel: "에폭",
          yLabel: "손실",
          xStart: 1,
          log: false,
          series: entries.flatMap(([init, result]) =>
            result.arms.map((a) => ({ label: `${a.name} (${init})`, y: a.meanTestCurve })),
          ),
        },
        result: inits,
      };
    },
  },
  "06-swish": {
    study: "swishBetaStudy",
    summary: `Dense → Swish → Dense → Swish → Dense (폭 ${widths(swishBetaDefaults.hidden)}, ${initLabels[swishBetaDefaults.init]} 초기화), 층마다 학습되는 β (${swishBetaDefaults.beta}에서 시작), Adam ${swishBetaDefaults.epochs} 에폭, 2갈래 나선 ${swishBetaDefaults.points}점.`,
    rates: { adam: "Adam 학습률" },
    inits: false,
    seedCount: 5,
    run(settings, onProgress) {
      const study = swishBetaStudy({
        seeds: seedsOf(settings),
        learningRate: settings.learningRates.adam!,
        onProgress,
      });
      return {
        table: {
          note: "평균 [95 % 구간]",
          columns: ["", "β: 평균 [95 % 구간]", "시드별 범위"],
          rows: study.beta.map((b, l) => [`Swish 층 ${l + 1}`, formatInterval(b), range(b)]),
        },
        ...claimsOf(() => swishBetaClaims(study)),
        chart: null,
        result: study,
      };
    },
  },
  "08-geglu-swiglu": {
    study: "gatedFfnStudy",
    summary: `ReLU, GELU (폭 ${gatedFfnArms.ReLU.width}), GEGLU, SwiGLU (폭 ${gatedFfnArms.GEGLU.width}) 피드포워드 네트워크 (매개변수 ${ffnParameters({ inputs: 2, width: gatedFfnArms.ReLU.width, outputs: gatedFfnDefaults.classes, gated: false })}개로 같음), ${gatedFfnDefaults.classes}갈래 나선 ${gatedFfnDefaults.points}점, Adam ${gatedFfnDefaults.epochs} 에폭.`,
    rates: { ReLU: "ReLU 학습률", GELU: "GELU 학습률", GEGLU: "GEGLU 학습률", SwiGLU: "SwiGLU 학습률" },
    inits: true,
    seedCount: 3,
    run(settings, onProgress) {
      const { ReLU, GELU, GEGLU, SwiGLU } = settings.learningRates;
      const study = gatedFfnStudy({
        seeds: seedsOf(settings),
        learningRates: { ReLU: ReLU!, GELU: GELU!, GEGLU: GEGLU!, SwiGLU: SwiGLU! },
        init: settings.init ?? "he",
        onProgress,
      });
      return {
        table: {
          note: "평균 [95 % 구간]",
          columns: [
            "FFN",
            "파라미터",
            "학습률",
            "평가 손실 [95 % 구간]",
            "시드별 범위",
            "마지막 에폭 학습 손실",
          ],
          rows: study.arms.map((a) => [
            a.name,
            String(a.parameters),
            String(a.learningRate),
            formatInterval(a.testLoss),
            range(a.testLoss),
            formatNumber(a.trainLoss.mean),
          ]),
        },
        ...claimsOf(() => gatedFfnClaims(study)),
        chart: {
          title: `평가 손실 (시드 ${study.seeds.length}개 평균)`,
          xLabel: "에폭",
          yLabel: "손실",
          xStart: 1,
          log: false,
          series: study.arms.map((a) => ({ label: a.name, y: a.meanTestCurve })),
        },
        result: study,
      };
    },
  },
  "09-comparison": gainSweep,
};
