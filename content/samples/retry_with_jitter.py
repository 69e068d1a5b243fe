"""Survive the Gemini exchange API's rate limit and brief outages: retry HTTP 429 (rate limited),
502 (technical issues) and 503 (maintenance) with capped exponential backoff and full jitter, and
optionally pace requests so the limit is rarely hit at all.

    python3 retry_with_jitter.py   (env as for sign_request.py, which must sit in the same folder)

GEMINI_DEMO_REQUESTS (default 20) balance requests go out back to back; set
GEMINI_REQUESTS_PER_SECOND=5 to pace them at Gemini's recommended private rate instead.
"""
import os
import random
import sys
import time

from sign_request import private_post


def backoff_delay(retry, base=0.5, cap=30.0):
    """Before retry n (1, 2, 3, ...) wait a random time up to min(cap, base * 2**(n-1)): "full jitter"."""
    return random.uniform(0, min(cap, base * 2 ** (retry - 1)))


def retry_after_seconds(headers):
    """Seconds from a Retry-After header, if the server sent one (Gemini does not document it)."""
    try:
        return max(0.0, float(headers.get("Retry-After") or 0))
    except ValueError:
        return 0.0


RETRYABLE_STATUSES = {429, 502, 503}  # rate limited, technical issues, maintenance


def with_retry(send, max_attempts=6, on_retry=None):
    """Calls send() until its status is not retryable or max_attempts is used up (then returns the
    last answer). send() must sign afresh on every call: a retry needs a new, higher nonce.
    A 502 or 503 after /v1/order/new may still have placed the order: look it up by
    client_order_id before you place it again."""
    attempt = 1
    while True:
        status, headers, body = send()
        if status not in RETRYABLE_STATUSES or attempt >= max_attempts:
            return status, headers, body
        wait = max(backoff_delay(attempt), retry_after_seconds(headers))
        if on_retry:
            on_retry(attempt, wait, status)
        time.sleep(wait)
        attempt += 1


if __name__ == "__main__":
    total = int(os.environ.get("GEMINI_DEMO_REQUESTS", "20"))
    per_second = float(os.environ.get("GEMINI_REQUESTS_PER_SECOND", "0"))
    ok = retries = 0
    for n in range(1, total + 1):

        def log_retry(attempt, wait, status, n=n):
            global retries
            retries += 1
            print(f"request {n}: HTTP {status}, retry {attempt} in {round(wait * 1000)} ms")

        status, _, body = with_retry(lambda: private_post("/v1/balances"), on_retry=log_retry)
        if status == 200:
            ok += 1
        else:
            print(f"request {n}: gave up with HTTP {status}", body)
        # Pacing: one request per 1/per_second seconds keeps you under the limit in the first place.
        if per_second > 0 and n < total:
            time.sleep(1 / per_second)
    print(f"{ok} of {total} requests succeeded, {retries} retries after HTTP 429, 502 or 503.")
    sys.exit(0 if ok == total else 1)
