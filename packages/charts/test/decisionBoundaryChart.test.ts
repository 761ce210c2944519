import { describe, expect, it } from "vitest";
import { decisionBoundaryChart } from "../src/decisionBoundaryChart.js";
import { renderSvg } from "../src/renderSvg.js";
import { invert, parseSvg, pathPoints, roundNumbers } from "./svg.js";

// Four points, two per class, split by the line x = 0.
const points = { x: [-0.5, -0.5, 0.5, 0.5], y: [-0.5, 0.5, -0.5, 0.5], label: [0, 0, 1, 1] };
const step = (x: number) => (x > 0 ? 1 : 0);

describe("decisionBoundaryChart", () => {
  it("draws the boundary where predict crosses the threshold: x = 0 for a step at 0", () => {
    const chart = decisionBoundaryChart({
      points,
      predict: step,
      xDomain: [-1, 1],
      yDomain: [-1, 1],
      resolution: 40,
    });
    const root = parseSvg(renderSvg(chart));
    const d = root.querySelector("g.al-chart-boundary path")!.getAttribute("d")!;
    const { layout } = chart;
    const inside = pathPoints(d)
      .filter(([, py]) => py > layout.marginTop && py < layout.height - layout.marginBottom)
      .filter(([px]) => px > layout.marginLeft && px < layout.width - layout.marginRight)
      .map((p) => invert(p, layout, [-1, 1], [-1, 1]));
    expect(inside.length).toBeGreaterThan(0);
    // within one grid cell (2/40) of x = 0
    for (const [x] of inside) expect(Math.abs(x)).toBeLessThanOrEqual(2 / 40);
  });

  it("draws class 0 as circles and class 1 as triangles, on their coordinates", () => {
    const chart = decisionBoundaryChart({ points, predict: step, xDomain: [-1, 1], yDomain: [-1, 1] });
    const root = parseSvg(renderSvg(chart));
    const circles = [...root.querySelectorAll("g.al-chart-class-0 circle")];
    expect(circles).toHaveLength(2);
    expect(root.querySelectorAll("g.al-chart-class-1 path")).toHaveLength(2);
    const [x, y] = invert(
      [Number(circles[0].getAttribute("cx")), Number(circles[0].getAttribute("cy"))],
      chart.layout,
      [-1, 1],
      [-1, 1],
    );
    expect(x).toBeCloseTo(-0.5, 2);
    expect(Math.abs(y)).toBeCloseTo(0.5, 2);
  });

  it("says in its description how many points the model classifies correctly", () => {
    const perfect = decisionBoundaryChart({ points, predict: step, lang: "en" });
    expect(perfect.ariaDescription).toContain("4 points: 2 of Class 0 (circles), 2 of Class 1 (triangles)");
    expect(perfect.ariaDescription).toContain("classifies 100% of the points correctly");
    const wrong = decisionBoundaryChart({ points, predict: (_x, y) => (y > 0 ? 1 : 0), lang: "en" });
    expect(wrong.ariaDescription).toContain("classifies 50% of the points correctly");
  });

  it("rejects bad labels, mismatched lengths and a missing predict", () => {
    expect(() =>
      decisionBoundaryChart({ points: { ...points, label: [0, 1, 2, 1] }, predict: step }),
    ).toThrow("decisionBoundaryChart: points.label[2] must be 0 or 1, got 2");
    expect(() => decisionBoundaryChart({ points: { ...points, y: [0] }, predict: step })).toThrow(
      "decisionBoundaryChart: points.y must be an array as long as points.x (4), got [0]",
    );
    expect(() => decisionBoundaryChart({ points, predict: undefined as unknown as typeof step })).toThrow(
      "decisionBoundaryChart: predict must be a function (x, y) => number, got undefined",
    );
  });

  it("matches the SVG snapshot of a circular boundary", async () => {
    const n = 24;
    const ring = {
      x: Array.from({ length: n }, (_, i) => (i % 2 ? 0.4 : 1.6) * Math.cos((2 * Math.PI * i) / n)),
      y: Array.from({ length: n }, (_, i) => (i % 2 ? 0.4 : 1.6) * Math.sin((2 * Math.PI * i) / n)),
      label: Array.from({ length: n }, (_, i) => i % 2),
    };
    const chart = decisionBoundaryChart({
      points: ring,
      predict: (x, y) => 1 / (1 + Math.exp(4 * (x * x + y * y - 1))),
      resolution: 30,
    });
    await expect(roundNumbers(renderSvg(chart))).toMatchFileSnapshot("__snapshots__/decision-boundary.svg");
  });
});
