package org.wealtharena.market.realism;

/**
 * One row of the stylized-facts table.
 *
 * @param measured the value as printed
 * @param realRange what real markets show, with its source
 * @param pass whether the measured value lies in the real range; null when the data cannot show it
 */
public record Fact(String name, String measured, String realRange, Boolean pass) {

  public String verdict() {
    return pass == null ? "n/a" : pass ? "pass" : "FAIL";
  }
}
