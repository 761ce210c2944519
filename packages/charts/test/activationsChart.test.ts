import { activationIds, postActivationIds } from "@activation-lab/core";
import { describe, expect, it } from "vitest";
import { activationsChart } from "../src/activationsChart.js";
import { activationsData } from "../src/activationsData.js";
import { renderSvg } from "../src/renderSvg.js";
import { invert, parseSvg, pathPoints, roundNumbers } from "./svg.js";

describe("activationsChart", () => {
  it("overlays every activation of the registry by default, one path and legend entry each", () => {
    const root = parseSvg(renderSvg(activationsChart()));
    for (const id of activationIds) expect(root.querySelectorAll(`g.al-chart-${id}-f path`)).toHaveLength(1);
    expect(root.querySelectorAll(".al-chart-legend-item")).toHaveLength(activationIds.length);
  });

  it("which: 'df' draws the derivatives: tanh′ passes through (0, 1) and ReLU′ is 1 at x = 5", () => {
    const options = { ids: ["tanh", "relu"] as const, which: "df" as const };
    const data = activationsData(options);
    const root = parseSvg(renderSvg(activationsChart(options)));
    const curve = (id: string) =>
      pathPoints(root.querySelector(`g.al-chart-${id}-df path`)!.getAttribute("d")!).map((p) =>
        invert(p, data.layout, data.xDomain, data.yDomain),
      );
    // tanh′(0) = 1 − tanh²(0) = 1; ReLU′(x) = 1 for x > 0: identities of the definitions
    const tanh = curve("tanh");
    const [, atZero] = tanh.reduce((best, p) => (Math.abs(p[0]) < Math.abs(best[0]) ? p : best));
    expect(atZero).toBeCloseTo(1, 2);
    const relu = curve("relu");
    expect(relu[relu.length - 1][1]).toBeCloseTo(1, 2);
    expect(root.querySelector("g.al-chart-tanh-f")).toBeNull();
  });

  it("titles the chart by what it shows, in Korean or English", () => {
    expect(activationsChart().title).toBe("활성화 함수 비교");
    expect(activationsChart({ which: "both", lang: "en" }).title).toBe(
      "Activations and derivatives compared",
    );
  });

  it("matches the SVG snapshot of the post's final figure (the activations the post covers)", async () => {
    await expect(roundNumbers(renderSvg(activationsChart({ ids: postActivationIds })))).toMatchFileSnapshot(
      "__snapshots__/activations.svg",
    );
  });
});
