#!/usr/bin/env bash
# A single-node Apache Kafka 4.1 broker (KRaft) on localhost:9092 for local development, from Maven Central:
# no Docker, only a JDK. Data and log live under .sagsspor/kafka (git-ignored).
#   deploy/local/kafka.sh start | stop | status
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
state="$root/.sagsspor/kafka"
port="${KAFKA_PORT:-9092}"
controller_port="${KAFKA_CONTROLLER_PORT:-9093}"
classpath_file="$root/test-support/target/classes/dk/sagsspor/testsupport/kafka-broker.classpath"

running() { [[ -f "$state/pid" ]] && kill -0 "$(cat "$state/pid")" 2>/dev/null; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

start() {
  if running; then echo "Kafka already running (pid $(cat "$state/pid")) on localhost:$port"; return; fi
  if [[ ! -f "$classpath_file" ]]; then
    echo "Building the broker classpath (test-support)..."
    (cd "$root" && ./mvnw -q -pl test-support -am package -DskipTests)
  fi
  mkdir -p "$state/data"
  cat > "$state/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=$state/data
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
auto.create.topics.enable=true
group.initial.rebalance.delay.ms=0
PROPS
  local cp; cp="$(cat "$classpath_file")"
  if [[ ! -f "$state/data/meta.properties" ]]; then
    java -cp "$cp" kafka.tools.StorageTool format -t "$(java -cp "$cp" kafka.tools.StorageTool random-uuid)" \
      -c "$state/server.properties" > "$state/format.log" 2>&1
  fi
  nohup java -Xms64m -Xmx512m -cp "$cp" kafka.Kafka "$state/server.properties" > "$state/kafka.log" 2>&1 &
  echo $! > "$state/pid"
  for _ in $(seq 1 120); do
    if port_open; then echo "Kafka running (pid $(cat "$state/pid")) on localhost:$port; log: $state/kafka.log"; return; fi
    running || { echo "Kafka failed to start; see $state/kafka.log" >&2; tail -20 "$state/kafka.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "Kafka did not open port $port within 60 s; see $state/kafka.log" >&2; exit 1
}

stop() {
  if ! running; then echo "Kafka not running"; rm -f "$state/pid"; return; fi
  local pid; pid="$(cat "$state/pid")"
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || { rm -f "$state/pid"; echo "Kafka stopped"; return; }; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true; rm -f "$state/pid"; echo "Kafka killed after 30 s"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running (pid $(cat "$state/pid")) on localhost:$port"; else echo "not running"; exit 3; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 64 ;;
esac
