package org.wealtharena.market.venue;

import java.util.ArrayList;
import java.util.List;

/** A participant that keeps what it hears, in order: copies of its fills and its order results. */
public final class RecordingListener implements ParticipantListener {
  public final List<Fill> fills = new ArrayList<>();
  public final List<OrderResult> results = new ArrayList<>();

  @Override
  public void onFill(Fill fill) {
    fills.add(fill.copy()); // the venue reuses the fill object
  }

  @Override
  public void onOrderResult(OrderResult result) {
    results.add(result);
  }
}
