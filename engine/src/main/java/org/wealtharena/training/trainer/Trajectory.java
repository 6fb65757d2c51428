package org.wealtharena.training.trainer;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.wealtharena.training.ppo.ActionSample;
import org.wealtharena.training.ppo.PpoAgent;

/**
 * The steps one role took in one training episode, kept apart until the iteration is merged. Its
 * serial form (an episode played elsewhere comes back as one) is the steps' numbers, flat.
 */
final class Trajectory implements Serializable {

  private static final long serialVersionUID = 1L;

  private record Step(double[] observation, ActionSample sample, double reward, boolean done) {}

  private final int observationSize;
  private final int actionSize;
  private transient List<Step> steps = new ArrayList<>();
  private transient double[] pendingObservation;
  private transient ActionSample pendingSample;

  /** The steps of a role whose policy sees {@code observationSize} and acts {@code actionSize}. */
  Trajectory(int observationSize, int actionSize) {
    this.observationSize = observationSize;
    this.actionSize = actionSize;
  }

  int observationSize() {
    return observationSize;
  }

  int actionSize() {
    return actionSize;
  }

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

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    out.writeInt(steps.size());
    for (Step step : steps) {
      writeDoubles(out, step.observation());
      writeDoubles(out, step.sample().action());
      out.writeDouble(step.sample().logProb());
      out.writeDouble(step.sample().value());
      out.writeDouble(step.reward());
      out.writeBoolean(step.done());
    }
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    int count = in.readInt();
    steps = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double[] observation = readDoubles(in);
      ActionSample sample = new ActionSample(readDoubles(in), in.readDouble(), in.readDouble());
      steps.add(new Step(observation, sample, in.readDouble(), in.readBoolean()));
    }
  }

  private static void writeDoubles(ObjectOutputStream out, double[] values) throws IOException {
    out.writeInt(values.length);
    for (double value : values) {
      out.writeDouble(value);
    }
  }

  private static double[] readDoubles(ObjectInputStream in) throws IOException {
    double[] values = new double[in.readInt()];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readDouble();
    }
    return values;
  }
}
