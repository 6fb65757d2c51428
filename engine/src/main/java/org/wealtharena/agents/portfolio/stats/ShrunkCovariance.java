package org.wealtharena.agents.portfolio.stats;

/**
 * Outcome of a shrinkage: the estimator and how far it moved towards the target.
 *
 * @param covariance {@code intensity * target + (1 - intensity) * sample}
 * @param intensity shrinkage intensity in [0, 1]; 0 keeps the sample covariance, 1 is the target
 */
public record ShrunkCovariance(CovarianceMatrix covariance, double intensity) {}
