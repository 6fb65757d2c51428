package org.wealtharena.market.sim;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.wealtharena.market.venue.Fill;
import org.wealtharena.market.venue.FillListener;

/**
 * SHA-256 over the ordered fill sequence, each fill in {@link Fill#writeTo}'s fixed layout: two
 * runs agree on it exactly when they produced the same fills in the same order.
 */
public final class FillDigest implements FillListener {
  private final MessageDigest sha256;
  private final ByteBuffer buffer = ByteBuffer.allocate(Fill.BINARY_SIZE);
  private long fills;

  public FillDigest() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public void onFill(Fill fill) {
    buffer.clear();
    fill.writeTo(buffer);
    sha256.update(buffer.array(), 0, buffer.position());
    fills++;
  }

  public long fills() {
    return fills;
  }

  /** The hex digest of the fills so far. */
  public String hex() {
    try {
      return HexFormat.of().formatHex(((MessageDigest) sha256.clone()).digest());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digests are cloneable", e);
    }
  }
}
