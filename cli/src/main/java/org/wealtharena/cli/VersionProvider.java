package org.wealtharena.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar manifest, so it is never out of date. */
final class VersionProvider implements IVersionProvider {

  /** The version, or {@code development} when not run from the jar. */
  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"wealtharena " + version()};
  }
}
