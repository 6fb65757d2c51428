package org.wealtharena.market.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LedgerTest {

  @Test
  void aTradeMovesCashSharesAndFeesBetweenBuyerSellerAndVenue() {
    Ledger ledger = new Ledger(2);
    int venue = ledger.open("venue");
    int buyer = ledger.open("buyer");
    int seller = ledger.open("seller");

    // 100 shares at $10.00, buyer pays 300 micros/share, seller gets a 200 micros/share rebate.
    ledger.settle(1, buyer, seller, 100, 10_000_000, 30_000, -20_000, venue);

    assertThat(ledger.cash(buyer)).isEqualTo(-1_000_030_000L);
    assertThat(ledger.cash(seller)).isEqualTo(1_000_020_000L);
    assertThat(ledger.cash(venue)).isEqualTo(10_000);
    assertThat(ledger.position(buyer, 1)).isEqualTo(100);
    assertThat(ledger.position(seller, 1)).isEqualTo(-100);
    assertThat(ledger.position(buyer, 0)).isZero();
    assertThat(ledger.totalCash()).isZero();
    assertThat(ledger.totalPosition(1)).isZero();
    // Marked at $10.50 the buyer is up $50 minus the fee.
    assertThat(ledger.equity(buyer, new long[] {0, 10_500_000})).isEqualTo(49_970_000L);
  }

  @Test
  void accountsGrowBeyondTheInitialCapacity() {
    Ledger ledger = new Ledger(3);
    for (int i = 0; i < 100; i++) {
      assertThat(ledger.open("p" + i)).isEqualTo(i);
    }
    ledger.settle(2, 99, 0, 5, 1_000_000, 0, 0, 50);
    assertThat(ledger.position(99, 2)).isEqualTo(5);
    assertThat(ledger.name(99)).isEqualTo("p99");
    assertThat(ledger.participants()).isEqualTo(100);
  }
}
