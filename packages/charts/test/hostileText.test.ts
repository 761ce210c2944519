// Every text option of every builder, set to text that looks like markup, entities, attributes or
// ids, renders to a well-formed SVG document in which that text reads exactly as written.
import { DOMParser, type Node as XmlNode } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import type { Chart } from "../src/chart.js";
import * as charts from "../src/index.js";

const hostile = [
  "<script>alert(1)</script>",
  '" onload="alert(1)',
  "R&D",
  "a < b",
  'x="1.23456"',
  "plot-clip-1 url(#plot-clip-1)",
  "&amp; &lt; &#x3c;",
  "]]> <!-- -->",
  "손실 곡선 — 층 1 😀",
  "ϕ′(x) ≥ 0 ∞",
  "long ".repeat(1000),
];
// Characters XML 1.0 cannot hold: rendered as U+FFFD.
const unrepresentable = [
  { text: "lone \ud800 high", reads: "lone \ufffd high" },
  { text: "lone \udc00 low", reads: "lone \ufffd low" },
  { text: "bell \u0007 and nul \u0000", reads: "bell \ufffd and nul \ufffd" },
  { text: "not a character \uffff", reads: "not a character \ufffd" },
];

type Builder = Exclude<keyof typeof charts, "renderSvg"> & `${string}Chart`;
const series = [{ label: "s", y: [1, 0.5, 0.25] }];

// Every text option of each builder: a compile error when a builder is added without its entry.
const textOptions: Record<Builder, Record<string, (text: string) => Chart>> = {
  activationChart: {
    title: (t) => charts.activationChart("elu", { title: t }),
    xLabel: (t) => charts.activationChart("elu", { xLabel: t }),
    yLabel: (t) => charts.activationChart("elu", { yLabel: t }),
  },
  activationsChart: {
    title: (t) => charts.activationsChart({ ids: ["relu", "gelu"], title: t }),
    xLabel: (t) => charts.activationsChart({ ids: ["relu", "gelu"], xLabel: t }),
    yLabel: (t) => charts.activationsChart({ ids: ["relu", "gelu"], yLabel: t }),
  },
  lineChart: {
    title: (t) => charts.lineChart({ series, title: t, xLabel: "x", yLabel: "y" }),
    xLabel: (t) => charts.lineChart({ series, title: "t", xLabel: t, yLabel: "y" }),
    yLabel: (t) => charts.lineChart({ series, title: "t", xLabel: "x", yLabel: t }),
    ariaLabel: (t) => charts.lineChart({ series, title: "t", xLabel: "x", yLabel: "y", ariaLabel: t }),
    xName: (t) => charts.lineChart({ series, title: "t", xLabel: "x", yLabel: "y", xName: t }),
    "series[0].label": (t) =>
      charts.lineChart({ series: [{ label: t, y: [1, 2] }], title: "t", xLabel: "x", yLabel: "y" }),
  },
  lossChart: {
    title: (t) => charts.lossChart({ series, title: t }),
    xLabel: (t) => charts.lossChart({ series, xLabel: t }),
    yLabel: (t) => charts.lossChart({ series, yLabel: t }),
    "series[0].label": (t) => charts.lossChart({ series: [{ label: t, y: [1, 2] }] }),
  },
  gradientNormChart: {
    title: (t) => charts.gradientNormChart({ series, title: t }),
    xLabel: (t) => charts.gradientNormChart({ series, xLabel: t }),
    yLabel: (t) => charts.gradientNormChart({ series, yLabel: t }),
    "series[0].label": (t) => charts.gradientNormChart({ series: [{ label: t, y: [1, 0.1] }] }),
  },
  histogramChart: {
    title: (t) => charts.histogramChart({ series: [{ label: "h", values: [1, 2] }], title: t }),
    xLabel: (t) => charts.histogramChart({ series: [{ label: "h", values: [1, 2] }], xLabel: t }),
    yLabel: (t) => charts.histogramChart({ series: [{ label: "h", values: [1, 2] }], yLabel: t }),
    "series[0].label": (t) => charts.histogramChart({ series: [{ label: t, values: [1, 2] }] }),
  },
  decisionBoundaryChart: Object.fromEntries(
    (["title", "xLabel", "yLabel", "classLabels[0]", "classLabels[1]"] as const).map((option) => [
      option,
      (t: string) =>
        charts.decisionBoundaryChart({
          points: { x: [-1, 1], y: [0, 1], label: [0, 1] },
          predict: (x) => (x > 0 ? 1 : 0),
          resolution: 8,
          ...(option === "classLabels[0]"
            ? { classLabels: [t, "b"] }
            : option === "classLabels[1]"
              ? { classLabels: ["a", t] }
              : { [option]: t }),
        }),
    ]),
  ),
};

/** Parses `svg` as an image/svg+xml document; any well-formedness error fails. */
function parseXml(svg: string) {
  const problems: string[] = [];
  const document = new DOMParser({
    // Warnings are left out: xmldom warns about every U+FFFD, which is a character like any other.
    onError: (level, message) => {
      if (level !== "warning") problems.push(`${level}: ${message}`);
    },
  }).parseFromString(svg, "image/svg+xml");
  expect(problems).toEqual([]);
  return document;
}

/** Every node under `node`, in document order. */
function* walk(node: XmlNode): Generator<XmlNode> {
  yield node;
  for (let child = node.firstChild; child !== null; child = child.nextSibling) yield* walk(child);
}

/** The text of every text node and the value of every attribute in the document. */
function texts(node: XmlNode): string[] {
  const out: string[] = [];
  for (const n of walk(node)) {
    if (n.nodeType === n.TEXT_NODE && n.nodeValue !== null) out.push(n.nodeValue);
    if (n.nodeType === n.ELEMENT_NODE) {
      const attributes = (n as unknown as { attributes: ArrayLike<{ value: string }> }).attributes;
      for (const a of Array.from(attributes)) out.push(a.value);
    }
  }
  return out;
}

// XML 1.0's Char production, written as the ranges it allows.
const xmlChars = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

const cases = Object.entries(textOptions).flatMap(([builder, options]) =>
  Object.entries(options).flatMap(([option, build]) =>
    [...hostile.map((text) => ({ text, reads: text })), ...unrepresentable].map(({ text, reads }) => ({
      name: `${builder} ${option} = ${JSON.stringify(text.slice(0, 32))}`,
      build,
      text,
      reads,
    })),
  ),
);

describe("text options with markup, entities and attribute-like text", () => {
  it("cover every builder the package exports", () => {
    const exported = Object.entries(charts)
      .filter(([name, value]) => typeof value === "function" && name.endsWith("Chart"))
      .map(([name]) => name);
    expect(Object.keys(textOptions).sort()).toEqual(exported.sort());
  });

  it.each(cases)(
    "$name: well-formed XML, nothing injected, the text as written",
    ({ build, text, reads }) => {
      const svg = charts.renderSvg(build(text));
      const document = parseXml(svg);
      expect(xmlChars.test(svg)).toBe(true);
      for (const n of walk(document)) {
        if (n.nodeType !== n.ELEMENT_NODE) continue;
        expect(n.nodeName).not.toBe("script");
        const attributes = (n as unknown as { attributes: ArrayLike<{ name: string }> }).attributes;
        expect(Array.from(attributes, (a) => a.name)).not.toContain("onload");
      }
      expect(texts(document).some((t) => t.includes(reads))).toBe(true);
    },
  );
});
