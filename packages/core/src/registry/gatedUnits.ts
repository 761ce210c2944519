import type { GatedUnitId, GatedUnitInfo, PostTableRow } from "./types.js";

const postRow: PostTableRow = {
  name: "GEGLU / SwiGLU",
  range: "-∞ ~ ∞",
  center: "0",
  vanishing: "✅ 없음",
  note: "게이팅 구조, GPT-4 등 최신 사용",
};

/**
 * The gated units of the post's section 8 (Shazeer 2020), keyed by id: (xW + b) ⊙ gate(xV + c).
 *
 * @example gatedUnits.geglu.gate // => "gelu"
 */
export const gatedUnits: { readonly [K in GatedUnitId]: GatedUnitInfo & { readonly id: K } } = {
  geglu: {
    id: "geglu",
    name: { ko: "GEGLU", en: "GEGLU" },
    gate: "gelu",
    latex: String.raw`\operatorname{GEGLU}(x) = (xW + b) \otimes \operatorname{GELU}(xV + c)`,
    postRow,
  },
  swiglu: {
    id: "swiglu",
    name: { ko: "SwiGLU", en: "SwiGLU" },
    gate: "swish",
    latex: String.raw`\operatorname{SwiGLU}(x) = (xW + b) \otimes \operatorname{Swish}_{\beta}(xV + c)`,
    postRow,
  },
};
