import { describe, expect, it } from "vitest";
import { logTickFormat } from "../src/logTickFormat.js";

describe("logTickFormat", () => {
  it("writes powers of ten as decimals from 0.001 to 1000 and as 10ⁿ beyond", () => {
    const format = logTickFormat([1e-8, 1e5]);
    expect([1e-7, 1e-4, 1e-3, 0.1, 1, 1000, 1e4].map(format)).toEqual([
      "10⁻⁷",
      "10⁻⁴",
      "0.001",
      "0.1",
      "1",
      "1000",
      "10⁴",
    ]);
  });

  it("over many decades labels only the powers of ten", () => {
    expect([0.02, 0.05, 0.3].map(logTickFormat([1e-7, 1]))).toEqual(["", "", ""]);
  });

  it("over up to three decades also labels 2× and 5×; within one decade every tick", () => {
    expect([0.02, 0.03, 0.05].map(logTickFormat([0.01, 1]))).toEqual(["0.02", "", "0.05"]);
    expect([0.2, 0.3, 0.7].map(logTickFormat([0.1, 0.8]))).toEqual(["0.2", "0.3", "0.7"]);
  });
});
