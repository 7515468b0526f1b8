"""HTTP over loopback with the client's retry rules.

Every request the client sends is safe to send again: reads, uploads (an upload only adds an
asset), job creation (it carries an Idempotency-Key), downloads (a result is charged once). So a
connection that fails, or a 503 with Retry-After, is retried with exponential backoff until
`retry_for` seconds have passed, re-reading `api-url` and `api-token` before each try when the
server was found through them."""

from __future__ import annotations

import http.client
import json
import random
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import IO, Any, Callable, Mapping

from .discovery import Discovery, Endpoint
from .errors import ApiError, ServerNotFound, ServerUnreachable, api_error

USER_AGENT = "sonara-client-python/1"
BodyFactory = Callable[[], "IO[bytes] | bytes"]


@dataclass
class Backoff:
    """Delays between tries: `first`, doubling up to `longest`, each with up to 25% jitter."""

    first: float = 0.1
    longest: float = 2.0
    jitter: float = 0.25

    def delay(self, attempt: int) -> float:
        base = min(self.longest, self.first * float(2 ** min(attempt, 30)))
        return base * (1 + random.uniform(-self.jitter, self.jitter))


@dataclass
class Response:
    """An open answer: read `body` or stream from `stream`; `close()` when done."""

    status: int
    headers: http.client.HTTPMessage
    stream: http.client.HTTPResponse
    connection: http.client.HTTPConnection
    endpoint: Endpoint
    _body: bytes | None = field(default=None, repr=False)

    @property
    def body(self) -> bytes:
        if self._body is None:
            self._body = self.stream.read()
        return self._body

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Response:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class Transport:
    def __init__(
        self,
        discovery: Discovery,
        timeout: float = 30.0,
        retry_for: float = 60.0,
        backoff: Backoff | None = None,
    ) -> None:
        self.discovery = discovery
        self.timeout = timeout
        self.retry_for = retry_for
        self.backoff = backoff or Backoff()
        self._lock = threading.Lock()
        self._endpoint: Endpoint | None = None
        self.reconnects = 0  # connection failures survived, for callers who want to know

    def endpoint(self, fresh: bool = False) -> Endpoint:
        with self._lock:
            if self._endpoint is None or (fresh and self.discovery.rereads):
                found = self.discovery.read()
                if found is None:
                    raise ServerNotFound(
                        f"no Sonara server is known: {self.discovery.url_file} does not exist; "
                        "start one with `sonara serve` or pass url= and token="
                    )
                self._endpoint = found
            return self._endpoint

    def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | None = None,
        json_body: Any = None,
        body: BodyFactory | None = None,
        content_length: int | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry_for: float | None = None,
        stream: bool = False,
    ) -> Response:
        """Sends the request, retrying as described above, and returns a 2xx answer; an error
        answer raises its `ApiError`. With `stream`, the body is left unread."""
        # Commas stay as they are: lists such as `jobs=a,b` are split on them.
        target = path + (
            "?" + urllib.parse.urlencode(_query_items(query), safe=",") if query else ""
        )
        send_headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        send_headers.update(headers or {})
        payload: bytes | None = None
        if json_body is not None:
            payload = json.dumps(json_body).encode("utf-8")
            send_headers["Content-Type"] = "application/json"
        deadline = time.monotonic() + (self.retry_for if retry_for is None else retry_for)
        attempt = 0
        while True:
            endpoint = self.endpoint(fresh=attempt > 0)
            try:
                answer = self._send_once(
                    endpoint, method, target, payload, body, content_length, send_headers, timeout
                )
            except (OSError, http.client.HTTPException) as error:
                if time.monotonic() >= deadline:
                    raise ServerUnreachable(
                        f"the Sonara server at {endpoint.url} did not answer {method} {path} "
                        f"({error.__class__.__name__}: {error}); is `sonara serve` running?"
                    ) from error
                self.reconnects += 1
                time.sleep(self.backoff.delay(attempt))
                attempt += 1
                continue
            retry_after = _retry_after(answer.headers.get("Retry-After"))
            if answer.status == 503 and retry_after is not None and time.monotonic() < deadline:
                # Busy (too many connections): it says when to come back. A 503 without
                # Retry-After (the account service is unreachable) is the caller's to handle.
                answer.close()
                time.sleep(max(retry_after, self.backoff.delay(attempt)))
                attempt += 1
                continue
            if answer.status == 401 and attempt == 0 and self.discovery.rereads:
                answer.close()  # the token may have been rotated; read it again once
                attempt += 1
                continue
            if answer.status >= 400:
                raise self._error(answer, method, path)
            if not stream:
                try:
                    _ = answer.body  # read it all now, so that a cut-off body is retried too
                except (OSError, http.client.HTTPException):
                    answer.close()
                    if time.monotonic() >= deadline:
                        raise
                    time.sleep(self.backoff.delay(attempt))
                    attempt += 1
                    continue
                answer.close()
            return answer

    def _send_once(
        self,
        endpoint: Endpoint,
        method: str,
        target: str,
        payload: bytes | None,
        body: BodyFactory | None,
        content_length: int | None,
        headers: dict[str, str],
        timeout: float | None,
    ) -> Response:
        parts = urllib.parse.urlsplit(endpoint.url)
        connection = http.client.HTTPConnection(
            parts.hostname or "127.0.0.1",
            parts.port or 80,
            timeout=self.timeout if timeout is None else timeout,
            blocksize=1 << 20,
        )
        all_headers = dict(headers)
        if endpoint.token:
            all_headers["Authorization"] = f"Bearer {endpoint.token}"
        data: IO[bytes] | bytes | None = payload
        if body is not None:
            data = body()
            if content_length is not None:
                all_headers["Content-Length"] = str(content_length)
        elif payload is None and method in ("POST", "PUT", "PATCH"):
            all_headers["Content-Length"] = "0"
        try:
            try:
                connection.request(method, parts.path.rstrip("/") + target, body=data,
                                   headers=all_headers)
            except (BrokenPipeError, ConnectionResetError):
                # The server may refuse a body early (413) and close; its answer is still there.
                pass
            answer = connection.getresponse()
        except BaseException:
            connection.close()
            raise
        finally:
            if body is not None and hasattr(data, "close"):
                data.close()  # type: ignore[union-attr]
        return Response(answer.status, answer.headers, answer, connection, endpoint)

    @staticmethod
    def _error(answer: Response, method: str, path: str) -> ApiError:
        try:
            problem = answer.json()
        except (ValueError, OSError, http.client.HTTPException):
            problem = None
        finally:
            answer.close()
        if not isinstance(problem, dict):
            problem = {"status": answer.status}
        return api_error(answer.status, problem, method, path)


def _query_items(query: Mapping[str, Any]) -> list[tuple[str, str]]:
    items = []
    for key, value in query.items():
        if value is None:
            continue
        if isinstance(value, bool):
            value = "true" if value else "false"
        items.append((key, str(value)))
    return items


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None
