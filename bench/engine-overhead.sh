#!/usr/bin/env bash
# The Spark engine's overhead per training iteration against the in-process pool (EngineOverhead),
# on local[2] or on a standalone cluster started here on 127.0.0.1 (one master, WORKERS one-core
# workers, executors in JVMs of their own, authentication and RPC encryption on).
#
#   mvn -B -q package -DskipTests
#   bench/engine-overhead.sh local [EngineOverhead options]
#   WORKERS=2 bench/engine-overhead.sh standalone [EngineOverhead options]
#
# The table goes to stdout; Spark's logs and the daemons' output to a scratch directory (printed).
# EngineOverhead options: --episodes 8,64,256 --episode-duration SECONDS --rounds N
# --iterations N --threads N. Run it under `nice -n 5` on a shared machine.
set -euo pipefail

mode="${1:?usage: $0 local|standalone [EngineOverhead options]}"
shift
root="$(cd "$(dirname "$0")/.." && pwd)"
classpath_file="$root/bench/target/engine-overhead.classpath"
[[ -f "$classpath_file" ]] || { echo "$0: $classpath_file is missing: run mvn -B -q package -DskipTests" >&2; exit 2; }
cp="$root/bench/target/classes:$(cat "$classpath_file")"
scratch="$(mktemp -d /tmp/engine-overhead.XXXXXX)"
echo "# logs in $scratch" >&2

# What Spark's launcher adds on Java 17 (org.apache.spark.launcher.JavaModuleOptions).
jvm=(-XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false
  -Dio.netty.tryReflectionSetAccessible=true)
driver=(-Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1)
export SPARK_LOCAL_IP=127.0.0.1

daemons=()
stop_daemons() {
  for pid in "${daemons[@]}"; do
    pkill -TERM -P "$pid" 2>/dev/null || true # a worker's executors
    kill "$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
}
trap stop_daemons EXIT

# Waits until $1 holds a line matching $2 (up to two minutes).
await_line() {
  for _ in $(seq 1 240); do
    grep -qs "$2" "$1" && return 0
    sleep 0.5
  done
  echo "$0: no '$2' in $1" >&2
  exit 1
}

case "$mode" in
  local)
    driver+=(-Dspark.master="local[2]")
    ;;
  standalone)
    # the workers need a Spark home whose jars/ holds Spark's jars (links suffice)
    export SPARK_HOME="$scratch/spark-home" SPARK_SCALA_VERSION=2.13
    mkdir -p "$SPARK_HOME/jars"
    tr ':' '\n' <<<"$cp" | grep '\.jar$' | while read -r jar; do
      ln -sf "$jar" "$SPARK_HOME/jars/$(basename "$jar")"
    done
    export WEALTHARENA_SPARK_SECRET="$(head -c 24 /dev/urandom | base64)"
    properties="$SPARK_HOME/cluster.properties"
    (umask 077 && printf '%s\n' spark.authenticate=true \
      "spark.authenticate.secret=$WEALTHARENA_SPARK_SECRET" spark.network.crypto.enabled=true \
      spark.master.rest.enabled=false >"$properties")
    java "${jvm[@]}" -Xmx256m -cp "$cp" org.apache.spark.deploy.master.Master --host 127.0.0.1 \
      --port 0 --webui-port 0 --properties-file "$properties" >"$scratch/master.log" 2>&1 &
    daemons+=($!)
    await_line "$scratch/master.log" "I have been elected leader"
    master="$(grep -o 'spark://127\.0\.0\.1:[0-9]*' "$scratch/master.log" | head -1)"
    for worker in $(seq 1 "${WORKERS:-2}"); do
      java "${jvm[@]}" -Xmx256m -cp "$cp" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 \
        --webui-port 0 --cores 1 --memory 640m --work-dir "$scratch/work-$worker" \
        --properties-file "$properties" "$master" >"$scratch/worker-$worker.log" 2>&1 &
      daemons+=($!)
      await_line "$scratch/worker-$worker.log" "Successfully registered with master"
    done
    driver+=(-Dspark.master="$master" -Dspark.executor.cores=1 -Dspark.executor.memory=512m
      -Dspark.executor.extraClassPath="$cp")
    ;;
  *)
    echo "$0: $mode: expected local or standalone" >&2
    exit 2
    ;;
esac

echo "# $mode, $(nproc) cores; before: $(uptime)"
java "${jvm[@]}" -Xmx1g "${driver[@]}" -cp "$cp" org.wealtharena.bench.scaleout.EngineOverhead \
  "$@" 2>"$scratch/driver.log"
echo "# after: $(uptime)"
