export { sigmoid, sigmoidGrad } from "./sigmoid.js";
