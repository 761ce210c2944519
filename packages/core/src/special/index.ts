// Special functions that JavaScript's Math lacks
export { erf } from "./erf.js";
export { erfc } from "./erfc.js";
