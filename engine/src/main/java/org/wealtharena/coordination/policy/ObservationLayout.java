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
 *   <li>{@link #INVENTORY}: tanh(net exposure / capital budget), signed (long positive)
 *   <li>{@link #MARKOUT}: tanh(markout of the last interval's fills / reward unit): what they
 *       earned from their prices to the marks now, net of fees (the PnL change less what the
 *       position held at the interval's start made as the marks moved)
 * </ol>
 *
 * then the global features, what a desk watches (each over the last interval's decision steps):
 *
 * <ol start="0">
 *   <li>{@link #VOLATILITY}: tanh(mean absolute per-step change of the marks, basis points)
 *   <li>{@link #MARKET_RETURN}: tanh(mean log return of the marks over the interval, in units of
 *       {@value #RETURN_SCALE_BPS} basis points)
 *   <li>{@link #TREND}: the same over the last {@value #TREND_INTERVALS} intervals, exponentially
 *       weighted
 *   <li>{@link #SPREAD}: tanh(mean quoted spread / mid, basis points / {@value #SPREAD_SCALE_BPS})
 *   <li>{@link #BOOK_IMBALANCE}: mean over books of (bid size - ask size) / (bid size + ask size)
 *       at the touch, the order-flow pressure the quotes show (-1..1)
 *   <li>{@link #TIME_OF_DAY}: share of the trading session elapsed (0 at the open, 1 at the close)
 *   <li>{@link #TIME_LEFT}: share of the episode left (1 at the start, 0 at the end)
 *   <li>{@link #ACTIVITY}: tanh(trades per book per second of market time / {@value
 *       #ACTIVITY_SCALE_TRADES_PER_SECOND}), how busy the tape is
 * </ol>
 *
 * <p>Roles: the meta-controller ({@code meta_controller}, hierarchical) and the planner ({@code
 * planner}, centralized) see every agent then the globals ({@link #jointObservationSize}) and write
 * three logits per agent ({@link #jointActionSize}: capital, risk, aggressiveness, see {@link
 * ActionMapping}). An independent learner (role = its agent id, decentralized) sees its own agent's
 * features then the globals ({@link #INDEPENDENT_OBSERVATION_SIZE}) and writes one aggressiveness
 * logit ({@link #INDEPENDENT_ACTION_SIZE}).
 */
public final class ObservationLayout {
  public static final int AGENT_FEATURES = 8;
  public static final int RECENT_PNL = 0;
  public static final int EPISODE_PNL = 1;
  public static final int CAPITAL_IN_USE = 2;
  public static final int SUCCESS_RATE = 3;
  public static final int CAPITAL_SHARE = 4;
  public static final int AGGRESSIVENESS = 5;
  public static final int INVENTORY = 6;
  public static final int MARKOUT = 7;

  public static final int GLOBAL_FEATURES = 8;

  /** Offsets from the first global feature. */
  public static final int VOLATILITY = 0;

  public static final int MARKET_RETURN = 1;
  public static final int TREND = 2;
  public static final int SPREAD = 3;
  public static final int BOOK_IMBALANCE = 4;
  public static final int TIME_OF_DAY = 5;
  public static final int TIME_LEFT = 6;
  public static final int ACTIVITY = 7;

  /** Basis points of return that map to tanh(1). */
  public static final double RETURN_SCALE_BPS = 10;

  /** Basis points of spread that map to tanh(1). */
  public static final double SPREAD_SCALE_BPS = 5;

  /** Trades per book per second of market time that map to tanh(1). */
  public static final double ACTIVITY_SCALE_TRADES_PER_SECOND = 20;

  /** Intervals the {@link #TREND} feature looks back over (its EWMA's span). */
  public static final int TREND_INTERVALS = 3;

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
