#!/usr/bin/env bash
# Prints an access token: for a demo user (password grant through the public billing-cli client),
# or for a client (client credentials): ehr-partner-1, ehr-partner-2, clearinghouse-simulator.
set -euo pipefail
name="${1:?usage: token.sh USER|CLIENT  (alice-biller, bob-biller, carol-admin, olga-ops, ehr-partner-1, ehr-partner-2)}"
url="http://127.0.0.1:${KEYCLOAK_PORT:-8180}/realms/billing/protocol/openid-connect/token"
case "$name" in
  ehr-partner-1) form=(-d grant_type=client_credentials -d client_id=ehr-partner-1 -d "client_secret=${EHR_PARTNER_1_SECRET:-ehr-partner-1-secret}") ;;
  ehr-partner-2) form=(-d grant_type=client_credentials -d client_id=ehr-partner-2 -d "client_secret=${EHR_PARTNER_2_SECRET:-ehr-partner-2-secret}") ;;
  clearinghouse-simulator) form=(-d grant_type=client_credentials -d client_id=clearinghouse-simulator -d "client_secret=${CLEARINGHOUSE_CLIENT_SECRET:-clearinghouse-secret}") ;;
  *) form=(-d grant_type=password -d client_id=billing-cli -d "username=$name" -d "password=${PASSWORD:-${name%%-*}}") ;;
esac
response=$(curl -fsS "$url" "${form[@]}") || { echo "token.sh: Keycloak refused $name (is the platform up?)" >&2; exit 1; }
printf '%s\n' "$response" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
