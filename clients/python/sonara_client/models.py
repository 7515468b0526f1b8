"""What the server sends, as typed values. `raw` keeps every field, also those added later."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Mapping

# States a job does not leave by itself. `interrupted` (the server stopped while the job ran)
# is final for the server, but `Client.wait` retries such a job unless told not to.
FINAL_STATES = frozenset({"succeeded", "failed", "cancelled", "interrupted"})


@dataclass(frozen=True)
class Webhook:
    """A webhook registration. `secret` (which signs each delivery) is only known from the
    answer to `Client.add_webhook`; listings leave it empty."""

    id: str
    url: str
    events: tuple[str, ...]
    jobs: tuple[str, ...] = ()
    label: str = ""
    secret: str = ""
    delivered: int = 0
    pending: int = 0
    given_up: int = 0
    last_error: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Webhook:
        last_error = data.get("last_error")
        return cls(
            id=str(data["id"]),
            url=str(data.get("url", "")),
            events=tuple(str(e) for e in data.get("events") or ()),
            jobs=tuple(str(j) for j in data.get("jobs") or ()),
            label=str(data.get("label") or ""),
            secret=str(data.get("secret") or ""),
            delivered=int(data.get("delivered") or 0),
            pending=int(data.get("pending") or 0),
            given_up=int(data.get("given_up") or 0),
            last_error=str(last_error) if last_error is not None else None,
            raw=dict(data),
        )


@dataclass(frozen=True)
class Job:
    id: str
    capability: str
    state: str
    engine: str = ""
    model: str = ""
    progress: float = 0.0
    stage: str = ""
    error: str = ""
    eta_seconds: float | None = None
    attempts: int = 1
    cancelling: bool = False
    label: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    inputs: dict[str, Any] = field(default_factory=dict)
    parameters: dict[str, Any] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Job:
        label = data.get("label")
        return cls(
            id=str(data["id"]),
            capability=str(data.get("capability", "")),
            state=str(data.get("state", "")),
            engine=str(data.get("engine") or ""),
            model=str(data.get("model") or ""),
            progress=float(data.get("progress") or 0.0),
            stage=str(data.get("stage") or ""),
            error=str(data.get("error") or ""),
            eta_seconds=_float_or_none(data.get("eta_seconds")),
            attempts=int(data.get("attempts") or 1),
            cancelling=bool(data.get("cancelling", False)),
            label=str(label) if label is not None else None,
            metadata=dict(data.get("metadata") or {}),
            inputs=dict(data.get("inputs") or {}),
            parameters=dict(data.get("parameters") or {}),
            outputs={str(k): str(v) for k, v in dict(data.get("outputs") or {}).items()},
            raw=dict(data),
        )

    @property
    def is_final(self) -> bool:
        return self.state in FINAL_STATES

    @property
    def succeeded(self) -> bool:
        return self.state == "succeeded"

    def raise_for_state(self) -> Job:
        """Returns the job when it succeeded; raises `JobNotSucceeded` for any other state."""
        if not self.succeeded:
            from .errors import JobNotSucceeded

            raise JobNotSucceeded(self)
        return self


@dataclass(frozen=True)
class Asset:
    id: str
    name: str = ""
    kind: str = ""
    format: str = ""
    sha256: str = ""
    size_bytes: int = 0
    duration_seconds: float | None = None
    sample_rate: int | None = None
    channels: int | None = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Asset:
        return cls(
            id=str(data["id"]),
            name=str(data.get("name") or ""),
            kind=str(data.get("kind") or ""),
            format=str(data.get("format") or ""),
            sha256=str(data.get("sha256") or ""),
            size_bytes=int(data.get("size_bytes") or 0),
            duration_seconds=_float_or_none(data.get("duration_seconds")),
            sample_rate=_int_or_none(data.get("sample_rate")),
            channels=_int_or_none(data.get("channels")),
            raw=dict(data),
        )


@dataclass(frozen=True)
class Event:
    """One server-sent event: `name` is `progress`, `finished`, …; `data` its JSON payload."""

    name: str
    data: dict[str, Any]
    id: str | None = None

    @classmethod
    def parse(cls, name: str, data: str, event_id: str | None) -> Event:
        try:
            payload = json.loads(data) if data else {}
        except ValueError:
            payload = {"text": data}
        if not isinstance(payload, dict):
            payload = {"value": payload}
        return cls(name=name, data=payload, id=event_id)

    @property
    def job_id(self) -> str | None:
        value = self.data.get("job") if isinstance(self.data.get("job"), str) else None
        return value or (str(self.data["id"]) if "id" in self.data else None)

    @property
    def job(self) -> Job | None:
        """The job a `finished` event carries."""
        if self.name != "finished":
            return None
        nested = self.data.get("job")
        payload: Mapping[str, Any] = nested if isinstance(nested, dict) else self.data
        return Job.from_json(payload) if "id" in payload else None


def _float_or_none(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) else None


def _int_or_none(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) else None
