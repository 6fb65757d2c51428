package org.wealtharena.agents.portfolio.optimization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.ojalgo.matrix.store.RawStore;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.wealtharena.agents.portfolio.stats.CovarianceMatrix;

/**
 * The programmes on problems up to the benchmark's size (50 assets, 10 % cap) and beyond: optimal
 * by their first-order conditions, and equal to the same programmes modelled the plain way in
 * ojAlgo's {@link ExpressionsBasedModel} (which is how they were solved before the solver was fed
 * directly).
 *
 * <p>ojAlgo's active-set solver stops once a step is below six significant digits of the iterate
 * and has like tolerances on its multipliers, so two routes to the same optimum can end about 1e-6
 * (seen up to 2e-6) apart in weight; the tolerances allow ten times that, far below what a wrong
 * active set gives.
 */
class LongOnlyQuadraticProgramsProperties {

  private static final double RISK_FREE = 0.0001;
  private static final double WEIGHT_TOLERANCE = 1e-5;

  /** Relative to the gradient's natural size. */
  private static final double GRADIENT_TOLERANCE = 1e-3;

  @Property(tries = 150)
  void maxSharpeIsOptimalAndMatchesTheModelledProgramme(
      @ForAll @IntRange(min = 2, max = 60) int assets,
      @ForAll @DoubleRange(min = 0, max = 1) double capPosition,
      @ForAll long seed) {
    RandomPortfolios.Problem problem =
        RandomPortfolios.problem(new Random(seed), assets, capPosition);
    double cap = problem.cap();
    CovarianceMatrix covariance = problem.covariance();
    double[] mu = problem.expectedReturns();
    OptimizationResult result =
        new PortfolioOptimizer(cap, RISK_FREE, 252)
            .optimise(OptimizationType.SHARPE_MAXIMIZATION, mu, covariance);
    Assume.that(!result.fellBack());
    double[] w = result.weights();
    double[] excess = new double[assets];
    for (int i = 0; i < assets; i++) {
      excess[i] = mu[i] - RISK_FREE;
    }

    double volatility = Math.sqrt(covariance.portfolioVariance(w));
    double earned = dot(excess, w);
    // The weights of a near-degenerate programme are not unique to 1e-5 (seen: two assets with
    // almost the same risk and return), so the two solvers are compared on what is optimised.
    double[] modelled = modelledMaximumSharpe(covariance, excess, cap);
    double modelledSharpe =
        dot(excess, modelled) / Math.sqrt(covariance.portfolioVariance(modelled));
    assertThat(earned / volatility)
        .isCloseTo(modelledSharpe, within(1e-5 * Math.abs(modelledSharpe)));
    double[] sigmaW = times(covariance, w);
    double[] gradient = new double[assets];
    double largestExcess = 0;
    for (int i = 0; i < assets; i++) {
      gradient[i] =
          excess[i] / volatility - earned * sigmaW[i] / (volatility * volatility * volatility);
      largestExcess = Math.max(largestExcess, Math.abs(excess[i]));
    }
    // Sharpe is pseudo-concave where it is positive, so these first-order conditions make w the
    // global maximum. Its gradient vanishes on the held assets, so it is measured against e/σ.
    assertNoTransferImproves(w, gradient, cap, largestExcess / volatility);
  }

  @Property(tries = 150)
  void minVarianceIsOptimalAndMatchesTheModelledProgramme(
      @ForAll @IntRange(min = 2, max = 60) int assets,
      @ForAll @DoubleRange(min = 0, max = 1) double capPosition,
      @ForAll long seed) {
    double cap = RandomPortfolios.capBetweenOneOverNAndOne(assets, capPosition);
    CovarianceMatrix covariance = RandomPortfolios.covariance(new Random(seed), assets);

    double[] w =
        new PortfolioOptimizer(cap, 0, 252)
            .optimise(OptimizationType.MIN_VARIANCE, new double[assets], covariance)
            .weights();

    assertThat(w)
        .containsExactly(modelledMinimumVariance(covariance, cap), within(WEIGHT_TOLERANCE));
    double[] sigmaW = times(covariance, w);
    double[] gradient = new double[assets];
    for (int i = 0; i < assets; i++) {
      gradient[i] = -2 * sigmaW[i]; // of -w'Σw, which min variance maximises
    }
    assertNoTransferImproves(w, gradient, cap, 2 * covariance.portfolioVariance(w));
  }

  /**
   * First-order optimality over the capped simplex: moving weight from any held asset to any asset
   * below the cap does not raise the objective, i.e. the largest gradient entry among assets that
   * can be bought is at most the smallest among assets that can be sold.
   */
  private static void assertNoTransferImproves(
      double[] w, double[] gradient, double cap, double scale) {
    double largestToBuy = Double.NEGATIVE_INFINITY;
    double smallestToSell = Double.POSITIVE_INFINITY;
    for (int i = 0; i < w.length; i++) {
      if (w[i] < cap - WEIGHT_TOLERANCE) {
        largestToBuy = Math.max(largestToBuy, gradient[i]);
      }
      if (w[i] > WEIGHT_TOLERANCE) {
        smallestToSell = Math.min(smallestToSell, gradient[i]);
      }
    }
    assertThat(largestToBuy).isLessThanOrEqualTo(smallestToSell + GRADIENT_TOLERANCE * scale);
  }

  /**
   * Max Sharpe as it was modelled before: the homogeneous transform in an ExpressionsBasedModel.
   */
  private static double[] modelledMaximumSharpe(
      CovarianceMatrix covariance, double[] excess, double cap) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    List<Variable> y = nonNegativeVariablesMinimisingVariance(model, covariance);
    double scale = 0;
    for (double e : excess) {
      scale = Math.max(scale, Math.abs(e));
    }
    Expression earned = model.addExpression("excess_return").level(1.0);
    for (int i = 0; i < excess.length; i++) {
      earned.set(y.get(i), excess[i] / scale);
    }
    if (cap < 1.0) {
      for (int i = 0; i < excess.length; i++) {
        Expression capRow = model.addExpression("cap_" + i).upper(0.0);
        for (int j = 0; j < excess.length; j++) {
          capRow.set(y.get(j), (i == j ? 1.0 : 0.0) - cap);
        }
      }
    }
    return normalisedSolution(model);
  }

  /**
   * Min variance as it was modelled before: budget 1 and upper bounds in an ExpressionsBasedModel.
   */
  private static double[] modelledMinimumVariance(CovarianceMatrix covariance, double cap) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    List<Variable> w = nonNegativeVariablesMinimisingVariance(model, covariance);
    Expression budget = model.addExpression("budget").level(1.0);
    for (Variable wi : w) {
      wi.upper(cap);
      budget.set(wi, 1.0);
    }
    return normalisedSolution(model);
  }

  private static List<Variable> nonNegativeVariablesMinimisingVariance(
      ExpressionsBasedModel model, CovarianceMatrix covariance) {
    model.options.sparse = Boolean.FALSE;
    List<Variable> variables = new ArrayList<>();
    for (int i = 0; i < covariance.size(); i++) {
      variables.add(model.addVariable("v" + i).lower(0.0));
    }
    double[][] scaled = covariance.toArray(1.0 / covariance.averageVariance());
    model
        .addExpression("variance")
        .weight(1.0)
        .setQuadraticFactors(variables, RawStore.wrap(scaled));
    return variables;
  }

  private static double[] normalisedSolution(ExpressionsBasedModel model) {
    Optimisation.Result result = model.minimise();
    assertThat(result.getState().isOptimal()).as("state %s", result.getState()).isTrue();
    double[] w = new double[model.getVariables().size()];
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      w[i] = Math.max(0.0, result.doubleValue(i));
      sum += w[i];
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= sum;
    }
    return w;
  }

  private static double[] times(CovarianceMatrix covariance, double[] w) {
    double[] product = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      for (int j = 0; j < w.length; j++) {
        product[i] += covariance.get(i, j) * w[j];
      }
    }
    return product;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
