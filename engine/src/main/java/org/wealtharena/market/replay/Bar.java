package org.wealtharena.market.replay;

import java.time.LocalDateTime;

/**
 * One OHLCV bar, prices in dollars (already scaled by Adj Close / Close when the file has an Adj
 * Close column). Daily bars have a start time of midnight. {@code line} is where it came from.
 */
public record Bar(
    LocalDateTime start,
    double open,
    double high,
    double low,
    double close,
    double volume,
    int line) {}
