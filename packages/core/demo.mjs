// The main job's demo until the site exists: the package, imported by name, as a user would.
import { sigmoid, sigmoidGrad } from "@activation-lab/core";

for (const x of [-40, -2, 0, 2, 40]) {
  console.log(`sigmoid(${x}) = ${sigmoid(x)}\tsigmoidGrad(${x}) = ${sigmoidGrad(x)}`);
}
