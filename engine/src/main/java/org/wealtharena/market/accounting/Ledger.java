package org.wealtharena.market.accounting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cash (integer micro-dollars) and share positions of every participant, venues included. Everyone
 * starts flat at zero and may go negative (borrowing, short selling); a trade only moves cash and
 * shares between its buyer, its seller and the venue that charges the fees, so the sums over all
 * participants stay exactly zero. Participant ids are dense ints handed out by {@link #open}.
 */
public final class Ledger {
  private final int symbols;
  private final List<String> names = new ArrayList<>();
  private long[] cash = new long[16];

  /** Positions flattened as {@code participant * symbols + symbol}. */
  private long[] positions;

  public Ledger(int symbols) {
    this.symbols = symbols;
    this.positions = new long[16 * symbols];
  }

  /** Opens an account and returns its participant id. */
  public int open(String name) {
    int id = names.size();
    names.add(name);
    if (id == cash.length) {
      cash = Arrays.copyOf(cash, id * 2);
      positions = Arrays.copyOf(positions, id * 2 * symbols);
    }
    return id;
  }

  /**
   * Books one trade: the buyer pays {@code quantity * priceMicros} plus its fee, the seller
   * receives it minus its fee, the venue account receives both fees (a negative fee is a rebate the
   * venue pays).
   */
  public void settle(
      int symbol,
      int buyer,
      int seller,
      long quantity,
      long priceMicros,
      long buyerFeeMicros,
      long sellerFeeMicros,
      int venueAccount) {
    long notional = quantity * priceMicros;
    cash[buyer] -= notional + buyerFeeMicros;
    cash[seller] += notional - sellerFeeMicros;
    cash[venueAccount] += buyerFeeMicros + sellerFeeMicros;
    positions[buyer * symbols + symbol] += quantity;
    positions[seller * symbols + symbol] -= quantity;
  }

  public long cash(int participant) {
    return cash[participant];
  }

  public long position(int participant, int symbol) {
    return positions[participant * symbols + symbol];
  }

  public int participants() {
    return names.size();
  }

  public String name(int participant) {
    return names.get(participant);
  }

  /** Sum of all cash; zero unless something is broken. */
  public long totalCash() {
    long sum = 0;
    for (int p = 0; p < names.size(); p++) {
      sum += cash[p];
    }
    return sum;
  }

  /** Sum of all positions in one symbol; zero unless something is broken. */
  public long totalPosition(int symbol) {
    long sum = 0;
    for (int p = 0; p < names.size(); p++) {
      sum += positions[p * symbols + symbol];
    }
    return sum;
  }

  /** Mark-to-market value in micro-dollars: cash plus positions at the given prices. */
  public long equity(int participant, long[] markPricesMicros) {
    long value = cash[participant];
    for (int s = 0; s < symbols; s++) {
      value += positions[participant * symbols + s] * markPricesMicros[s];
    }
    return value;
  }
}
