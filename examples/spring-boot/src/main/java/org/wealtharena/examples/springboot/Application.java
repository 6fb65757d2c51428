package org.wealtharena.examples.springboot;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.wealtharena.metrics.MultiAgentMetrics;
import org.wealtharena.metrics.SpecializedAgentMetrics;

/**
 * Both WealthArena endpoints record into the PrometheusRegistry that Spring Boot Actuator creates
 * for Micrometer, so /actuator/prometheus serves their families next to Micrometer's.
 */
@SpringBootApplication
public class Application {

  public static void main(String[] args) {
    SpringApplication.run(Application.class, args);
  }

  @Bean
  MultiAgentMetrics multiAgentMetrics(PrometheusRegistry registry) {
    return new MultiAgentMetrics(registry);
  }

  @Bean
  SpecializedAgentMetrics specializedAgentMetrics(PrometheusRegistry registry) {
    return new SpecializedAgentMetrics(registry);
  }
}
