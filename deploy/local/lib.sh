# Shared by the deploy/local scripts: where things live and small helpers. Needs bash and a JDK 17, nothing else.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
state="$root/.sagsspor"
logs="$state/logs"
# web owns no database; it reads the other three over HTTP (its defaults point at the ports below).
SERVICES=(ingest-service meetings-service cases-service web)
declare -A PORT=([ingest-service]=8080 [meetings-service]=8081 [cases-service]=8082 [web]=8083)
# SAGSSPOR_DB_SUFFIX keeps a run's databases apart (the end-to-end test uses _e2e).
db_suffix="${SAGSSPOR_DB_SUFFIX:-}"
declare -A DATABASE=([ingest-service]=ingest$db_suffix [meetings-service]=meetings$db_suffix [cases-service]=cases$db_suffix)
PG_PORT="${SAGSSPOR_PG_PORT:-5432}"
KAFKA="127.0.0.1:${KAFKA_PORT:-9092}"
TOPICS=(meeting-published agenda-item-decided case-updated)
# The local identity provider: up.sh makes a key pair here on first start, the services trust its public key,
# token.sh signs tokens with its private key (never in the repository: .sagsspor/ is git-ignored).
jwt_dir="$state/jwt"
JWT_ISSUER="urn:sagsspor:local"
JWT_AUDIENCE="sagsspor"

pid_alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }
port_open() { { (exec 3<>"/dev/tcp/127.0.0.1/$1"); } 2>/dev/null; }

# Prints the HTTP status of a GET, using bash's /dev/tcp so that no curl is needed.
http_status() {
  local port="$1" path="$2"
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || { echo 000; return; }
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$path" >&3
  local status; read -r _ status _ <&3 || status=000
  exec 3<&- 3>&-
  echo "${status:-000}"
}

setup_classpath() {
  local support="$root/test-support/target"
  echo "$support/test-support-0.1.0-SNAPSHOT.jar:$(cat "$support/runtime.classpath"):$(cat "$support/classes/dk/sagsspor/testsupport/kafka-broker.classpath")"
}

# The token signing key pair, made unless it is there; prints a line when it made it.
ensure_keys() {
  [[ -f "$jwt_dir/private.pem" ]] && return
  java -cp "$(setup_classpath)" dk.sagsspor.testsupport.LocalSetupMain keys "$jwt_dir"
  echo "Made the token signing key pair in .sagsspor/jwt (tokens: deploy/local/token.sh)"
}

local_setup() { java -cp "$(setup_classpath)" dk.sagsspor.testsupport.LocalSetupMain "$@" 2>/dev/null; }
