#!/usr/bin/env bash
# Place a small limit order in the Gemini exchange sandbox, look it up, then cancel it.
#   bash place-and-cancel-order.sh   (env as for sign-request.sh)
source "$(dirname "${BASH_SOURCE[0]}")/sign-request.sh"

# A buy far below the market with maker-or-cancel: it rests on the book and never fills.
order="$(gemini_post /v1/order/new "\"client_order_id\":\"tutorial-$(date +%s%3N)\",\"symbol\":\"btcusd\",\"amount\":\"0.001\",\"price\":\"1.00\",\"side\":\"buy\",\"type\":\"exchange limit\",\"options\":[\"maker-or-cancel\"]")"
printf 'POST /v1/order/new:\n%s\n' "$order"
# order_id comes back as a JSON string ("123"); sed keeps only the digits.
order_id="$(printf '%s' "$order" | sed -n 's/.*"order_id": *"\{0,1\}\([0-9][0-9]*\).*/\1/p' | head -n 1)"
if [[ -z "$order_id" ]]; then
  echo 'The order was not accepted; the reason above says why.' >&2
  exit 1
fi

# It goes out as a JSON number.
printf 'POST /v1/order/status:\n%s\n' "$(gemini_post /v1/order/status "\"order_id\":$order_id")"
cancel="$(gemini_post /v1/order/cancel "\"order_id\":$order_id")"
printf 'POST /v1/order/cancel:\n%s\n' "$cancel"
[[ "${cancel##*$'\n'}" == 'HTTP 200' ]]
