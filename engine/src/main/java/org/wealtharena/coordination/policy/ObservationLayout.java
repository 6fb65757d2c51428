package org.wealtharena.coordination.policy;

/**
 * The observation and action vectors of each policy role. Every feature is bounded (roughly 0..1 or
 * -1..1) so that a small network can take them as they are.
 *
 * <p>Per agent ({@link #AGENT_FEATURES} values, agents in the team's fixed order):
 *
 * <ol start="0">
 *   <li>{@link #RECENT_PNL}: tanh(PnL over the last allocation interval / reward unit)
 *   <li>{@link #EPISODE_PNL}: tanh(PnL since the episode start / (10 × reward unit))
 *   <li>{@link #CAPITAL_IN_USE}: capital in use / capital budget, halved and capped at 1
 *   <li>{@link #SUCCESS_RATE}: share of its non-cancel intents routed in the last interval (1 if
 *       none)
 *   <li>{@link #CAPITAL_SHARE}: its current share of the team's capital
 *   <li>{@link #AGGRESSIVENESS}: its current aggressiveness
 * </ol>
 *
 * then the global features: {@link #VOLATILITY} tanh(mean absolute per-step change of the marks
 * over the interval, in basis points / 10) and {@link #TIME_LEFT} (1 at the start, 0 at the end).
 *
 * <p>Roles: the meta-controller ({@code meta_controller}, hierarchical) and the planner ({@code
 * planner}, centralized) see every agent then the globals ({@link #jointObservationSize}) and write
 * three logits per agent ({@link #jointActionSize}: capital, risk, aggressiveness, see {@link
 * ActionMapping}). An independent learner (role = its agent id, decentralized) sees its own agent's
 * features then the globals ({@link #INDEPENDENT_OBSERVATION_SIZE}) and writes one aggressiveness
 * logit ({@link #INDEPENDENT_ACTION_SIZE}).
 */
public final class ObservationLayout {
  public static final int AGENT_FEATURES = 6;
  public static final int RECENT_PNL = 0;
  public static final int EPISODE_PNL = 1;
  public static final int CAPITAL_IN_USE = 2;
  public static final int SUCCESS_RATE = 3;
  public static final int CAPITAL_SHARE = 4;
  public static final int AGGRESSIVENESS = 5;

  public static final int GLOBAL_FEATURES = 2;

  /** Offset from the first global feature. */
  public static final int VOLATILITY = 0;

  public static final int TIME_LEFT = 1;

  public static final int JOINT_ACTIONS_PER_AGENT = 3;
  public static final int CAPITAL_LOGIT = 0;
  public static final int RISK_LOGIT = 1;
  public static final int AGGRESSIVENESS_LOGIT = 2;

  public static final int INDEPENDENT_OBSERVATION_SIZE = AGENT_FEATURES + GLOBAL_FEATURES;
  public static final int INDEPENDENT_ACTION_SIZE = 1;

  private ObservationLayout() {}

  public static int jointObservationSize(int agents) {
    return AGENT_FEATURES * agents + GLOBAL_FEATURES;
  }

  public static int jointActionSize(int agents) {
    return JOINT_ACTIONS_PER_AGENT * agents;
  }
}
