import { describe, expect, it } from "vitest";
import { activationChart } from "../src/activationChart.js";
import { show } from "../src/notebook.js";
import { renderSvg } from "../src/renderSvg.js";

describe("show", () => {
  it("sends the rendered SVG, as renderSvg returns it, to the display it is given", () => {
    const shown: string[] = [];
    show(activationChart("relu"), { display: { svg: (svg) => shown.push(svg) } });
    expect(shown).toEqual([renderSvg(activationChart("relu"))]);
  });

  it("passes an already rendered SVG string through", () => {
    const shown: string[] = [];
    show("<svg/>", { display: { svg: (svg) => shown.push(svg) } });
    expect(shown).toEqual(["<svg/>"]);
  });

  it("outside a tslab kernel, throws and says what to do instead", () => {
    expect(() => show(activationChart("relu"))).toThrow(
      /show: no running tslab kernel found.*renderSvg\(chart\)/,
    );
  });
});
