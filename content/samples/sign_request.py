"""Sign one private Gemini exchange API request and send it (Python 3.8+, standard library only).

    export GEMINI_API_KEY=account-...  GEMINI_API_SECRET=...   # a sandbox key
    python3 sign_request.py                                     # POST /v1/balances

GEMINI_API_BASE picks the server (default: the sandbox). GEMINI_NONCE_UNIT=seconds is for keys
created with "Uses a time based nonce". Other samples import private_post from here, so keep this
file next to them (retry_with_jitter.py, heartbeat.py, ...).
"""
import base64
import hashlib
import hmac
import json
import os
import sys
import time
import urllib.error
import urllib.request

BASE = os.environ.get("GEMINI_API_BASE", "https://api.sandbox.gemini.com").rstrip("/")
NONCE_IN_SECONDS = os.environ.get("GEMINI_NONCE_UNIT") == "seconds"

_last_ms = 0


def next_nonce():
    """Strictly increasing per process and never more than a few ms ahead of the clock, at any rate.

    Counting whole seconds with `last + 1` runs ahead of the clock at more than one request per
    second, and a time-based key then fails with InvalidNonce once it is 30 s ahead. So we count
    milliseconds and, for a time-based key, send them as seconds with a fraction (1700000000.123),
    as Gemini's own examples do with time.time(): within +/-30 s and increasing anyway.
    """
    global _last_ms
    _last_ms = max(time.time_ns() // 1_000_000, _last_ms + 1)
    return _last_ms / 1000 if NONCE_IN_SECONDS else _last_ms


def sign(secret, payload):
    """The three values Gemini checks: the JSON text, its base64 form and the HMAC over that base64."""
    text = json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
    b64 = base64.b64encode(text.encode("utf-8")).decode("ascii")
    signature = hmac.new(secret.encode("utf-8"), b64.encode("ascii"), hashlib.sha384).hexdigest()
    return text, b64, signature


def private_post(request, params=None):
    """POSTs a signed request and returns (status, headers, body). The body of the POST is empty."""
    api_key = os.environ.get("GEMINI_API_KEY")
    secret = os.environ.get("GEMINI_API_SECRET")
    if not api_key or not secret:
        raise SystemExit("Set GEMINI_API_KEY and GEMINI_API_SECRET to a sandbox API key first.")
    _, b64, signature = sign(secret, {"request": request, "nonce": next_nonce(), **(params or {})})
    req = urllib.request.Request(
        BASE + request,
        data=b"",  # empty body: urllib sends Content-Length: 0
        method="POST",
        headers={
            "Content-Type": "text/plain",
            "Cache-Control": "no-cache",
            "X-GEMINI-APIKEY": api_key,
            "X-GEMINI-PAYLOAD": b64,
            "X-GEMINI-SIGNATURE": signature,
        },
    )
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            status, headers, raw = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:  # 4xx and 5xx still carry Gemini's JSON
        status, headers, raw = error.code, error.headers, error.read()
    text = raw.decode("utf-8", "replace")
    try:
        return status, headers, json.loads(text)
    except ValueError:
        return status, headers, text


def show(label, status, body):
    """Prints a response the same way in every sample: the status line, then the JSON."""
    print(f"{label}: HTTP {status}")
    print(body if isinstance(body, str) else json.dumps(body, indent=2))


if __name__ == "__main__":
    status, _, body = private_post("/v1/balances")
    show("POST /v1/balances", status, body)
    sys.exit(0 if status == 200 else 1)
