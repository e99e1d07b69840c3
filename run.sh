#!/usr/bin/env bash
# Builds the hub and runs it on Payara Micro at http://localhost:${PORT:-8080}.
#
#   DB_URL, DB_USER, DB_PASSWORD   PostgreSQL; without DB_URL an embedded H2 file under target/h2
#   REDIS_URL                      e.g. redis://127.0.0.1:6379 to join a cluster; without it, one node
#   PORT                           HTTP port (8080)
#   MP_JWT_VERIFY_PUBLICKEY_LOCATION, MP_JWT_VERIFY_ISSUER
#                                  who may write; defaults to the development key in server-config
#   HUB_LOG_FORMAT=json            one JSON object a log line (server-config/micro/logging-json.properties)
#   JAVA_OPTS                      extra JVM options
#   SKIP_BUILD=1                   start what is already built
set -euo pipefail
cd "$(dirname "$0")"

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true -pl web -am package
fi

PORT=${PORT:-8080}
root="target/micro-$PORT"
rm -rf "$root"
mkdir -p "$root" target/h2

if [ -n "${DB_URL:-}" ]; then
  post_boot=server-config/micro/post-boot-postgresql.asadmin
  export DB_USER=${DB_USER:-postgres}
  # "()" is how Payara spells an empty password (trust authentication).
  export DB_PASSWORD=${DB_PASSWORD:-"()"}
  echo "run.sh: database $DB_URL"
else
  post_boot=server-config/micro/post-boot-h2.asadmin
  export DB_URL="jdbc:h2:file:$PWD/target/h2/sportshub;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  echo "run.sh: DB_URL is not set: using the embedded H2 database in target/h2 (development only)"
fi
if [ -z "${REDIS_URL:-}" ]; then
  echo "run.sh: REDIS_URL is not set: running as a single node with an in-memory broker"
fi
if [ -z "${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-}" ] && [ -z "${MP_JWT_VERIFY_PUBLICKEY:-}" ]; then
  export MP_JWT_VERIFY_PUBLICKEY_LOCATION="file://$PWD/server-config/dev-keys/jwt-public.pem"
  echo "run.sh: accepting tokens signed with the DEVELOPMENT key (server-config/dev-keys); never in production"
fi

log_options=()
if [ "${HUB_LOG_FORMAT:-}" = "json" ]; then
  log_options=(--logproperties server-config/micro/logging-json.properties)
fi

# JSON-P reads jakarta.json.provider once, as the server boots; unset, every Json.createReader()
# (the MP-JWT check of each REST write makes two) searches the application's jars for a provider.
exec java -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl ${JAVA_OPTS:-} \
  -jar web/target/runtime/payara-micro.jar \
  --nohazelcast --port "$PORT" --rootdir "$root" \
  --addlibs web/target/runtime/postgresql.jar \
  --postbootcommandfile "$post_boot" \
  "${log_options[@]}" \
  --deploy web/target/sports-hub.war --contextroot /
