package org.wealtharena.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wealtharena.coordination.TeamEnvironments.environment;
import static org.wealtharena.coordination.TeamEnvironments.spec;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.wealtharena.coordination.env.TeamEnvironment;
import org.wealtharena.coordination.policy.HeuristicPolicies;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.metrics.MultiAgentMetrics;

/** TeamEpisodeRunner.run depends on the spec and the policies only: not on calls, nor threads. */
class TeamEpisodeDeterminismTest {
  private final TeamEnvironment environment = environment(new MultiAgentMetrics());

  private TeamEpisodeResult run(CoordinationType type, long seed) {
    return environment.run(spec(type, seed, 5 * SimulationClock.MINUTE), new HeuristicPolicies());
  }

  @Test
  void theSameSpecGivesTheSameResultAcrossCalls() {
    for (CoordinationType type : CoordinationType.values()) {
      assertThat(run(type, 21)).as(type.label()).isEqualTo(run(type, 21));
    }
    assertThat(run(CoordinationType.HIERARCHICAL, 21))
        .isNotEqualTo(run(CoordinationType.HIERARCHICAL, 22));
  }

  @Test
  void episodesOnTwoThreadsGiveWhatTheyGiveOneAfterTheOther() throws Exception {
    List<CoordinationType> types = List.of(CoordinationType.values());
    List<TeamEpisodeResult> sequential =
        IntStream.range(0, 4).mapToObj(i -> run(types.get(i % types.size()), 30 + i)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<TeamEpisodeResult>> futures =
          IntStream.range(0, 4)
              .mapToObj(i -> pool.submit(() -> run(types.get(i % types.size()), 30 + i)))
              .toList();
      for (int i = 0; i < 4; i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
