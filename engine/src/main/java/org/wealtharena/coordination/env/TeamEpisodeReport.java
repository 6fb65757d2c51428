package org.wealtharena.coordination.env;

import java.util.List;
import java.util.Map;
import org.wealtharena.coordination.AgentEpisodeResult;
import org.wealtharena.coordination.TeamEpisodeResult;

/**
 * Everything one episode produced: the trainer's {@link TeamEpisodeResult} and the figures {@code
 * simulate} reports.
 *
 * @param agents per trading agent, in team order (the risk manager, which trades nothing, is only
 *     in {@code result})
 * @param team the team as a whole (agentId and agentType {@code all})
 * @param conflicts conflict count by {@code conflict_type} label, every type present
 * @param efficiency share (0..1) of order intents (new orders) executed without conflict or veto
 * @param messages bus messages by {@code message_type} label, every type present
 * @param wallNanos wall time of the steps (reporting only; nothing else depends on it)
 */
public record TeamEpisodeReport(
    TeamEpisodeResult result,
    List<AgentEpisodeResult> agents,
    AgentEpisodeResult team,
    Map<String, Long> conflicts,
    double efficiency,
    Map<String, Long> messages,
    long steps,
    long wallNanos) {

  public TeamEpisodeReport {
    agents = List.copyOf(agents);
    conflicts = Map.copyOf(conflicts);
    messages = Map.copyOf(messages);
  }

  public long totalMessages() {
    return messages.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Mean wall time of one decision step (market included) in microseconds. */
  public double meanStepMicros() {
    return steps == 0 ? 0 : wallNanos / 1e3 / steps;
  }
}
