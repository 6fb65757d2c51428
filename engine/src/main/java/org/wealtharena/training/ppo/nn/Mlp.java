package org.wealtharena.training.ppo.nn;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Layout and arithmetic of a fully connected network with tanh hidden layers and a linear output.
 *
 * <p>The network owns no parameters: they live in a caller's flat {@code double[]} starting at a
 * given offset, so several networks can share one vector that an optimiser and a checkpoint treat
 * uniformly. Per layer the slice holds the weight matrix (row-major, one row per output unit)
 * followed by the bias vector.
 *
 * <p>Intermediate values go to a {@link Workspace} the caller allocates once; forward and backward
 * passes allocate nothing. A workspace belongs to one thread at a time.
 */
public final class Mlp {

  private final int[] layerSizes;
  private final int[] weightOffsets;
  private final int[] biasOffsets;
  private final int parameterCount;

  /**
   * @param layerSizes input size, hidden sizes (possibly none), output size; all positive
   */
  public Mlp(int... layerSizes) {
    if (layerSizes.length < 2) {
      throw new IllegalArgumentException(
          "an MLP needs at least an input and an output size, got " + Arrays.toString(layerSizes));
    }
    for (int i = 0; i < layerSizes.length; i++) {
      if (layerSizes[i] <= 0) {
        throw new IllegalArgumentException(
            "layer size " + i + " must be positive, got " + Arrays.toString(layerSizes));
      }
    }
    this.layerSizes = layerSizes.clone();
    int layers = layerSizes.length - 1;
    weightOffsets = new int[layers];
    biasOffsets = new int[layers];
    int offset = 0;
    for (int l = 0; l < layers; l++) {
      weightOffsets[l] = offset;
      offset += layerSizes[l] * layerSizes[l + 1];
      biasOffsets[l] = offset;
      offset += layerSizes[l + 1];
    }
    parameterCount = offset;
  }

  public int inputSize() {
    return layerSizes[0];
  }

  public int outputSize() {
    return layerSizes[layerSizes.length - 1];
  }

  public int parameterCount() {
    return parameterCount;
  }

  public Workspace newWorkspace() {
    return new Workspace(layerSizes);
  }

  /**
   * Orthogonal initialisation (Saxe et al.): each weight matrix has orthonormal rows or columns,
   * whichever are fewer, scaled by a gain; biases are zero. Keeps activations from shrinking or
   * exploding with depth, the usual choice for PPO networks.
   *
   * @param hiddenGain gain of the layers feeding a tanh (sqrt(2) is customary)
   * @param outputGain gain of the last layer (small for a policy mean, 1 for a value)
   */
  public void initialize(
      double[] params, int offset, SplittableRandom rng, double hiddenGain, double outputGain) {
    checkSlice(params, offset, "params");
    for (int l = 0; l < weightOffsets.length; l++) {
      double gain = l == weightOffsets.length - 1 ? outputGain : hiddenGain;
      fillOrthogonal(
          params, offset + weightOffsets[l], layerSizes[l + 1], layerSizes[l], rng, gain);
      Arrays.fill(
          params, offset + biasOffsets[l], offset + biasOffsets[l] + layerSizes[l + 1], 0.0);
    }
  }

  /**
   * Runs the network on {@code input[inputOffset .. inputOffset + inputSize)} and keeps every
   * activation in the workspace for a later {@link #backward}.
   *
   * @return the workspace's output array (overwritten by the next forward pass)
   */
  public double[] forward(
      double[] params, int offset, double[] input, int inputOffset, Workspace ws) {
    checkSlice(params, offset, "params");
    checkWorkspace(ws);
    if (inputOffset < 0 || inputOffset + inputSize() > input.length) {
      throw new IllegalArgumentException(
          "input of length "
              + input.length
              + " at offset "
              + inputOffset
              + " does not hold "
              + inputSize()
              + " values");
    }
    double[][] a = ws.activations;
    System.arraycopy(input, inputOffset, a[0], 0, inputSize());
    int lastLayer = weightOffsets.length - 1;
    for (int l = 0; l <= lastLayer; l++) {
      double[] in = a[l];
      double[] out = a[l + 1];
      int fanIn = in.length;
      int w = offset + weightOffsets[l];
      int b = offset + biasOffsets[l];
      for (int j = 0; j < out.length; j++) {
        double sum = params[b + j];
        int row = w + j * fanIn;
        for (int k = 0; k < fanIn; k++) {
          sum += params[row + k] * in[k];
        }
        out[j] = l == lastLayer ? sum : Math.tanh(sum);
      }
    }
    return a[a.length - 1];
  }

  public double[] forward(double[] params, int offset, double[] input, Workspace ws) {
    if (input.length != inputSize()) {
      throw new IllegalArgumentException(
          "input has length " + input.length + ", network expects " + inputSize());
    }
    return forward(params, offset, input, 0, ws);
  }

  /**
   * Adds d(loss)/d(parameters) to {@code grad[gradOffset ..]}, given d(loss)/d(output) of the
   * forward pass last run with this workspace. Accumulates, so a minibatch sums naturally.
   */
  public void backward(
      double[] params,
      int offset,
      Workspace ws,
      double[] outputGrad,
      double[] grad,
      int gradOffset) {
    checkSlice(params, offset, "params");
    checkSlice(grad, gradOffset, "grad");
    checkWorkspace(ws);
    if (outputGrad.length != outputSize()) {
      throw new IllegalArgumentException(
          "output gradient has length "
              + outputGrad.length
              + ", network output is "
              + outputSize());
    }
    double[][] a = ws.activations;
    double[][] delta = ws.deltas;
    System.arraycopy(outputGrad, 0, delta[delta.length - 1], 0, outputGrad.length);
    for (int l = weightOffsets.length - 1; l >= 0; l--) {
      double[] in = a[l];
      double[] d = delta[l + 1];
      int fanIn = in.length;
      int gw = gradOffset + weightOffsets[l];
      int gb = gradOffset + biasOffsets[l];
      for (int j = 0; j < d.length; j++) {
        double dj = d[j];
        int row = gw + j * fanIn;
        for (int k = 0; k < fanIn; k++) {
          grad[row + k] += dj * in[k];
        }
        grad[gb + j] += dj;
      }
      if (l > 0) {
        double[] prev = delta[l];
        int w = offset + weightOffsets[l];
        for (int k = 0; k < fanIn; k++) {
          double sum = 0.0;
          for (int j = 0; j < d.length; j++) {
            sum += params[w + j * fanIn + k] * d[j];
          }
          prev[k] = sum * (1.0 - in[k] * in[k]); // tanh' expressed through its output
        }
      }
    }
  }

  private void checkSlice(double[] array, int offset, String name) {
    if (offset < 0 || offset + parameterCount > array.length) {
      throw new IllegalArgumentException(
          name
              + " of length "
              + array.length
              + " at offset "
              + offset
              + " does not hold the "
              + parameterCount
              + " parameters of MLP "
              + Arrays.toString(layerSizes));
    }
  }

  private void checkWorkspace(Workspace ws) {
    if (!Arrays.equals(ws.layerSizes, layerSizes)) {
      throw new IllegalArgumentException(
          "workspace for layers "
              + Arrays.toString(ws.layerSizes)
              + " used with MLP "
              + Arrays.toString(layerSizes));
    }
  }

  /** Gram-Schmidt on Gaussian vectors: the fewer of rows/columns become orthonormal. */
  private static void fillOrthogonal(
      double[] params, int start, int rows, int cols, SplittableRandom rng, double gain) {
    boolean orthonormalRows = rows <= cols;
    int count = orthonormalRows ? rows : cols;
    int length = orthonormalRows ? cols : rows;
    double[][] basis = new double[count][length];
    for (int i = 0; i < count; i++) {
      double[] v = basis[i];
      double norm;
      do {
        for (int k = 0; k < length; k++) {
          v[k] = rng.nextGaussian();
        }
        for (int p = 0; p < i; p++) {
          double dot = 0.0;
          for (int k = 0; k < length; k++) {
            dot += v[k] * basis[p][k];
          }
          for (int k = 0; k < length; k++) {
            v[k] -= dot * basis[p][k];
          }
        }
        double sq = 0.0;
        for (int k = 0; k < length; k++) {
          sq += v[k] * v[k];
        }
        norm = Math.sqrt(sq);
      } while (norm < 1e-8); // a draw (almost) inside the span so far: draw again
      for (int k = 0; k < length; k++) {
        v[k] /= norm;
      }
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        double value = orthonormalRows ? basis[r][c] : basis[c][r];
        params[start + r * cols + c] = gain * value;
      }
    }
  }

  /** Per-thread scratch space: activations of every layer and back-propagated errors. */
  public static final class Workspace {
    private final double[][] activations;
    private final double[][] deltas;
    private final int[] layerSizes;

    private Workspace(int[] layerSizes) {
      this.layerSizes = layerSizes;
      activations = new double[layerSizes.length][];
      deltas = new double[layerSizes.length][];
      for (int l = 0; l < layerSizes.length; l++) {
        activations[l] = new double[layerSizes[l]];
        deltas[l] = new double[layerSizes[l]];
      }
    }
  }
}
