#!/usr/bin/env bash
# Sign one private Gemini exchange API request with openssl and send it with curl.
#
#   export GEMINI_API_KEY=account-...  GEMINI_API_SECRET=...   # a sandbox key
#   bash sign-request.sh                                        # POST /v1/balances
#
# GEMINI_API_BASE picks the server (default: the sandbox). GEMINI_NONCE_UNIT=seconds is for keys
# created with "Uses a time based nonce". Needs bash, curl, openssl, base64 and GNU date (for
# milliseconds; on macOS use gdate from coreutils or seconds). Other scripts source this file.
set -euo pipefail

GEMINI_API_BASE="${GEMINI_API_BASE:-https://api.sandbox.gemini.com}"
GEMINI_API_BASE="${GEMINI_API_BASE%/}"

# gemini_nonce: the time in milliseconds, or for a time-based key in seconds with a millisecond
# fraction (1700000000.123), as Gemini's own examples send (date +%s.%N). Counting whole seconds
# would either repeat a second or run ahead of the clock at more than one request per second.
gemini_nonce() {
  local ms
  ms="$(date +%s%3N)"
  if [[ "${GEMINI_NONCE_UNIT:-}" == seconds ]]; then printf '%s.%s' "${ms:0:-3}" "${ms: -3}"; else printf '%s' "$ms"; fi
}

# gemini_sign JSON: prints the base64 payload, then its HMAC-SHA384 signature in hex.
gemini_sign() {
  local payload
  payload="$(printf '%s' "$1" | base64 | tr -d '\n')" # one line, standard alphabet
  printf '%s\n' "$payload"
  # The secret is an argument here, so other users of this machine could see it in `ps`.
  printf '%s' "$payload" | openssl dgst -sha384 -hmac "$GEMINI_API_SECRET" | awk '{print $NF}'
}

# gemini_post PATH [EXTRA_JSON]: EXTRA_JSON is the parameters without braces, e.g. '"symbol":"btcusd"'.
# Prints the response body, then a last line "HTTP <status>".
gemini_post() {
  local path="$1" extra="${2:-}" nonce payload signature
  : "${GEMINI_API_KEY:?Set GEMINI_API_KEY and GEMINI_API_SECRET to a sandbox API key first.}"
  : "${GEMINI_API_SECRET:?Set GEMINI_API_KEY and GEMINI_API_SECRET to a sandbox API key first.}"
  nonce="$(gemini_nonce)"
  { read -r payload && read -r signature; } < <(
    gemini_sign "{\"request\":\"$path\",\"nonce\":$nonce${extra:+,$extra}}"
  )
  curl --silent --show-error --request POST "$GEMINI_API_BASE$path" \
    --header 'Content-Type: text/plain' \
    --header 'Content-Length: 0' \
    --header 'Cache-Control: no-cache' \
    --header "X-GEMINI-APIKEY: $GEMINI_API_KEY" \
    --header "X-GEMINI-PAYLOAD: $payload" \
    --header "X-GEMINI-SIGNATURE: $signature" \
    --write-out '\nHTTP %{http_code}\n'
  # Return only once the clock has passed this nonce, so the next call gets a larger one, even when
  # it runs in another $(…) subshell that cannot remember this one. Usually no wait at all.
  while [[ "$(gemini_nonce)" == "$nonce" ]]; do :; done
}

# Run directly (not sourced): fetch the balances once.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  response="$(gemini_post /v1/balances)"
  printf 'POST /v1/balances: %s\n%s\n' "${response##*$'\n'}" "${response%$'\n'*}"
  [[ "${response##*$'\n'}" == 'HTTP 200' ]]
fi
