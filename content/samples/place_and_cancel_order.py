"""Place a small limit order in the Gemini exchange sandbox, look it up, then cancel it.

    python3 place_and_cancel_order.py   (env as for sign_request.py)
"""
import sys
import time

from sign_request import private_post, show

# A buy far below the market with maker-or-cancel: it rests on the book and never fills.
status, _, order = private_post(
    "/v1/order/new",
    {
        "client_order_id": f"tutorial-{int(time.time() * 1000)}",
        "symbol": "btcusd",
        "amount": "0.001",
        "price": "1.00",
        "side": "buy",
        "type": "exchange limit",
        "options": ["maker-or-cancel"],
    },
)
show("POST /v1/order/new", status, order)
order_id = order.get("order_id") if isinstance(order, dict) else None
if status != 200 or not order_id:
    sys.exit("The order was not accepted; the reason above says why.")

# order_id comes back as a string but goes out as a JSON number.
status, _, found = private_post("/v1/order/status", {"order_id": int(order_id)})
show("POST /v1/order/status", status, found)
status, _, cancel = private_post("/v1/order/cancel", {"order_id": int(order_id)})
show("POST /v1/order/cancel", status, cancel)
sys.exit(0 if status == 200 else 1)
