// The peer of the kernel benchmark: TensorFlow.js 4.22 on its CPU backend, each activation
// composed from tfjs ops as its users would write it (tfjs has no gelu or silu/swish op), and
// backward through tf.grad with the upstream gradient dy.
import type { ActivationId } from "@activation-lab/core";

type Tf = typeof import("@tensorflow/tfjs");
type Tensor = import("@tensorflow/tfjs").Tensor;

export interface TfjsKernels {
  version: string;
  backend: string;
  tensor(values: Float32Array): Tensor;
  /** f(x), read back to a Float32Array, all intermediates disposed. */
  forward(id: ActivationId, x: Tensor): void;
  /** dy ⊙ f′(x) through tf.grad, read back, all intermediates disposed. */
  backward(id: ActivationId, x: Tensor, dy: Tensor): void;
}

function compose(tf: Tf): { readonly [K in ActivationId]: (x: Tensor) => Tensor } {
  const sqrt2OverPi = Math.sqrt(2 / Math.PI);
  return {
    sigmoid: (x) => tf.sigmoid(x),
    tanh: (x) => tf.tanh(x),
    relu: (x) => tf.relu(x),
    leakyRelu: (x) => tf.leakyRelu(x, 0.01),
    prelu: (x) => tf.prelu(x, tf.scalar(0.25)),
    elu: (x) => tf.elu(x),
    swish: (x) => tf.mul(x, tf.sigmoid(tf.mul(x, 1))),
    silu: (x) => tf.mul(x, tf.sigmoid(x)),
    gelu: (x) => tf.mul(tf.mul(x, 0.5), tf.add(1, tf.erf(tf.mul(x, Math.SQRT1_2)))),
    geluTanh: (x) =>
      tf.mul(tf.mul(x, 0.5), tf.add(1, tf.tanh(tf.mul(sqrt2OverPi, tf.add(x, tf.mul(0.044715, tf.pow(x, 3))))))),
    softplus: (x) => tf.softplus(x),
  };
}

export async function tfjsKernels(): Promise<TfjsKernels> {
  // tfjs greets Node users on import with a hint to install tfjs-node: keep the table clean
  const { log, warn } = console;
  console.log = console.warn = () => {};
  const tf: Tf = await import("@tensorflow/tfjs");
  await tf.setBackend("cpu");
  await tf.ready();
  console.log = log;
  console.warn = warn;
  const f = compose(tf);
  const grads = Object.fromEntries(
    Object.entries(f).map(([id, fn]) => [id, tf.grad((x: Tensor) => fn(x))]),
  ) as { [K in ActivationId]: (x: Tensor, dy: Tensor) => Tensor };
  return {
    version: tf.version.tfjs,
    backend: tf.getBackend(),
    tensor: (values) => tf.tensor1d(values, "float32"),
    forward(id, x) {
      tf.tidy(() => f[id](x).dataSync());
    },
    backward(id, x, dy) {
      tf.tidy(() => grads[id](x, dy).dataSync());
    },
  };
}
