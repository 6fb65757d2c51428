package org.wealtharena.market.venue;

import java.nio.ByteBuffer;
import org.wealtharena.market.Prices;
import org.wealtharena.market.book.Side;

/**
 * One execution between a resting (maker) and an incoming (taker) order. Venues reuse a single
 * instance for every fill, so listeners must {@link #copy()} a fill they want to keep.
 */
public final class Fill {
  /** Bytes {@link #writeTo} produces. */
  public static final int BINARY_SIZE = 8 + 8 + 4 + 4 + 8 + 8 + 8 + 8 + 4 + 8 + 8 + 4 + 8 + 1;

  private long sequence;
  private long timeNanos;
  private int venueIndex;
  private String venue;
  private int symbolIndex;
  private String symbol;
  private long priceTicks;
  private long priceMicros;
  private long quantity;
  private long makerOrderId;
  private int makerParticipant;
  private long makerFeeMicros;
  private long takerOrderId;
  private int takerParticipant;
  private long takerFeeMicros;
  private Side takerSide;

  Fill() {}

  void set(
      long sequence,
      long timeNanos,
      int venueIndex,
      String venue,
      int symbolIndex,
      String symbol,
      long priceTicks,
      long priceMicros,
      long quantity,
      long makerOrderId,
      int makerParticipant,
      long makerFeeMicros,
      long takerOrderId,
      int takerParticipant,
      long takerFeeMicros,
      Side takerSide) {
    this.sequence = sequence;
    this.timeNanos = timeNanos;
    this.venueIndex = venueIndex;
    this.venue = venue;
    this.symbolIndex = symbolIndex;
    this.symbol = symbol;
    this.priceTicks = priceTicks;
    this.priceMicros = priceMicros;
    this.quantity = quantity;
    this.makerOrderId = makerOrderId;
    this.makerParticipant = makerParticipant;
    this.makerFeeMicros = makerFeeMicros;
    this.takerOrderId = takerOrderId;
    this.takerParticipant = takerParticipant;
    this.takerFeeMicros = takerFeeMicros;
    this.takerSide = takerSide;
  }

  /** A detached copy that later fills do not overwrite. */
  public Fill copy() {
    Fill c = new Fill();
    c.set(
        sequence,
        timeNanos,
        venueIndex,
        venue,
        symbolIndex,
        symbol,
        priceTicks,
        priceMicros,
        quantity,
        makerOrderId,
        makerParticipant,
        makerFeeMicros,
        takerOrderId,
        takerParticipant,
        takerFeeMicros,
        takerSide);
    return c;
  }

  /**
   * The fixed binary layout used for fill digests, big-endian: sequence, time, venue index, symbol
   * index, price ticks, price micros, quantity, maker order id, maker participant, maker fee, taker
   * order id, taker participant, taker fee, taker side (0 buy, 1 sell).
   */
  public void writeTo(ByteBuffer out) {
    out.putLong(sequence).putLong(timeNanos).putInt(venueIndex).putInt(symbolIndex);
    out.putLong(priceTicks).putLong(priceMicros).putLong(quantity);
    out.putLong(makerOrderId).putInt(makerParticipant).putLong(makerFeeMicros);
    out.putLong(takerOrderId).putInt(takerParticipant).putLong(takerFeeMicros);
    out.put((byte) takerSide.ordinal());
  }

  /** Position in the market-wide fill sequence, from 0. */
  public long sequence() {
    return sequence;
  }

  public long timeNanos() {
    return timeNanos;
  }

  public int venueIndex() {
    return venueIndex;
  }

  public String venue() {
    return venue;
  }

  public int symbolIndex() {
    return symbolIndex;
  }

  public String symbol() {
    return symbol;
  }

  public long priceTicks() {
    return priceTicks;
  }

  public long priceMicros() {
    return priceMicros;
  }

  /** The price in dollars, for display. */
  public double price() {
    return Prices.toDollars(priceMicros);
  }

  public long quantity() {
    return quantity;
  }

  public long makerOrderId() {
    return makerOrderId;
  }

  public int makerParticipant() {
    return makerParticipant;
  }

  public long makerFeeMicros() {
    return makerFeeMicros;
  }

  public long takerOrderId() {
    return takerOrderId;
  }

  public int takerParticipant() {
    return takerParticipant;
  }

  public long takerFeeMicros() {
    return takerFeeMicros;
  }

  public Side takerSide() {
    return takerSide;
  }

  public int buyer() {
    return takerSide == Side.BUY ? takerParticipant : makerParticipant;
  }

  public int seller() {
    return takerSide == Side.BUY ? makerParticipant : takerParticipant;
  }

  /** The side {@code participant} traded on; for a self-trade, the taker's side. */
  public Side sideOf(int participant) {
    return participant == takerParticipant ? takerSide : takerSide.opposite();
  }

  /** Fee {@code participant} paid on this fill (negative: a rebate). */
  public long feeOf(int participant) {
    return participant == takerParticipant ? takerFeeMicros : makerFeeMicros;
  }

  /** The id of {@code participant}'s order in this fill. */
  public long orderIdOf(int participant) {
    return participant == takerParticipant ? takerOrderId : makerOrderId;
  }

  @Override
  public String toString() {
    return "Fill#"
        + sequence
        + "{"
        + venue
        + " "
        + symbol
        + " "
        + quantity
        + "@"
        + price()
        + " taker "
        + takerParticipant
        + " "
        + takerSide
        + " #"
        + takerOrderId
        + ", maker "
        + makerParticipant
        + " #"
        + makerOrderId
        + ", t="
        + timeNanos
        + "ns}";
  }
}
