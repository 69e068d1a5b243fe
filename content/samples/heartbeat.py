"""Keep a "Requires Heartbeat" key's session alive: Gemini cancels all of the session's open orders
when it hears nothing for 30 seconds, so this sends /v1/heartbeat every 15 seconds.

    python3 heartbeat.py      (env as for sign_request.py)

GEMINI_HEARTBEAT_ROUNDS=3 stops after three heartbeats; without it, it runs until Ctrl+C.
"""
import itertools
import os
import sys
import time

from sign_request import private_post, show

INTERVAL_SECONDS = 15  # half of Gemini's 30-second window, as its docs suggest
rounds = int(os.environ["GEMINI_HEARTBEAT_ROUNDS"]) if "GEMINI_HEARTBEAT_ROUNDS" in os.environ else None

for round_number in itertools.count(1):
    status, _, body = private_post("/v1/heartbeat")
    show(f"POST /v1/heartbeat ({round_number})", status, body)
    if status != 200:
        # Without heartbeats the open orders will be cancelled: stop loudly rather than limp on.
        sys.exit(1)
    if rounds is not None and round_number >= rounds:
        break
    time.sleep(INTERVAL_SECONDS)
