package org.wealtharena.agents.portfolio.optimization;

import java.util.ArrayList;
import java.util.List;
import org.ojalgo.matrix.store.RawStore;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.wealtharena.agents.portfolio.stats.CovarianceMatrix;

/** The two quadratic programmes, modelled for and solved by ojAlgo's convex solver. */
final class LongOnlyQuadraticPrograms {

  private LongOnlyQuadraticPrograms() {}

  /** min w'Σw subject to Σ w = 1 and 0 <= w_i <= maxWeight. */
  static double[] minimumVariance(CovarianceMatrix covariance, double maxWeight) {
    VarianceModel problem = new VarianceModel(covariance);
    Expression budget = problem.model.addExpression("budget").level(1.0);
    for (Variable w : problem.variables) {
      w.upper(maxWeight);
      budget.set(w, 1.0);
    }
    return problem.solveForWeights("min variance");
  }

  /**
   * Max Sharpe by the homogeneous transform: min y'Σy subject to e'y = 1, y >= 0 and
   * y_i <= maxWeight · Σ y, then w = y / Σ y. Needs some feasible w with e'w > 0.
   *
   * @param excessReturns expected return minus the risk-free rate, per asset
   */
  static double[] maximumSharpe(CovarianceMatrix covariance, double[] excessReturns, double maxWeight) {
    VarianceModel problem = new VarianceModel(covariance);
    // Scaling e changes only the length of y, not w; scaled to max |e_i| = 1 so y is of order 1.
    double scale = 0.0;
    for (double e : excessReturns) {
      scale = Math.max(scale, Math.abs(e));
    }
    Expression excess = problem.model.addExpression("excess_return").level(1.0);
    for (int i = 0; i < excessReturns.length; i++) {
      excess.set(problem.variables.get(i), excessReturns[i] / scale);
    }
    if (maxWeight < 1.0) {
      for (int i = 0; i < excessReturns.length; i++) {
        Expression cap = problem.model.addExpression("cap_" + i).upper(0.0);
        for (int j = 0; j < excessReturns.length; j++) {
          cap.set(problem.variables.get(j), (i == j ? 1.0 : 0.0) - maxWeight);
        }
      }
    }
    return problem.solveForWeights("max Sharpe");
  }

  /** Non-negative variables and the objective v'Σv, the part both programmes share. */
  private static final class VarianceModel {
    final ExpressionsBasedModel model = new ExpressionsBasedModel();
    final List<Variable> variables = new ArrayList<>();

    VarianceModel(CovarianceMatrix covariance) {
      // Dense Σ and few assets: the direct active-set solver (one factorisation updated per step)
      // is several times faster here than the sparse iterative one ojAlgo picks by default.
      model.options.sparse = Boolean.FALSE;
      for (int i = 0; i < covariance.size(); i++) {
        variables.add(model.addVariable("v" + i).lower(0.0));
      }
      // Daily variances are ~1e-4; rescaling to unit average variance keeps the solver's absolute
      // tolerances meaningful and leaves the minimiser unchanged.
      double[][] scaled = covariance.toArray(1.0 / covariance.averageVariance());
      model.addExpression("variance").weight(1.0).setQuadraticFactors(variables, RawStore.wrap(scaled));
    }

    /** Solves, then clips solver round-off below zero and normalises to sum 1. */
    double[] solveForWeights(String problemName) {
      Optimisation.Result result = model.minimise();
      if (!result.getState().isOptimal()) {
        throw new IllegalStateException(
            "ojAlgo did not solve the " + problemName + " problem: state " + result.getState());
      }
      double[] weights = new double[variables.size()];
      double sum = 0.0;
      for (int i = 0; i < weights.length; i++) {
        weights[i] = Math.max(0.0, result.doubleValue(i));
        sum += weights[i];
      }
      for (int i = 0; i < weights.length; i++) {
        weights[i] /= sum;
      }
      return weights;
    }
  }
}
