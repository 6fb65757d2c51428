package org.wealtharena.agents.portfolio.optimization;

import java.util.Arrays;
import org.ojalgo.matrix.decomposition.Cholesky;
import org.ojalgo.matrix.decomposition.LDL;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.convex.ConvexSolver;
import org.wealtharena.agents.portfolio.stats.CovarianceMatrix;

/**
 * The two quadratic programmes, solved by ojAlgo's convex solver. They are one programme: min
 * variance is max Sharpe with every asset earning the same excess return.
 */
final class LongOnlyQuadraticPrograms {

  private LongOnlyQuadraticPrograms() {}

  /** min w'Σw subject to Σ w = 1 and 0 <= w_i <= maxWeight. */
  static double[] minimumVariance(CovarianceMatrix covariance, double maxWeight) {
    // With e = 1 the transform's e'y = 1 is Σ y = 1, so y is already w and y'Σy its variance.
    double[] equal = new double[covariance.size()];
    Arrays.fill(equal, 1.0);
    return solve(covariance, equal, maxWeight, "min variance");
  }

  /**
   * Max Sharpe by the homogeneous transform: min y'Σy subject to e'y = 1, y >= 0 and y_i <=
   * maxWeight · Σ y, then w = y / Σ y. Needs some feasible w with e'w > 0.
   *
   * @param excessReturns expected return minus the risk-free rate, per asset
   */
  static double[] maximumSharpe(
      CovarianceMatrix covariance, double[] excessReturns, double maxWeight) {
    return solve(covariance, excessReturns, maxWeight, "max Sharpe");
  }

  /**
   * The transform for excess returns e, handed to ojAlgo's convex solver as matrices: its modelling
   * layer (ExpressionsBasedModel: expressions, presolve, copying into this same form) took over a
   * third of the time.
   */
  private static double[] solve(
      CovarianceMatrix covariance, double[] excessReturns, double maxWeight, String problemName) {
    int n = excessReturns.length;
    // Daily variances are ~1e-4; rescaling to unit average variance keeps the solver's absolute
    // tolerances meaningful and leaves the minimiser unchanged.
    R064Store variance =
        R064Store.FACTORY.rows(covariance.toArray(1.0 / covariance.averageVariance()));
    // Scaling e changes only the length of y, not w; scaled to max |e_i| = 1 so y is of order 1.
    double excessScale = 0.0;
    for (double e : excessReturns) {
      excessScale = Math.max(excessScale, Math.abs(e));
    }
    R064Store excess = R064Store.FACTORY.make(n, 1);
    for (int i = 0; i < n; i++) {
      excess.set(i, excessReturns[i] / excessScale);
    }
    // Rows -y_i <= 0, then (unless the cap cannot bind) y_i - maxWeight · Σ y <= 0.
    int caps = maxWeight < 1.0 ? n : 0;
    R064Store inequalities = R064Store.FACTORY.make(n + caps, n);
    for (int i = 0; i < n; i++) {
      inequalities.set(i, i, -1.0);
    }
    for (int i = 0; i < caps; i++) {
      for (int j = 0; j < n; j++) {
        inequalities.set(n + i, j, (i == j ? 1.0 : 0.0) - maxWeight);
      }
    }

    Optimisation.Options options = new Optimisation.Options();
    // Dense Σ and few assets: the direct active-set solver (Schur complement of the active
    // constraints) is several times faster here than the sparse iterative one picked by default.
    options.sparse = Boolean.FALSE;
    // Each active-set iteration solves Σ X = A' for the active rows A; ojAlgo's dense Cholesky
    // copies that transposed right-hand side element by element, its LDL does not (a fifth to a
    // quarter less time in the benchmark).
    options.convex().solverSPD(LDL.R064::make);
    ConvexSolver solver =
        ConvexSolver.newBuilder()
            .objective(variance, R064Store.FACTORY.make(n, 1))
            .equalities(excess.transpose(), R064Store.FACTORY.rows(new double[][] {{1.0}}))
            .inequalities(inequalities, R064Store.FACTORY.make(n + caps, 1))
            .build(options);
    Optimisation.Result result = solver.solve(startingPoint(variance, excess, maxWeight));
    if (!result.getState().isOptimal()) {
      throw new IllegalStateException(
          "ojAlgo did not solve the " + problemName + " problem: state " + result.getState());
    }
    return weights(result, n);
  }

  /**
   * A feasible y close to the optimum, so the active-set solver needs no LP phase to find a start
   * and begins with most of the optimal active set: the weights of the unconstrained optimum Σ⁻¹e
   * with its short positions set to zero, those over the cap set to the cap and the rest shared
   * equally by the others (equal weights if that breaks the cap), scaled to e'y = 1. Null, for the
   * solver to find its own start, if those weights earn no positive excess return.
   */
  private static Optimisation.Result startingPoint(
      R064Store variance, R064Store excess, double maxWeight) {
    int n = (int) excess.count();
    Cholesky<Double> cholesky = Cholesky.R064.make(variance);
    cholesky.decompose(variance);
    MatrixStore<Double> unconstrained = cholesky.getSolution(excess);
    double longTotal = 0.0;
    for (int i = 0; i < n; i++) {
      longTotal += Math.max(0.0, unconstrained.doubleValue(i));
    }
    double[] share = new double[n];
    int capped = 0;
    int free = 0;
    for (int i = 0; i < n; i++) {
      share[i] = unconstrained.doubleValue(i) / longTotal;
      if (share[i] >= maxWeight) {
        capped++;
      } else if (share[i] > 0.0) {
        free++;
      }
    }
    double freeShare = (1.0 - capped * maxWeight) / free;
    boolean fits = free > 0 && freeShare >= 0.0 && freeShare <= maxWeight;
    double[] w = new double[n];
    double earned = 0.0;
    for (int i = 0; i < n; i++) {
      if (!fits) {
        w[i] = 1.0 / n;
      } else if (share[i] >= maxWeight) {
        w[i] = maxWeight;
      } else if (share[i] > 0.0) {
        w[i] = freeShare;
      }
      earned += w[i] * excess.doubleValue(i);
    }
    if (!(earned > 0.0)) {
      return null;
    }
    for (int i = 0; i < n; i++) {
      w[i] /= earned;
    }
    // APPROXIMATE rather than FEASIBLE: ojAlgo checks the point itself before using it.
    return Optimisation.Result.of(Optimisation.State.APPROXIMATE, w);
  }

  /** Clips solver round-off below zero and normalises to sum 1. */
  private static double[] weights(Optimisation.Result result, int n) {
    double[] weights = new double[n];
    double sum = 0.0;
    for (int i = 0; i < n; i++) {
      weights[i] = Math.max(0.0, result.doubleValue(i));
      sum += weights[i];
    }
    for (int i = 0; i < n; i++) {
      weights[i] /= sum;
    }
    return weights;
  }
}
