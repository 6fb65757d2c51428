package org.wealtharena.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Scrapes of a loopback endpoint in the text format, and what the tests read from them. */
final class Scraped {

  private static final Pattern SAMPLE_NAME = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]");

  private Scraped() {}

  /** The body of {@code http://127.0.0.1:port/path}. */
  static String scrape(int port, String path) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as("%s on port %s", path, port).isEqualTo(200);
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The names of the samples (a histogram's _bucket, _count, _sum) in a scrape. */
  static Set<String> sampleNames(String scrape) {
    Set<String> names = new TreeSet<>();
    Matcher sample = SAMPLE_NAME.matcher(scrape);
    while (sample.find()) {
      names.add(sample.group(1));
    }
    return names;
  }

  /** Whether the family of that catalog name has a sample (a histogram: its count). */
  static boolean hasSamples(String scrape, String family) {
    Set<String> names = sampleNames(scrape);
    return names.contains(family) || names.contains(family + "_count");
  }

  /** The value of the first sample of {@code family} whose labels include {@code labels}. */
  static String sample(String scrape, String family, String labels) {
    Matcher line =
        Pattern.compile(
                "(?m)^"
                    + Pattern.quote(family)
                    + "\\{[^}]*"
                    + Pattern.quote(labels)
                    + "[^}]*} (\\S+)$")
            .matcher(scrape);
    assertThat(line.find()).as(family + "{" + labels + "} in\n" + scrape).isTrue();
    return line.group(1);
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
