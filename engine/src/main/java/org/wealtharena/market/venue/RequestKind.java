package org.wealtharena.market.venue;

public enum RequestKind {
  NEW,
  CANCEL,
  REPLACE
}
