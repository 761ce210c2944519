import { elu, eluGrad } from "../scalar/elu.js";
import { gelu, geluGrad } from "../scalar/gelu.js";
import { geluTanh, geluTanhGrad } from "../scalar/geluTanh.js";
import { hardSwish, hardSwishGrad } from "../scalar/hardSwish.js";
import { leakyRelu, leakyReluGrad } from "../scalar/leakyRelu.js";
import { mish, mishGrad } from "../scalar/mish.js";
import { prelu, preluGrad } from "../scalar/prelu.js";
import { relu, reluGrad } from "../scalar/relu.js";
import { sigmoid, sigmoidGrad } from "../scalar/sigmoid.js";
import { silu, siluGrad } from "../scalar/silu.js";
import { softplus, softplusGrad } from "../scalar/softplus.js";
import { swish, swishGrad } from "../scalar/swish.js";
import { tanh, tanhGrad } from "../scalar/tanh.js";
import { activationParams } from "./params.js";
import type { ActivationId, ActivationInfo } from "./types.js";

const INF = Number.POSITIVE_INFINITY;

/**
 * Every activation of the post, keyed by id: names, formulas, parameter, the post's
 * comparison-table row and machine-checked claims. The record is typed by `ActivationId`, so a
 * missing, extra or duplicate id is a compile error.
 *
 * @example activations.elu.param?.default // => 1
 * @example activations.sigmoid.f(0) // => 0.5
 */
export const activations: { readonly [K in ActivationId]: ActivationInfo & { readonly id: K } } = {
  sigmoid: {
    id: "sigmoid",
    inPost: true,
    name: { ko: "Sigmoid", en: "Sigmoid" },
    latex: String.raw`\sigma(x) = \frac{1}{1 + e^{-x}}`,
    gradLatex: String.raw`\sigma'(x) = \sigma(x)\,\bigl(1 - \sigma(x)\bigr)`,
    f: (x) => sigmoid(x),
    df: (x) => sigmoidGrad(x),
    postRow: { name: "Sigmoid", range: "0 ~ 1", center: "0.5", vanishing: "⚠️ 있음", note: "확률처럼 해석" },
    claims: {
      range: { min: 0, max: 1, minAttained: false, maxAttained: false },
      valueAtZero: 0.5,
      zeroCentered: false,
      maxAbsGrad: 0.25,
      saturates: { negative: true, positive: true },
      vanishing: "yes",
    },
  },
  tanh: {
    id: "tanh",
    inPost: true,
    name: { ko: "Tanh", en: "Tanh" },
    latex: String.raw`\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}`,
    gradLatex: String.raw`\tanh'(x) = 1 - \tanh^2(x)`,
    f: (x) => tanh(x),
    df: (x) => tanhGrad(x),
    postRow: { name: "Tanh", range: "-1 ~ 1", center: "0", vanishing: "⚠️ 있음", note: "중심 0, 안정적" },
    claims: {
      range: { min: -1, max: 1, minAttained: false, maxAttained: false },
      valueAtZero: 0,
      zeroCentered: true,
      maxAbsGrad: 1,
      saturates: { negative: true, positive: true },
      vanishing: "yes",
    },
  },
  relu: {
    id: "relu",
    inPost: true,
    name: { ko: "ReLU", en: "ReLU" },
    latex: String.raw`\operatorname{ReLU}(x) = \max(0, x)`,
    gradLatex: String.raw`\operatorname{ReLU}'(x) = \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}`,
    f: (x) => relu(x),
    df: (x) => reluGrad(x),
    postRow: {
      name: "ReLU",
      range: "0 ~ ∞",
      center: ">0",
      vanishing: "✅ 없음",
      note: "빠름, 죽은 뉴런 가능",
    },
    claims: {
      range: { min: 0, max: INF, minAttained: true, maxAttained: false },
      valueAtZero: 0,
      zeroCentered: false,
      maxAbsGrad: 1,
      saturates: { negative: true, positive: false },
      vanishing: "none",
    },
  },
  leakyRelu: {
    id: "leakyRelu",
    inPost: true,
    name: { ko: "Leaky ReLU", en: "Leaky ReLU" },
    latex: String.raw`\operatorname{LeakyReLU}(x) = \begin{cases} x & x > 0 \\ \alpha x & x \le 0 \end{cases}`,
    gradLatex: String.raw`\operatorname{LeakyReLU}'(x) = \begin{cases} 1 & x > 0 \\ \alpha & x \le 0 \end{cases}`,
    param: activationParams.leakyRelu,
    f: (x, alpha) => leakyRelu(x, alpha),
    df: (x, alpha) => leakyReluGrad(x, alpha),
    postRow: {
      name: "Leaky ReLU",
      range: "-∞ ~ ∞",
      center: "0",
      vanishing: "✅ 없음",
      note: "죽은 뉴런 방지",
    },
    claims: {
      range: { min: -INF, max: INF, minAttained: false, maxAttained: false },
      valueAtZero: 0,
      zeroCentered: true,
      maxAbsGrad: 1,
      saturates: { negative: false, positive: false },
      vanishing: "none",
    },
  },
  prelu: {
    id: "prelu",
    inPost: true,
    name: { ko: "PReLU", en: "PReLU" },
    latex: String.raw`\operatorname{PReLU}(x) = \begin{cases} x & x > 0 \\ \alpha x & x \le 0 \end{cases}`,
    gradLatex: String.raw`\frac{\partial}{\partial x}\operatorname{PReLU}(x) = \begin{cases} 1 & x > 0 \\ \alpha & x \le 0 \end{cases}, \quad \frac{\partial}{\partial \alpha}\operatorname{PReLU}(x) = \begin{cases} 0 & x > 0 \\ x & x \le 0 \end{cases}`,
    param: activationParams.prelu,
    f: (x, alpha) => prelu(x, alpha),
    df: (x, alpha) => preluGrad(x, alpha),
    claims: {
      range: { min: -INF, max: INF, minAttained: false, maxAttained: false },
      valueAtZero: 0,
      zeroCentered: true,
      maxAbsGrad: 1,
      saturates: { negative: false, positive: false },
      vanishing: "none",
    },
  },
  elu: {
    id: "elu",
    inPost: true,
    name: { ko: "ELU", en: "ELU" },
    latex: String.raw`\operatorname{ELU}(x) = \begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0 \end{cases}`,
    gradLatex: String.raw`\operatorname{ELU}'(x) = \begin{cases} 1 & x > 0 \\ \alpha\, e^{x} & x \le 0 \end{cases}`,
    param: activationParams.elu,
    f: (x, alpha) => elu(x, alpha),
    df: (x, alpha) => eluGrad(x, alpha),
    postRow: { name: "ELU", range: "-α ~ ∞", center: "0", vanishing: "✅ 적음", note: "부드럽고 안정적" },
    claims: {
      range: { min: -1, max: INF, minAttained: false, maxAttained: false },
      valueAtZero: 0,
      zeroCentered: true,
      maxAbsGrad: 1,
      saturates: { negative: true, positive: false },
      vanishing: "low",
    },
  },
  swish: {
    id: "swish",
    inPost: true,
    name: { ko: "Swish", en: "Swish" },
    latex: String.raw`\operatorname{Swish}(x) = x\,\sigma(\beta x)`,
    gradLatex: String.raw`\operatorname{Swish}'(x) = \sigma(\beta x)\,\bigl(1 + \beta x\,(1 - \sigma(\beta x))\bigr)`,
    param: activationParams.swish,
    f: (x, beta) => swish(x, beta),
    df: (x, beta) => swishGrad(x, beta),
    // The post's range "-∞ ~ ∞" is not the function's: swish(x) ≥ −0.2785 (claims.range).
    postRow: {
      name: "Swish",
      range: "-∞ ~ ∞",
      center: "~0",
      vanishing: "⚠️ 약간 있음",
      note: "부드럽고 효율적",
    },
    claims: {
      // the minimum at x₀ ≈ −1.2785, where σ(−x₀) = −1/x₀, is x₀ + 1 (mpmath)
      range: { min: -0.2784645427610738, max: INF, minAttained: true, maxAttained: false },
      valueAtZero: 0,
      zeroCentered: true,
      maxAbsGrad: 1.099839320128867,
      saturates: { negative: true, positive: false },
      vanishing: "slight",
    },
  },
  silu: {
    id: "silu",
    inPost: true,
    name: { ko: "SiLU", en: "SiLU" },
    latex: String.raw`\operatorname{SiLU}(x) = x\,\sigma(x)`,
    gradLatex: String.raw`\operatorname{SiLU}'(x) = \sigma(x)\,\bigl(1 + x\,(1 - \sigma(x))\bigr)`,
    f: (x) => silu(x),
    df: (x) => siluGrad(x),
    claims: {
      range: { min: -0.2784645427610738, max: INF, minAttained: true, maxAttained: false },
      valueAtZero: 0,
      zeroCentered: true,
      maxAbsGrad: 1.099839320128867,
      saturates: { negative: true, positive: false },
      vanishing: "slight",
    },
  },
  gelu: {
    id: "gelu",
    inPost: true,
    name: { ko: "GELU", en: "GELU" },
    latex: String.raw`\operatorname{GELU}(x) = x\,\Phi(x) = \frac{x}{2}\Bigl(1 + \operatorname{erf}\bigl(x/\sqrt{2}\bigr)\Bigr)`,
    gradLatex: String.raw`\operatorname{GELU}'(x) = \Phi(x) + x\,\varphi(x), \quad \varphi(x) = \frac{e^{-x^2/2}}{\sqrt{2\pi}}`,
    f: (x) => gelu(x),
    df: (x) => geluGrad(x),
    // The post's range "-∞ ~ ∞" is not the function's: gelu(x) ≥ −0.1700 (claims.range).
    postRow: {
      name: "GELU",
      range: "-∞ ~ ∞",
      center: "0",
      vanishing: "✅ 거의 없음",
      note: "확률 기반, 최신 모델 사용",
    },
    claims: {
      // minimum at x₀ ≈ −0.7518 (mpmath)
      range: { min: -0.16997120747990366, max: INF, minAttained: true, maxAttained: false },
      valueAtZero: 0,
      zeroCentered: true,
      // at x = √2
      maxAbsGrad: 1.1289041451851547,
      saturates: { negative: true, positive: false },
      vanishing: "almostNone",
    },
  },
  geluTanh: {
    id: "geluTanh",
    inPost: true,
    name: { ko: "GELU (tanh 근사)", en: "GELU (tanh approximation)" },
    latex: String.raw`\operatorname{GELU}_{\tanh}(x) = \frac{x}{2}\Bigl(1 + \tanh\bigl(\sqrt{2/\pi}\,(x + 0.044715\,x^3)\bigr)\Bigr)`,
    gradLatex: String.raw`\operatorname{GELU}_{\tanh}'(x) = \frac{1 + \tanh u}{2} + \frac{x}{2}\,(1 - \tanh^2 u)\,\sqrt{2/\pi}\,(1 + 0.134145\,x^2), \quad u = \sqrt{2/\pi}\,(x + 0.044715\,x^3)`,
    f: (x) => geluTanh(x),
    df: (x) => geluTanhGrad(x),
    claims: {
      range: { min: -0.17004075057125406, max: INF, minAttained: true, maxAttained: false },
      valueAtZero: 0,
      zeroCentered: true,
      maxAbsGrad: 1.1289930686587717,
      saturates: { negative: true, positive: false },
      vanishing: "almostNone",
    },
  },
  softplus: {
    id: "softplus",
    inPost: true,
    name: { ko: "Softplus", en: "Softplus" },
    latex: String.raw`\operatorname{softplus}(x) = \ln\bigl(1 + e^{x}\bigr)`,
    gradLatex: String.raw`\operatorname{softplus}'(x) = \sigma(x)`,
    f: (x) => softplus(x),
    df: (x) => softplusGrad(x),
    claims: {
      range: { min: 0, max: INF, minAttained: false, maxAttained: false },
      valueAtZero: Math.LN2,
      zeroCentered: false,
      maxAbsGrad: 1,
      saturates: { negative: true, positive: false },
      vanishing: "low",
    },
  },
  mish: {
    id: "mish",
    inPost: false,
    name: { ko: "Mish", en: "Mish" },
    latex: String.raw`\operatorname{Mish}(x) = x\,\tanh\bigl(\operatorname{softplus}(x)\bigr)`,
    gradLatex: String.raw`\operatorname{Mish}'(x) = \tanh\bigl(\operatorname{softplus}(x)\bigr) + x\,\operatorname{sech}^2\bigl(\operatorname{softplus}(x)\bigr)\,\sigma(x)`,
    f: (x) => mish(x),
    df: (x) => mishGrad(x),
    claims: {
      // the minimum at x₀ ≈ −1.1924, where mish′ = 0 (mpmath)
      range: { min: -0.30884341301725043, max: INF, minAttained: true, maxAttained: false },
      valueAtZero: 0,
      zeroCentered: true,
      // at x ≈ 1.4906 (mpmath)
      maxAbsGrad: 1.088498161251728,
      saturates: { negative: true, positive: false },
      vanishing: "slight",
    },
  },
  hardSwish: {
    id: "hardSwish",
    inPost: false,
    name: { ko: "Hard-Swish", en: "Hard-Swish" },
    latex: String.raw`\operatorname{HardSwish}(x) = x\,\frac{\operatorname{ReLU6}(x + 3)}{6}`,
    gradLatex: String.raw`\operatorname{HardSwish}'(x) = \begin{cases} 0 & x \le -3 \\ (2x + 3)/6 & -3 < x < 3 \\ 1 & x \ge 3 \end{cases}`,
    f: (x) => hardSwish(x),
    df: (x) => hardSwishGrad(x),
    claims: {
      // the minimum at x = −1.5
      range: { min: -0.375, max: INF, minAttained: true, maxAttained: false },
      valueAtZero: 0,
      zeroCentered: true,
      // the supremum as x → 3 from below (hardSwishGrad(3) is 1, PyTorch's convention)
      maxAbsGrad: 1.5,
      saturates: { negative: true, positive: false },
      vanishing: "slight",
    },
  },
};

/**
 * The ids of `activations`, in the post's order; derived from the record, never kept by hand.
 *
 * @example activationIds[0] // => "sigmoid"
 */
export const activationIds = Object.keys(activations) as readonly ActivationId[];

/**
 * The ids of the activations the post covers, in its order (`inPost`): its figures draw these,
 * so an activation the package adds later leaves the post as written.
 *
 * @example postActivationIds.includes("mish") // => false
 */
export const postActivationIds = activationIds.filter((id) => activations[id].inPost);
