"""Receiving the job events a webhook registration sends (see `Client.add_webhook`).

Each delivery is a POST whose body is one event's data (a job's progress, or the job itself
once finished, as the event streams send them) with these headers:

    Sonara-Event:            progress | finished
    Sonara-Event-Id:         the event's id (the same event may come twice: deduplicate by it)
    Sonara-Webhook-Id:       the registration
    Sonara-Delivery-Attempt: 1, 2, ... (a delivery not answered 2xx is retried with backoff)
    Sonara-Signature:        sha256=<hex HMAC-SHA256 of the body, keyed with the secret>
"""

from __future__ import annotations

import hashlib
import hmac


def signature(secret: str, body: bytes) -> str:
    """The Sonara-Signature a delivery of `body` carries for a registration's `secret`."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify_signature(secret: str, body: bytes, header: str | None) -> bool:
    """Whether a delivery's Sonara-Signature header matches its body (compared in constant
    time). Check it before trusting the body: any local program can POST to your port."""
    if not header:
        return False
    return hmac.compare_digest(signature(secret, body), header.strip())
