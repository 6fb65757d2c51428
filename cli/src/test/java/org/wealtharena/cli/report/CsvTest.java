package org.wealtharena.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void quotesOnlyWhatRfc4180Requires() {
    assertThat(Csv.field("plain")).isEqualTo("plain");
    assertThat(Csv.field("")).isEqualTo("");
    assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(Csv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
    assertThat(Csv.field(" spaced ")).isEqualTo(" spaced ");
  }

  @Test
  void linesEndWithCrlf() {
    assertThat(Csv.of(List.of("name", "value"), List.of(List.of("x,y", "1"), List.of("z", "2"))))
        .isEqualTo("name,value\r\n\"x,y\",1\r\nz,2\r\n");
  }
}
