"""The Sonara local API client."""

from __future__ import annotations

import http.client
import os
import time
import uuid
from pathlib import Path
from typing import Any, Callable, Generator, Iterable, Iterator, Mapping, Sequence
from urllib.parse import quote

from .discovery import Discovery
from .errors import BadRequest, NotFound, ServerUnreachable, SonaraError, WaitTimeout
from .models import Asset, Event, Job, Webhook
from .sse import parse_events
from .transport import Backoff, Response, Transport

EventCallback = Callable[[Event], None]

# A stream is silent for at most 15 s (keep-alive comments); longer means the server is gone.
_STREAM_READ_TIMEOUT = 45.0
# Job ids per multi-job stream, to keep its URL short.
_JOBS_PER_STREAM = 100
# How long a multi-job stream is read before every pending job is checked again.
_RECHECK_SECONDS = 30.0


class Client:
    """A client of one Sonara server (`sonara serve` or the studio).

    With no arguments it finds the server through `api-url` and `api-token` in
    `$XDG_CONFIG_HOME/sonara`, and reads them again when the server stops answering, so it
    carries on after a restart. `url` and `token` name a server instead. A request that cannot
    reach the server is retried with backoff for `retry_for` seconds before `ServerUnreachable`.
    `multi_stream=False` follows each job on its own stream even where the server offers one
    stream for many (`GET /v1/events`, used by default where its OpenAPI lists it).
    """

    def __init__(
        self,
        url: str | None = None,
        token: str | None = None,
        *,
        config_dir: str | os.PathLike[str] | None = None,
        timeout: float = 30.0,
        retry_for: float = 60.0,
        backoff: Backoff | None = None,
        multi_stream: bool | None = None,
    ) -> None:
        self._transport = Transport(Discovery(url, token, config_dir), timeout, retry_for, backoff)
        self._use_multi_stream = multi_stream  # None: where the server's OpenAPI lists it
        self._multi_stream: dict[str, bool] = {}  # server URL -> offers GET /v1/events
        self._last_event_id: dict[str, str] = {}  # stream path -> the last `id:` it sent

    # --- the server ---------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return self._transport.endpoint().url

    @property
    def reconnects(self) -> int:
        """How many failed connections the client has retried so far."""
        return self._transport.reconnects

    def health(self) -> dict[str, Any]:
        return self._get("/v1/health")

    def openapi(self) -> dict[str, Any]:
        return self._get("/v1/openapi.json")

    def capabilities(self) -> list[dict[str, Any]]:
        return list(self._get("/v1/capabilities").get("capabilities", []))

    def capability(self, capability: str) -> dict[str, Any]:
        return self._get(f"/v1/capabilities/{_segment(capability)}")

    def credits(self) -> dict[str, Any]:
        return self._get("/v1/credits")

    # --- assets -------------------------------------------------------------------------------

    def upload(self, path: str | os.PathLike[str], name: str | None = None) -> Asset:
        """Uploads an audio file, streamed from disk (never held in memory)."""
        source = Path(path)
        size = source.stat().st_size
        answer = self._transport.request(
            "POST",
            "/v1/assets",
            query={"filename": name or source.name},
            body=lambda: source.open("rb"),
            content_length=size,
            headers={"Content-Type": "application/octet-stream"},
            timeout=max(self._transport.timeout, size / (4 << 20)),
        )
        return Asset.from_json(answer.json())

    def asset(self, asset_id: str) -> Asset:
        return Asset.from_json(self._get(f"/v1/assets/{_segment(asset_id)}"))

    # --- jobs ---------------------------------------------------------------------------------

    def submit(
        self,
        capability: str,
        *,
        inputs: Mapping[str, Any] | None = None,
        parameters: Mapping[str, Any] | None = None,
        engine: str | None = None,
        model: str | None = None,
        label: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        idempotency_key: str | None = None,
    ) -> Job:
        """Creates a job. The request carries an Idempotency-Key (a new one per call unless given)
        that every retry reuses, so a connection lost after sending never makes a second job.
        Give your own stable key (e.g. from the input's name) to find the job again after your
        script itself crashed: the same key with the same request answers the same job; with a
        different request the server answers 409 (`Conflict`). `label` (text) and `metadata` (a
        JSON object) are stored with the job; `jobs(label=...)` finds jobs by label."""
        body: dict[str, Any] = {"capability": capability}
        if engine:
            body["engine"] = engine
        if model:
            body["model"] = model
        if parameters:
            body["parameters"] = dict(parameters)
        if inputs:
            body["inputs"] = dict(inputs)
        if label is not None:
            body["label"] = label
        if metadata is not None:
            body["metadata"] = dict(metadata)
        key = idempotency_key or str(uuid.uuid4())
        answer = self._transport.request(
            "POST", "/v1/jobs", json_body=body, headers={"Idempotency-Key": key}
        )
        return Job.from_json(answer.json())

    def job(self, job_id: str) -> Job:
        return Job.from_json(self._get(f"/v1/jobs/{_segment(job_id)}"))

    def jobs(
        self,
        *,
        state: str | None = None,
        capability: str | None = None,
        label: str | None = None,
        limit: int | None = None,
    ) -> list[Job]:
        """Jobs, newest first: all of them (following the server's pages), or the first `limit`."""
        found: list[Job] = []
        for job in self.iter_jobs(state=state, capability=capability, label=label):
            found.append(job)
            if limit is not None and len(found) >= limit:
                break
        return found

    def iter_jobs(
        self,
        *,
        state: str | None = None,
        capability: str | None = None,
        label: str | None = None,
        page_size: int = 200,
    ) -> Iterator[Job]:
        """Jobs, newest first, a page at a time (cursor paging: `next_cursor`)."""
        query: dict[str, Any] = {
            "state": state, "capability": capability, "label": label, "limit": page_size,
        }
        while True:
            page = self._transport.request("GET", "/v1/jobs", query=query).json()
            yield from (Job.from_json(item) for item in page.get("jobs", []))
            cursor = page.get("next_cursor")
            if not cursor:
                return
            query["cursor"] = cursor

    def cancel(self, job_id: str) -> Job:
        """Asks a job to stop; `wait` then reports `cancelled` (or the state it reached first)."""
        try:
            answer = self._transport.request("POST", f"/v1/jobs/{_segment(job_id)}/cancel")
        except BadRequest:
            job = self.job(job_id)  # finished already, perhaps by a cancel that was retried
            if job.is_final:
                return job
            raise
        return Job.from_json(answer.json())

    def retry(self, job_id: str) -> Job:
        """Queues a failed, cancelled or interrupted job again."""
        try:
            answer = self._transport.request("POST", f"/v1/jobs/{_segment(job_id)}/retry")
        except BadRequest:
            job = self.job(job_id)  # already queued again, perhaps by a retry that was retried
            if not job.is_final:
                return job
            raise
        return Job.from_json(answer.json())

    def delete(self, job_id: str) -> None:
        """Forgets a finished job (its result files stay)."""
        try:
            self._transport.request("DELETE", f"/v1/jobs/{_segment(job_id)}")
        except NotFound:
            pass  # gone already, e.g. by a delete whose answer was lost

    # --- webhooks -----------------------------------------------------------------------------

    def add_webhook(
        self,
        url: str,
        *,
        jobs: Sequence[str] | None = None,
        label: str | None = None,
        events: Sequence[str] = ("finished",),
    ) -> Webhook:
        """Asks the server to POST job events to `url` (http:// to 127.0.0.1, [::1] or
        localhost only): those of `jobs` (listed jobs already finished are sent at once), else
        of every job (with `label`). The answer's `secret` signs each delivery; check it with
        `sonara_client.webhooks.verify_signature`. Registrations last while the server runs."""
        body: dict[str, Any] = {"url": url, "events": list(events)}
        if jobs:
            body["jobs"] = list(jobs)
        if label is not None:
            body["label"] = label
        answer = self._transport.request("POST", "/v1/webhooks", json_body=body)
        return Webhook.from_json(answer.json())

    def webhooks(self) -> list[Webhook]:
        return [Webhook.from_json(w) for w in self._get("/v1/webhooks").get("webhooks", [])]

    def webhook(self, webhook_id: str) -> Webhook:
        return Webhook.from_json(self._get(f"/v1/webhooks/{_segment(webhook_id)}"))

    def delete_webhook(self, webhook_id: str) -> None:
        """Stops the deliveries of a registration (its undelivered events are dropped)."""
        try:
            self._transport.request("DELETE", f"/v1/webhooks/{_segment(webhook_id)}")
        except NotFound:
            pass

    def run(self, capability: str, **submit_arguments: Any) -> Job:
        """Submits a job and waits for its final state; raises `JobNotSucceeded` unless it
        succeeded."""
        job = self.submit(capability, **submit_arguments)
        return self.wait(job.id).raise_for_state()

    # --- following jobs -----------------------------------------------------------------------

    def wait(
        self,
        job_id: str,
        *,
        on_event: EventCallback | None = None,
        retry_interrupted: bool = True,
        timeout: float | None = None,
    ) -> Job:
        """Follows a job until its final state and returns the job in that state: check
        `job.succeeded` (or call `job.raise_for_state()`); the end of an event stream is never
        taken for success. A job the server interrupted (it stopped while the job ran) is queued
        again unless `retry_interrupted` is false."""
        return self.wait_all(
            [job_id], on_event=on_event, retry_interrupted=retry_interrupted, timeout=timeout
        )[job_id]

    def wait_all(
        self,
        job_ids: Iterable[str],
        *,
        on_event: EventCallback | None = None,
        retry_interrupted: bool = True,
        timeout: float | None = None,
    ) -> dict[str, Job]:
        """Follows many jobs, on one event stream where the server offers `GET /v1/events`, and
        returns each job in its final state, once, keyed by id."""
        pending = list(dict.fromkeys(job_ids))
        finished: dict[str, Job] = {}
        deadline = None if timeout is None else time.monotonic() + timeout

        def settle(job: Job) -> None:
            if job.id not in pending or not job.is_final:
                return
            if job.state == "interrupted" and retry_interrupted:
                try:
                    self.retry(job.id)
                    return
                except BadRequest:
                    # Not interrupted any more (a stale event, or retried by someone else and
                    # finished since): go by its state now.
                    current = self.job(job.id)
                    if current.state == "interrupted":
                        raise
                    settle(current)
                    return
            finished[job.id] = job
            pending.remove(job.id)

        while pending:
            if deadline is not None and time.monotonic() >= deadline:
                raise WaitTimeout(list(pending))
            if self._offers_multi_stream():
                # What happened while no stream was open, then one stream for (many of) the rest.
                for job_id in list(pending):
                    settle(self.job(job_id))
                if not pending:
                    break  # (an empty `jobs=` would follow every job, for ever)
                chunk = pending[:_JOBS_PER_STREAM]
                self._follow(
                    "/v1/events", {"jobs": ",".join(chunk)}, pending, settle, on_event, deadline
                )
            else:
                # The job's own stream starts with its state, so nothing is missed in between.
                job_id = pending[0]
                self._follow(
                    f"/v1/jobs/{_segment(job_id)}/events", None, pending, settle, on_event,
                    deadline,
                )
                if job_id in pending:  # the stream ended early: the server went away
                    settle(self.job(job_id))
        return finished

    def events(
        self, job_ids: Sequence[str], *, last_event_id: str | None = None
    ) -> Iterator[Event]:
        """The raw event stream of some jobs (one stream with `GET /v1/events` where offered,
        else the first job's own stream). Ends when the server closes it; use `wait_all` to
        follow jobs through reconnects and restarts."""
        if not job_ids:
            raise ValueError("events() needs at least one job id")
        if self._offers_multi_stream():
            stream = self._stream("/v1/events", {"jobs": ",".join(job_ids)}, last_event_id)
        else:
            stream = self._stream(f"/v1/jobs/{_segment(job_ids[0])}/events", None, None)
        return (event for event in stream if event.name)

    # --- results ------------------------------------------------------------------------------

    def download(
        self,
        job: Job | str,
        output: str,
        destination: str | os.PathLike[str],
        *,
        format: str | None = None,
    ) -> Path:
        """Downloads a result to `destination`, written whole or not at all. Costs the result's
        duration in credits, once per result whatever the format or number of downloads; a short
        balance raises `InsufficientCredits` (with `needed_seconds` and `balance_seconds`) and
        charges nothing."""
        job_id = job.id if isinstance(job, Job) else job
        target = Path(destination)
        partial = target.with_name(f".{target.name}.part")
        path = f"/v1/jobs/{_segment(job_id)}/outputs/{_segment(output)}"
        deadline = time.monotonic() + self._transport.retry_for
        while True:
            answer = self._transport.request(
                "GET", path, query={"format": format}, stream=True,
                headers={"Accept": "*/*"},
            )
            try:
                with partial.open("wb") as out:
                    while chunk := answer.stream.read(1 << 20):
                        out.write(chunk)
                if answer.stream.length not in (None, 0):
                    raise http.client.IncompleteRead(b"", answer.stream.length)
            except (OSError, http.client.HTTPException):
                partial.unlink(missing_ok=True)
                if time.monotonic() >= deadline:
                    raise
                time.sleep(self._transport.backoff.longest)
                continue  # a result is charged once, so fetching it again costs nothing
            finally:
                answer.close()
            os.replace(partial, target)
            return target

    # --- internals ----------------------------------------------------------------------------

    def _get(self, path: str) -> dict[str, Any]:
        """A GET whose answer is a JSON object."""
        answer = self._transport.request("GET", path).json()
        if not isinstance(answer, dict):
            raise SonaraError(f"GET {path} answered {type(answer).__name__}, not a JSON object")
        return answer

    def _offers_multi_stream(self) -> bool:
        if self._use_multi_stream is not None:
            return self._use_multi_stream
        url = self._transport.endpoint().url
        if url not in self._multi_stream:
            paths = self.openapi().get("paths", {})
            self._multi_stream[url] = "/v1/events" in paths
        return self._multi_stream[url]

    def _follow(
        self,
        path: str,
        query: Mapping[str, str] | None,
        pending: list[str],
        settle: Callable[[Job], None],
        on_event: EventCallback | None,
        deadline: float | None,
    ) -> None:
        """Reads one stream until it ends, nothing it follows is pending, the deadline passes,
        or it has run `_RECHECK_SECONDS` (then the caller checks each job and opens a new one,
        so an event lost between a check and a stream's start costs a delay, never a hang)."""
        opened = time.monotonic()
        events = self._stream(path, query, self._last_event_id.get(path))
        try:
            for event in events:
                if event.name and on_event is not None:
                    on_event(event)
                job = event.job
                if job is not None:
                    settle(job)
                now = time.monotonic()
                if not pending or (deadline is not None and now >= deadline):
                    return
                if query is not None and now - opened >= _RECHECK_SECONDS:
                    return
        except NotFound:
            if path != "/v1/events":
                raise
            self._multi_stream[self._transport.endpoint().url] = False
        except (ServerUnreachable, OSError, http.client.HTTPException):
            # Dropped, or the server is gone: the caller checks the jobs, which retries (and
            # re-reads api-url) until the server is back.
            time.sleep(self._transport.backoff.first)
        finally:
            events.close()

    def _stream(
        self, path: str, query: Mapping[str, str] | None, last_event_id: str | None
    ) -> Generator[Event, None, None]:
        """Events, and an unnamed event for each keep-alive comment so readers get a tick."""
        headers = {"Accept": "text/event-stream"}
        if last_event_id:
            headers["Last-Event-ID"] = last_event_id
        answer: Response = self._transport.request(
            "GET", path, query=query, headers=headers, stream=True, timeout=_STREAM_READ_TIMEOUT
        )
        try:
            for raw in parse_events(answer.stream, comments=True):
                if raw.id is not None:
                    self._last_event_id[path] = raw.id
                yield Event.parse(raw.event, raw.data, raw.id)
        finally:
            answer.close()


def _segment(value: str) -> str:
    """A value as one path segment."""
    return quote(value, safe="")

