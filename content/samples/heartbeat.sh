#!/usr/bin/env bash
# Keep a "Requires Heartbeat" key's session alive: Gemini cancels all of the session's open orders
# when it hears nothing for 30 seconds, so this sends /v1/heartbeat every 15 seconds.
#   bash heartbeat.sh      (env as for sign-request.sh)
# GEMINI_HEARTBEAT_ROUNDS=3 stops after three heartbeats; without it, it runs until Ctrl+C.
source "$(dirname "${BASH_SOURCE[0]}")/sign-request.sh"

round=1
while :; do
  response="$(gemini_post /v1/heartbeat)"
  printf 'POST /v1/heartbeat (%d):\n%s\n' "$round" "$response"
  # Without heartbeats the open orders will be cancelled: stop loudly rather than limp on.
  [[ "${response##*$'\n'}" == 'HTTP 200' ]] || exit 1
  if [[ -n "${GEMINI_HEARTBEAT_ROUNDS:-}" ]] && ((round >= GEMINI_HEARTBEAT_ROUNDS)); then break; fi
  round=$((round + 1))
  sleep 15 # half of Gemini's 30-second window, as its docs suggest
done
