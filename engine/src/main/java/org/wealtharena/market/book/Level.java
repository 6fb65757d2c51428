package org.wealtharena.market.book;

/** One price level of a depth snapshot. */
public record Level(long priceTicks, long quantity) {}
