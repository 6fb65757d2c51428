package org.wealtharena.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Spring Boot block of docs/integration-guide.md is this example's Application.java, so the
 * recipe the guide prints is the one the Actuator test runs.
 */
class GuideRecipeTest {

  private static final Path GUIDE = Path.of("../../docs/integration-guide.md");
  private static final Pattern SPRING_BOOT_BLOCK =
      Pattern.compile("```java spring-boot\n(.*?)```", Pattern.DOTALL);

  @Test
  void theGuidesSpringBootBlockIsThisApplication() throws Exception {
    // Outside the WealthArena repository (a copy of this example) there is no guide to compare.
    assumeTrue(Files.exists(GUIDE) || "true".equalsIgnoreCase(System.getenv("CI")));
    Matcher block = SPRING_BOOT_BLOCK.matcher(Files.readString(GUIDE));

    assertThat(block.find()).as("a ```java spring-boot block in " + GUIDE).isTrue();
    assertThat(block.group(1))
        .isEqualTo(
            Files.readString(
                Path.of("src/main/java/org/wealtharena/examples/springboot/Application.java")));
  }
}
