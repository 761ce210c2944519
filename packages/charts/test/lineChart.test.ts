import { describe, expect, it } from "vitest";
import { gradientNormChart } from "../src/gradientNormChart.js";
import { integerTicks, lineChart } from "../src/lineChart.js";
import { lossChart } from "../src/lossChart.js";
import { renderSvg } from "../src/renderSvg.js";
import { parseSvg, pathPoints, roundNumbers, tickAt, tickLabels } from "./svg.js";

const losses = {
  relu: [0.8, 0.4, 0.2, 0.1, 0.05],
  gelu: [0.8, 0.3, 0.1, 0.03, 0.01],
};

describe("lossChart", () => {
  it("draws one path per series, at the heights of the y axis' own ticks", () => {
    const root = parseSvg(
      renderSvg(
        lossChart({
          series: [
            { label: "ReLU", y: losses.relu },
            { label: "GELU", y: losses.gelu },
          ],
        }),
      ),
    );
    const relu = pathPoints(root.querySelector("g.al-chart-series-0 path")!.getAttribute("d")!);
    expect(relu).toHaveLength(5);
    expect(root.querySelectorAll("g.al-chart-series-1 path")).toHaveLength(1);
    // epoch 1 starts the x axis; ReLU's loss 0.2 at epoch 3 sits on the "0.2" tick
    expect(relu[0][0]).toBeCloseTo(tickAt(root, "x", "1"), 1);
    expect(relu[2][0]).toBeCloseTo(tickAt(root, "x", "3"), 1);
    expect(relu[2][1]).toBeCloseTo(tickAt(root, "y", "0.2"), 1);
  });

  it("over epochs: whole-number ticks starting at 1; over steps: x starts at 0", () => {
    const epochs = parseSvg(renderSvg(lossChart({ series: [{ label: "ReLU", y: losses.relu }] })));
    expect(tickLabels(epochs, "x")).toEqual(["1", "2", "3", "4", "5"]);
    const steps = lossChart({ series: [{ label: "ReLU", y: losses.relu }], over: "step", lang: "en" });
    expect(steps.xLabel).toBe("Step");
    expect(tickLabels(parseSvg(renderSvg(steps)), "x")[0]).toBe("0");
  });

  it("log: true puts y on a log scale with decimal labels, the points on their ticks", () => {
    const root = parseSvg(renderSvg(lossChart({ series: [{ label: "GELU", y: losses.gelu }], log: true })));
    const labels = tickLabels(root, "y");
    expect(labels).toContain("0.01");
    expect(labels.join(" ")).not.toMatch(/m|µ/);
    const gelu = pathPoints(root.querySelector("g.al-chart-series-0 path")!.getAttribute("d")!);
    expect(gelu[2][1]).toBeCloseTo(tickAt(root, "y", "0.1"), 1);
    expect(gelu[4][1]).toBeCloseTo(tickAt(root, "y", "0.01"), 1);
  });

  it("describes each run's extremes and last value", () => {
    const chart = lossChart({ series: [{ label: "GELU", y: losses.gelu }], lang: "en" });
    expect(chart.title).toBe("Loss curves");
    expect(chart.ariaDescription).toContain("GELU: minimum 0.01 at Epoch = 5, maximum 0.8 at Epoch = 1.");
    expect(chart.ariaDescription).toContain("Last value 0.01 at Epoch = 5.");
  });

  it("matches the SVG snapshot", async () => {
    const chart = lossChart({
      series: [
        { label: "ReLU", y: losses.relu },
        { label: "GELU", y: losses.gelu },
      ],
      log: true,
    });
    await expect(roundNumbers(renderSvg(chart))).toMatchFileSnapshot("__snapshots__/loss.svg");
  });
});

describe("gradientNormChart", () => {
  it("over depth: log y, dots at every layer, layers numbered from 1", () => {
    const chart = gradientNormChart({ series: [{ label: "sigmoid", y: [1, 0.25, 0.0625, 0.015625] }] });
    expect(chart.y.type).toBe("log");
    const root = parseSvg(renderSvg(chart));
    expect(root.querySelectorAll("g.al-chart-series-0-dots circle")).toHaveLength(4);
    expect(tickLabels(root, "x")).toEqual(["1", "2", "3", "4"]);
    const points = pathPoints(root.querySelector("g.al-chart-series-0 path")!.getAttribute("d")!);
    // a geometric decay is a straight line on a log scale: equal steps down
    const steps = points.slice(1).map((p, i) => p[1] - points[i][1]);
    for (const step of steps) expect(step).toBeCloseTo(steps[0], 1);
  });

  it("a zero norm leaves a gap in the log-scale line instead of breaking it", () => {
    const root = parseSvg(
      renderSvg(gradientNormChart({ series: [{ label: "deep", y: [1, 0.1, 0, 0.01, 0.001] }] })),
    );
    const d = root.querySelector("g.al-chart-series-0 path")!.getAttribute("d")!;
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(root.querySelectorAll("g.al-chart-series-0-dots circle")).toHaveLength(4);
  });

  it("matches the SVG snapshot", async () => {
    const chart = gradientNormChart({
      series: [
        { label: "sigmoid", y: [0.5, 0.12, 0.03, 0.008, 0.002, 0.0005] },
        { label: "ReLU", y: [0.5, 0.45, 0.47, 0.4, 0.42, 0.44] },
      ],
    });
    await expect(roundNumbers(renderSvg(chart))).toMatchFileSnapshot("__snapshots__/gradient-norm.svg");
  });
});

describe("lineChart", () => {
  it("uses the given x values and labels", () => {
    const chart = lineChart({
      title: "t",
      xLabel: "입력",
      yLabel: "출력",
      series: [{ label: "a", x: [0, 10, 20], y: [1, 2, 3] }],
    });
    const root = parseSvg(renderSvg(chart));
    const points = pathPoints(root.querySelector("g.al-chart-series-0 path")!.getAttribute("d")!);
    expect(points[1][0]).toBeCloseTo(tickAt(root, "x", "10"), 1);
    expect(root.querySelector("[aria-label='x-axis label']")?.textContent).toBe("입력 →");
    expect(root.querySelector(".al-chart-y-label")?.textContent).toBe("↑ 출력");
  });

  it("rejects bad series and options with their names and values", () => {
    const base = { title: "t", xLabel: "x", yLabel: "y" };
    expect(() => lineChart({ ...base, series: [] })).toThrow(
      "lineChart: series must be an array of 1 to 16 series, got []",
    );
    expect(() => lineChart({ ...base, series: [{ label: "", y: [1] }] })).toThrow(
      'lineChart: series[0].label must be a non-empty string, got ""',
    );
    expect(() => lineChart({ ...base, series: [{ label: "a", y: [1, 2], x: [1] }] })).toThrow(
      "lineChart: series[0].x must be an array as long as series[0].y (2), got [1]",
    );
    expect(() => lineChart({ ...base, series: [{ label: "a", y: [1] }], yType: "sqrt" as "log" })).toThrow(
      'lineChart: yType must be one of "linear", "log", got "sqrt"',
    );
    expect(() => lossChart({ series: [{ label: "a", y: [1] }], over: "epochs" as "epoch" })).toThrow(
      'lossChart: over must be one of "epoch", "step", got "epochs"',
    );
    expect(() => gradientNormChart({ series: [{ label: "a", y: [1] }], width: 10 })).toThrow(
      "gradientNormChart: width must be an integer from 120 to 4000, got 10",
    );
  });
});

describe("integerTicks", () => {
  it("steps by 1, 2, 5, 10, … so that at most ten intervals remain", () => {
    expect(integerTicks([1, 6])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(integerTicks([0, 11])).toEqual([0, 2, 4, 6, 8, 10]);
    expect(integerTicks([1, 50])).toEqual([5, 10, 15, 20, 25, 30, 35, 40, 45, 50]);
    expect(integerTicks([0, 1000])).toHaveLength(11);
  });
});
