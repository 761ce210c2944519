// One typed registry of the post's activations and gated units, keyed by id
export { activationIds, activations, postActivationIds } from "./activations.js";
export { gatedUnits } from "./gatedUnits.js";
export { activationParams, type ParametrisedActivationId } from "./params.js";
export type {
  ActivationClaims,
  ActivationId,
  ActivationInfo,
  ActivationParam,
  GatedUnitId,
  GatedUnitInfo,
  PostTableRow,
  VanishingTendency,
} from "./types.js";
