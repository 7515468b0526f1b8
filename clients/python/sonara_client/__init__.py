"""The official Python client of Sonara's local API (standard library only).

    from sonara_client import Client

    client = Client()                      # finds `sonara serve` through api-url / api-token
    asset = client.upload("noisy.wav")
    job = client.submit("denoise", inputs={"audio": asset.id}, parameters={"strength": 0.7})
    job = client.wait(job.id)              # the final state, across reconnects and restarts
    job.raise_for_state()                  # JobNotSucceeded unless it succeeded
    client.download(job, "audio", "clean.flac", format="flac")
"""

from .client import Client
from .errors import (
    ApiError,
    BadRequest,
    Conflict,
    InsufficientCredits,
    JobNotSucceeded,
    NotFound,
    ServerNotFound,
    ServerUnreachable,
    SonaraError,
    Unauthorized,
    WaitTimeout,
)
from .models import FINAL_STATES, Asset, Event, Job, Webhook
from .webhooks import verify_signature
from .transport import Backoff

__all__ = [
    "ApiError",
    "Asset",
    "Backoff",
    "BadRequest",
    "Client",
    "Conflict",
    "Event",
    "FINAL_STATES",
    "InsufficientCredits",
    "Job",
    "JobNotSucceeded",
    "NotFound",
    "ServerNotFound",
    "ServerUnreachable",
    "SonaraError",
    "Unauthorized",
    "WaitTimeout",
    "Webhook",
    "verify_signature",
]

__version__ = "1.0.0"
