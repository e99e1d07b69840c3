#!/usr/bin/env bash
# Prepares a running Payara Server domain for sports-hub.ear, then restarts it:
#   - the PostgreSQL driver in the domain's lib (add-library),
#   - the connection pool and the jdbc/sportshub resource the persistence units use,
#   - MicroProfile Config at domain level: JWT issuer and verification key, Redis address,
#   - JVM options.
# Afterwards: asadmin deploy sports-hub.ear
#
# Environment:
#   PAYARA_HOME    the Payara Server installation (bin/asadmin)               required
#   ASADMIN_ARGS   options for asadmin itself, e.g. "--port 4848 --user admin --passwordfile f"
#   DOMAIN_ARGS    options naming the domain for restart-domain, e.g. "--domaindir d mydomain"
#   DRIVER_JAR     the PostgreSQL JDBC driver jar                              required
#   DB_URL         jdbc:postgresql://host:5432/db                              required
#   DB_USER        (postgres)       DB_PASSWORD  (empty)
#   MP_JWT_VERIFY_PUBLICKEY_LOCATION  or  MP_JWT_VERIFY_PUBLICKEY              one of them required
#   MP_JWT_VERIFY_ISSUER              (https://sports-hub.dev)
#   REDIS_URL      redis://host:6379 for a cluster; unset for a single node
#   HUB_ODDS_PUBLISHER_AUTOSTART, HUB_RACING_SIMULATOR_AUTOSTART, HUB_MATCHES_SIMULATOR_AUTOSTART
#                  false to keep the odds feed or a simulator from starting
#   HUB_HEAP       maximum heap (1g)
set -euo pipefail

: "${PAYARA_HOME:?set PAYARA_HOME}" "${DRIVER_JAR:?set DRIVER_JAR}" "${DB_URL:?set DB_URL}"
if [ -z "${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-}" ] && [ -z "${MP_JWT_VERIFY_PUBLICKEY:-}" ]; then
  echo "set MP_JWT_VERIFY_PUBLICKEY_LOCATION or MP_JWT_VERIFY_PUBLICKEY: the key that signs tokens" >&2
  exit 2
fi

# shellcheck disable=SC2086 # ASADMIN_ARGS is a list of options
asadmin() { "$PAYARA_HOME/bin/asadmin" ${ASADMIN_ARGS:-} "$@"; }
config() { asadmin set-config-property --source=domain --propertyName="$1" --propertyValue="$2"; }

asadmin add-library --type common "$DRIVER_JAR"

asadmin create-jdbc-connection-pool \
  --datasourceclassname=org.postgresql.ds.PGSimpleDataSource --restype=javax.sql.DataSource \
  --steadypoolsize=4 --maxpoolsize=64 --isconnectvalidatereq=true --validateatmostonceperiod=5 \
  --validationmethod=custom-validation \
  --validationclassname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation \
  --failconnection=true sportshub-pool
# `set` takes a URL whole; --property would split it at its colons. "()" is an empty password.
asadmin set "resources.jdbc-connection-pool.sportshub-pool.property.url=$DB_URL"
asadmin set "resources.jdbc-connection-pool.sportshub-pool.property.user=${DB_USER:-postgres}"
asadmin set "resources.jdbc-connection-pool.sportshub-pool.property.password=${DB_PASSWORD:-()}"
# One multi-row INSERT per JDBC batch (EclipseLink batches a transaction's writes).
asadmin set "resources.jdbc-connection-pool.sportshub-pool.property.reWriteBatchedInserts=true"
asadmin create-jdbc-resource --connectionpoolid=sportshub-pool jdbc/sportshub

config mp.jwt.verify.issuer "${MP_JWT_VERIFY_ISSUER:-https://sports-hub.dev}"
if [ -n "${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-}" ]; then
  config mp.jwt.verify.publickey.location "$MP_JWT_VERIFY_PUBLICKEY_LOCATION"
else
  config mp.jwt.verify.publickey "$MP_JWT_VERIFY_PUBLICKEY"
fi
if [ -n "${REDIS_URL:-}" ]; then
  config redis.url "$REDIS_URL"
fi
# The odds feed the hub runs itself (the simulator unless THE_ODDS_API_KEY is set); on by default.
if [ -n "${HUB_ODDS_PUBLISHER_AUTOSTART:-}" ]; then
  config hub.odds.publisher.autostart "$HUB_ODDS_PUBLISHER_AUTOSTART"
fi
# The match simulator (a made-up league, so that live football shows); on by default.
if [ -n "${HUB_MATCHES_SIMULATOR_AUTOSTART:-}" ]; then
  config hub.matches.simulator.autostart "$HUB_MATCHES_SIMULATOR_AUTOSTART"
fi
# The race-day simulator (meetings, races through their lifecycle, prices, results); on by default.
if [ -n "${HUB_RACING_SIMULATOR_AUTOSTART:-}" ]; then
  config hub.racing.simulator.autostart "$HUB_RACING_SIMULATOR_AUTOSTART"
fi

asadmin delete-jvm-options -Xmx512m || true
asadmin create-jvm-options "-Xmx${HUB_HEAP:-1g}"
# JSON-P reads this once, at boot; without it every JSON-P call (two per authenticated REST request,
# in the MP-JWT check) searches the application's jars for a provider.
asadmin create-jvm-options "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl" || true

# shellcheck disable=SC2086 # DOMAIN_ARGS is a list of options
asadmin restart-domain ${DOMAIN_ARGS:-}
