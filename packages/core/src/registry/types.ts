/** The id of every activation: the post's, and those the package adds (Mish, Hard-Swish). */
export type ActivationId =
  | "sigmoid"
  | "tanh"
  | "relu"
  | "leakyRelu"
  | "prelu"
  | "elu"
  | "swish"
  | "silu"
  | "gelu"
  | "geluTanh"
  | "softplus"
  | "mish"
  | "hardSwish";

/** An activation's parameter: its default and the valid range that the functions enforce. */
export interface ActivationParam {
  readonly name: "alpha" | "beta";
  readonly default: number;
  /** Smallest accepted value (−∞ when any finite value is accepted). */
  readonly min: number;
  /** Largest accepted value (+∞ when any finite value is accepted). */
  readonly max: number;
  /** A sensible finite interval for sliders and plots. */
  readonly typical: readonly [number, number];
}

/**
 * One row of the post's final comparison table (최종 비교표), its cells verbatim; `name` is the first
 * cell without its bold markers.
 */
export interface PostTableRow {
  readonly name: string;
  readonly range: string;
  readonly center: string;
  readonly vanishing: string;
  readonly note: string;
}

/** How strongly gradients vanish, the post's 기울기 소실 column as a value. */
export type VanishingTendency = "yes" | "slight" | "low" | "almostNone" | "none";

/**
 * Machine-checkable facts for the default parameter; tests check every one against the functions.
 */
export interface ActivationClaims {
  /**
   * The output range: its infimum and supremum, and whether each is attained by a finite x
   * (sigmoid: (0, 1), neither attained; relu: [0, ∞), min attained).
   */
  readonly range: {
    readonly min: number;
    readonly max: number;
    readonly minAttained: boolean;
    readonly maxAttained: boolean;
  };
  /** f(0). */
  readonly valueAtZero: number;
  /** Outputs centred on 0: f(0) = 0 and f takes negative values (the post's 중심 0). */
  readonly zeroCentered: boolean;
  /** sup |f′(x)| over all x. */
  readonly maxAbsGrad: number;
  /** Whether f′(x) → 0 as x → −∞ and as x → +∞ (saturation, where gradients vanish). */
  readonly saturates: { readonly negative: boolean; readonly positive: boolean };
  /** The post's 기울기 소실 column as a value (for GELU: "almostNone"). */
  readonly vanishing: VanishingTendency;
}

/** Everything the notebooks and the site need to know about one activation. */
export interface ActivationInfo {
  readonly id: ActivationId;
  /** Korean name as the post writes it (mostly the English name in Latin letters), and English. */
  readonly name: { readonly ko: string; readonly en: string };
  /** Whether the post covers it (its figures draw `postActivationIds`); false for the package's additions. */
  readonly inPost: boolean;
  /** f(x) in LaTeX (KaTeX-compatible). */
  readonly latex: string;
  /** f′(x) in LaTeX. */
  readonly gradLatex: string;
  readonly param?: ActivationParam;
  /** f(x), with `param` defaulting to `param.default`. */
  readonly f: (x: number, param?: number) => number;
  /** f′(x) with respect to x, with `param` defaulting to `param.default`. */
  readonly df: (x: number, param?: number) => number;
  /** The post's comparison-table row, where the post has one for this activation. */
  readonly postRow?: PostTableRow;
  readonly claims: ActivationClaims;
}

/** Ids of the gated units of the post's section 8. */
export type GatedUnitId = "geglu" | "swiglu";

/** A gated linear unit: (xW + b) ⊙ gate(xV + c). */
export interface GatedUnitInfo {
  readonly id: GatedUnitId;
  readonly name: { readonly ko: string; readonly en: string };
  /** The gate's activation. */
  readonly gate: ActivationId;
  readonly latex: string;
  /** The post's comparison-table row "GEGLU / SwiGLU", shared by both. */
  readonly postRow: PostTableRow;
}
