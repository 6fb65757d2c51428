package org.wealtharena.training.trainer;

import java.util.ArrayList;
import java.util.List;
import org.wealtharena.training.ppo.ActionSample;
import org.wealtharena.training.ppo.PpoAgent;

/** The steps one role took in one training episode, kept apart until the iteration is merged. */
final class Trajectory {

  private record Step(double[] observation, ActionSample sample, double reward, boolean done) {}

  private final List<Step> steps = new ArrayList<>();
  private double[] pendingObservation;
  private ActionSample pendingSample;

  void acted(double[] observation, ActionSample sample) {
    if (pendingSample != null) {
      throw new IllegalStateException("act called twice without a reward in between");
    }
    pendingObservation = observation.clone();
    pendingSample = sample;
  }

  void rewarded(double reward, boolean episodeDone) {
    if (pendingSample == null) {
      throw new IllegalStateException("reward called without an act before it");
    }
    steps.add(new Step(pendingObservation, pendingSample, reward, episodeDone));
    pendingObservation = null;
    pendingSample = null;
  }

  boolean isEmpty() {
    return steps.isEmpty();
  }

  /**
   * Appends the rewarded steps to {@code agent}'s rollout buffer. The last one always ends an
   * episode there, even if the coordinator stopped before saying so, so that advantages never run
   * on into the next episode's steps.
   */
  void recordInto(PpoAgent agent) {
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      agent.record(
          step.observation(), step.sample(), step.reward(), step.done() || i == steps.size() - 1);
    }
  }
}
