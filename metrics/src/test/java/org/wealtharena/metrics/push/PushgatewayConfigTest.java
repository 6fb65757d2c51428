package org.wealtharena.metrics.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PushgatewayConfigTest {

  @ParameterizedTest
  @CsvSource({
    "http://pushgateway:9091,        http,  pushgateway:9091",
    "HTTPS://gw.example.org:443/,    https, gw.example.org:443",
    "http://127.0.0.1:9091/prefix//, http,  127.0.0.1:9091/prefix",
    "http://[::1]:9091,              http,  [::1]:9091",
    "https://gw.example.org,         https, gw.example.org"
  })
  void acceptsHttpAndHttpsUrlsWithAnOptionalRoutePrefix(String url, String scheme, String address) {
    PushgatewayConfig config = PushgatewayConfig.builder(url).build();
    assertThat(config.scheme()).isEqualTo(scheme);
    assertThat(config.address()).isEqualTo(address);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "localhost:9091",
        "pushgateway",
        "ftp://gw:21",
        "http://",
        "http:///metrics",
        "http://user:pw@gw:9091",
        "http://gw:9091/?x=1",
        "http://gw:9091/#top",
        "http://gw :9091"
      })
  void rejectsAnythingElseNamingTheUrl(String url) {
    assertThatThrownBy(() -> PushgatewayConfig.builder(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid Pushgateway URL '" + url + "': ");
  }

  @Test
  void defaultsAreFifteenSecondsAndTheHostName() {
    PushgatewayConfig config = PushgatewayConfig.builder("http://gw:9091").build();
    assertThat(config.interval()).isEqualTo(Duration.ofSeconds(15));
    assertThat(config.instance()).isNotBlank();
    assertThat(config.basicAuth()).isEmpty();
  }

  @Test
  void passwordIsNotInToString() {
    PushgatewayConfig config =
        PushgatewayConfig.builder("http://gw:9091").basicAuth("pusher", "s3cret").build();
    assertThat(config.basicAuth().orElseThrow().toString())
        .contains("pusher")
        .doesNotContain("s3cret");
  }

  @Test
  void rejectsNegativeIntervalAndBlankInstance() {
    PushgatewayConfig.Builder builder = PushgatewayConfig.builder("http://gw:9091");
    assertThatThrownBy(() -> builder.interval(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.instance(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(builder.interval(Duration.ZERO).build().interval()).isZero();
  }
}
