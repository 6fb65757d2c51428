package org.wealtharena.training.trainer;

/** Hears how a run goes (progress bars, logs); called on the thread that runs the trainer. */
public interface TrainingListener {

  TrainingListener NONE = new TrainingListener() {};

  /**
   * Before the first iteration; {@code firstIteration} is 1, or the one after a resumed
   * checkpoint's.
   */
  default void started(int firstIteration, int lastIteration) {}

  default void iterationFinished(IterationSummary iteration) {}

  /** After the last iteration, or when the run failed. */
  default void finished() {}
}
