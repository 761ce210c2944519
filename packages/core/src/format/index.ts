export { formatNumber } from "./formatNumber.js";
export { superscript } from "./superscript.js";
