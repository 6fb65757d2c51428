package org.wealtharena.training.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.wealtharena.agents.DefaultTeam;
import org.wealtharena.coordination.CoordinationType;
import org.wealtharena.coordination.TeamEpisodeRunner;
import org.wealtharena.coordination.coordinator.TeamObserver;
import org.wealtharena.coordination.env.TeamConfig;
import org.wealtharena.coordination.env.TeamEnvironment;
import org.wealtharena.market.SimulationClock;
import org.wealtharena.market.sim.MarketConfig;
import org.wealtharena.market.venue.Fill;
import org.wealtharena.metrics.MetricsOptions;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;
import org.wealtharena.metrics.testing.Scrape;
import org.wealtharena.training.ppo.PpoConfig;

/**
 * While a training iteration runs 8 episodes in parallel, the gauges of one world come from the
 * watched episode (slot 0) only: mm-1's inventory gauge, polled through the registry as fast as it
 * will go, only ever shows positions the watched world's mm-1 really held, in the order it held
 * them, and ends on the last watched episode's final position.
 */
class WatchedEpisodeGaugesTest {

  private static final String MM = DefaultTeam.MARKET_MAKER_ID;

  /** mm-1's position in one symbol after each of its fills, from 0, in one episode. */
  private static final class PositionRecord implements TeamObserver {
    final String symbol;
    final List<Long> positions = new ArrayList<>(List.of(0L));
    long position;

    PositionRecord(String symbol) {
      this.symbol = symbol;
    }

    @Override
    public void onFill(Fill fill, String buyerAgent, String sellerAgent) {
      if (!fill.symbol().equals(symbol)) {
        return;
      }
      long before = position;
      position += MM.equals(buyerAgent) ? fill.quantity() : 0;
      position -= MM.equals(sellerAgent) ? fill.quantity() : 0;
      if (position != before) {
        positions.add(position);
      }
    }
  }

  @Test
  void inventoryGaugeFollowsTheWatchedEpisodeOnly() throws Exception {
    MarketConfig market = MarketConfig.defaultMarket();
    String symbol = market.symbolNames().get(0);
    MultiAgentMetrics multiAgent =
        new MultiAgentMetrics(MetricsOptions.builder().strict(true).build());
    SpecializedAgentMetrics specialized =
        new SpecializedAgentMetrics(MetricsOptions.builder().strict(true).build());
    TeamEnvironment environment =
        new TeamEnvironment(market, TeamConfig.defaults(), multiAgent, specialized);
    // every watched episode's record, in the order they ran (one per iteration, one at a time)
    ConcurrentLinkedQueue<PositionRecord> watched = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Long> unwatchedFinals = new ConcurrentLinkedQueue<>();
    TeamEpisodeRunner runner =
        (spec, policies) -> {
          PositionRecord record = new PositionRecord(symbol);
          if (spec.watched()) {
            watched.add(record);
          }
          var result = environment.runDetailed(spec, policies, record).result();
          if (!spec.watched()) {
            unwatchedFinals.add(record.position);
          }
          return result;
        };
    TrainerSettings settings =
        new TrainerSettings(
            "watched-gauges",
            CoordinationType.HIERARCHICAL,
            3,
            8,
            11,
            0,
            1800 * SimulationClock.SECOND,
            SimulationClock.SECOND,
            PpoConfig.builder().build());
    Trainer trainer =
        new Trainer(
            settings, multiAgent.coordination(settings.coordination().label()), Optional.empty());

    List<Double> polled = new ArrayList<>();
    AtomicBoolean done = new AtomicBoolean();
    Thread poller =
        new Thread(
            () -> {
              Double last = null;
              while (!done.get()) {
                OptionalDouble value = inventory(specialized, symbol);
                if (value.isPresent() && !Double.valueOf(value.getAsDouble()).equals(last)) {
                  last = value.getAsDouble();
                  polled.add(last);
                }
                LockSupport.parkNanos(100_000); // pacing of the poll, not synchronisation
              }
            },
            "inventory-poller");
    poller.start();
    try (EpisodePool pool = new EpisodePool(4, runner)) {
      trainer.run(pool, Optional.empty(), TrainingListener.NONE);
    } finally {
      done.set(true);
      poller.join();
    }

    List<Long> watchedPositions = new ArrayList<>();
    watched.forEach(record -> watchedPositions.addAll(record.positions));
    assertThat(watched).hasSize(3);
    // the test could tell a foreign world apart: the other episodes ended elsewhere
    long lastWatched = watched.stream().reduce((a, b) -> b).orElseThrow().position;
    assertThat(unwatchedFinals).hasSize(3 * 7).anyMatch(position -> position != lastWatched);
    assertThat(inventory(specialized, symbol)).hasValue(lastWatched);
    // every polled value is a position of the watched world, in the order the world held them
    int at = 0;
    for (double value : polled) {
      int found = -1;
      for (int i = at; i < watchedPositions.size(); i++) {
        if (watchedPositions.get(i) == value) {
          found = i;
          break;
        }
      }
      assertThat(found)
          .as("polled %s after position #%d of the watched record %s", value, at, watchedPositions)
          .isNotNegative();
      at = found;
    }
    assertThat(polled).isNotEmpty();
  }

  private static OptionalDouble inventory(SpecializedAgentMetrics metrics, String symbol) {
    return Scrape.value(
        metrics.registry(), "market_maker_inventory", "agent_id", MM, "symbol", symbol);
  }
}
