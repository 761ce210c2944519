/**
 * The overlay figures of the post: the gates of GEGLU and SwiGLU (GELU and Swish with their
 * derivatives), and the final figure with every activation, where the reader picks which to see.
 */
import { activationsChart, renderSvg } from "@activation-lab/charts";
import { type ActivationId, activations, postActivationIds } from "@activation-lab/core";
import { safeHtml } from "./safe-html";

/** The island of the comparison figure: which activation each checkbox shows (by its class). */
export interface ComparisonIslandConfig {
  kind: "comparison";
  /** per activation, in the chart's series (and legend) order */
  series: { id: ActivationId; className: string }[];
}

export interface OverlayFigureSpec {
  svg: string;
  /** the picker's choices: every activation, with its name and colour */
  choices: { id: ActivationId; name: string; color: string; dash: string | undefined }[];
  island?: ComparisonIslandConfig;
}

/** The GEGLU/SwiGLU section's figure: their gates, GELU and Swish, with their derivatives. */
export function gateFigure(): OverlayFigureSpec {
  const chart = activationsChart({
    ids: ["gelu", "swish"],
    which: "both",
    title: "게이트 함수: GELU(GEGLU)와 Swish(SwiGLU)",
  });
  return { svg: safeHtml(renderSvg(chart)), choices: [] };
}

/**
 * The final figure: every activation the post covers overlaid (not the package's later additions,
 * so the post stays as written); the island lets the reader pick.
 */
export function comparisonFigure(): OverlayFigureSpec {
  const ids = postActivationIds;
  const chart = activationsChart({ ids, which: "f", title: "활성화 함수 비교" });
  const legend = chart.legend;
  return {
    svg: safeHtml(renderSvg(chart)),
    choices: ids.map((id, index) => ({
      id,
      name: activations[id].name.ko,
      color: legend[index]!.color,
      dash: legend[index]!.dash,
    })),
    island: { kind: "comparison", series: ids.map((id) => ({ id, className: `al-chart-${id}-f` })) },
  };
}
