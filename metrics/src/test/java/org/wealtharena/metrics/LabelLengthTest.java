package org.wealtharena.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wealtharena.metrics.RejectionTest.rejected;

import org.junit.jupiter.api.Test;
import org.wealtharena.metrics.testing.Scrape;

class LabelLengthTest {

  @Test
  void aLabelValueOverOneKibibyteIsRejectedAndCounted() {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics();
    String huge = "x".repeat(1_000_000);

    m.recordMarketMakerSpread(huge, "AAPL", 0.05);
    m.recordMarketMakerSpread("x".repeat(1025), "AAPL", 0.05);
    m.recordMarketMakerSpread("y".repeat(1024), "AAPL", 0.05);

    assertThat(rejected(m, "market_maker_spread", "label_too_long")).isEqualTo(2.0);
    assertThat(Scrape.points(m.registry(), "market_maker_spread")).hasSize(1);
    assertThat(Scrape.text(m.registry()).length()).isLessThan(100_000);
  }

  @Test
  void theLimitCountsUtf8Bytes() {
    SpecializedAgentMetrics m = new SpecializedAgentMetrics();
    m.recordMarketMakerSpread("mm_1", "€".repeat(342), 0.05); // 1,026 bytes in 342 chars
    m.recordMarketMakerSpread("mm_1", "€".repeat(341), 0.05); // 1,023 bytes
    assertThat(rejected(m, "market_maker_spread", "label_too_long")).isEqualTo(1.0);
    assertThat(Scrape.points(m.registry(), "market_maker_spread")).hasSize(1);
  }

  @Test
  void theLimitIsAnOptionAndStrictModeSaysWhatIsWrongWithoutQuotingItAll() {
    MultiAgentMetrics m =
        new MultiAgentMetrics(MetricsOptions.builder().strict(true).maxLabelValueBytes(16).build());
    m.recordAgentCommunication("agent_0123456789", "agent_1", "intent");
    assertThatThrownBy(() -> m.recordAgentCommunication("agent_01234567890", "agent_1", "intent"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("label_too_long", "from_agent", "17 bytes", "at most 16 bytes");
    String long1 = "z".repeat(10_000);
    assertThatThrownBy(() -> m.recordAgentCommunication(long1, "agent_1", "intent"))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .hasSizeLessThan(1_000);
  }
}
