package org.wealtharena.training.trainer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.wealtharena.coordination.TeamEpisodeRunner;

/**
 * An engine as a remote one sees a batch: the shared value, the task and every outcome cross a
 * Java-serialization boundary (the shared value once per batch, as a broadcast would), and the
 * episodes run in reverse order, so nothing can lean on shared memory or on the order of tasks.
 */
final class SerializingEngine implements EpisodeEngine {

  private final TeamEpisodeRunner runner;
  private final AtomicLong sharedBytes = new AtomicLong();
  private final AtomicLong resultBytes = new AtomicLong();

  SerializingEngine(TeamEpisodeRunner runner) {
    this.runner = runner;
  }

  @Override
  public <S, T> List<EpisodePool.Outcome<T>> runAll(S shared, int count, EpisodeTask<S, T> task) {
    byte[] sharedForm = write(shared);
    sharedBytes.addAndGet(sharedForm.length);
    @SuppressWarnings("unchecked")
    S received = (S) read(sharedForm);
    @SuppressWarnings("unchecked")
    EpisodeTask<S, T> receivedTask = (EpisodeTask<S, T>) read(write(task));
    List<EpisodePool.Outcome<T>> outcomes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      outcomes.add(null);
    }
    for (int episode = count - 1; episode >= 0; episode--) {
      EpisodePool.Outcome<T> outcome;
      try {
        outcome = new EpisodePool.Outcome<>(receivedTask.run(received, episode, runner), null);
      } catch (RuntimeException e) {
        outcome = new EpisodePool.Outcome<>(null, e);
      }
      byte[] back = write(outcome);
      resultBytes.addAndGet(back.length);
      @SuppressWarnings("unchecked")
      EpisodePool.Outcome<T> returned = (EpisodePool.Outcome<T>) read(back);
      outcomes.set(episode, returned);
    }
    return outcomes;
  }

  long sharedBytes() {
    return sharedBytes.get();
  }

  long resultBytes() {
    return resultBytes.get();
  }

  private static byte[] write(Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static Object read(byte[] form) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(form))) {
      return in.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {}
}
