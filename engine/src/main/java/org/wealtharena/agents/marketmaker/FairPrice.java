package org.wealtharena.agents.marketmaker;

/** The price a market maker quotes around, before its inventory skew. */
public enum FairPrice {
  /** The quoting venue's mid. */
  MID,
  /** The quoting venue's size-weighted micro-price: it leans towards the thinner side. */
  MICRO_PRICE,
  /**
   * The micro-price moved by the consolidated mark's distance from the venue's mid: what the other
   * venues quote is information, as a practitioner quoting around the consolidated mid uses it.
   */
  CONSOLIDATED_MICRO_PRICE
}
