# syntax=docker/dockerfile:1
#
# WealthArena Agents: the `wealtharena` command with both metrics endpoints (8012, 8013).
#
#   docker build -t wealtharena-agents .
#   docker run --rm -p 8012:8012 -p 8013:8013 wealtharena-agents          # train --linger
#   docker run --rm -p 8012:8012 -p 8013:8013 wealtharena-agents serve    # any other command
#
# deploy/docker-compose.yml builds this image and runs it next to Prometheus and Grafana.

# ---- build: the shaded jar cli/target/wealtharena.jar ---------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src

# Only what the build needs: every module's pom (the reactor reads all of them) and the main
# sources of cli and the modules it depends on. Nothing from the host's target/ directories.
COPY pom.xml ./
COPY metrics/pom.xml metrics/
COPY engine/pom.xml engine/
COPY cli/pom.xml cli/
COPY cluster/pom.xml cluster/
COPY bench/pom.xml bench/
COPY deploy-tests/pom.xml deploy-tests/
COPY metrics/src/main metrics/src/main
COPY engine/src/main engine/src/main
COPY cli/src/main cli/src/main

# The local repository is a BuildKit cache: dependencies are downloaded once, not per build.
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -pl cli -am package -Dmaven.test.skip=true \
 && cp cli/target/wealtharena.jar /wealtharena.jar

# ---- runtime -------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

RUN groupadd --system wealtharena \
 && useradd --system --gid wealtharena --home-dir /app --shell /usr/sbin/nologin wealtharena \
 && mkdir -p /app && chown wealtharena:wealtharena /app
WORKDIR /app
COPY --from=build /wealtharena.jar /app/wealtharena.jar
USER wealtharena

# 8012 multi-agent training endpoint (job wealtharena_multi_agent_rl)
# 8013 specialized agents endpoint   (job wealtharena_specialized_agents)
# Both listen on all interfaces by default (--bind 0.0.0.0), as a container needs.
EXPOSE 8012 8013

# exec form: java is PID 1 and receives SIGTERM from `docker stop` directly.
ENTRYPOINT ["java", "-jar", "/app/wealtharena.jar"]
# --linger keeps the endpoints up after training, so the last values stay scrapeable.
CMD ["train", "--linger"]
