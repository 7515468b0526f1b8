"""Exceptions raised by the client: one class per way a request can end badly."""

from __future__ import annotations

from typing import Any, Mapping

from .models import Job


class SonaraError(Exception):
    """Base class of every error this package raises."""


class ServerUnreachable(SonaraError):
    """No Sonara server answered, even after retrying and re-reading `api-url`."""


class ServerNotFound(ServerUnreachable):
    """No server address is known: no `api-url` file and no explicit URL."""


class ApiError(SonaraError):
    """The server answered with an error (an RFC 9457 problem)."""

    def __init__(self, status: int, problem: Mapping[str, Any], method: str, path: str) -> None:
        self.status = status
        self.problem: dict[str, Any] = dict(problem)
        self.title: str = str(problem.get("title", ""))
        self.detail: str = str(problem.get("detail", "")) or f"the server answered {status}"
        self.field: str | None = problem.get("field")
        self.method = method
        self.path = path
        super().__init__(f"{method} {path}: {status} {self.detail}")


class BadRequest(ApiError):
    """400 or 422: the request was refused; `field` names the part at fault when there is one."""


class Unauthorized(ApiError):
    """401: no token or the wrong one."""


class NotFound(ApiError):
    """404: no such job, asset, capability, model or route."""


class Conflict(ApiError):
    """409: the Idempotency-Key was used before with a different request body."""


class InsufficientCredits(ApiError):
    """402: the balance does not cover the download; nothing was charged."""

    def __init__(self, status: int, problem: Mapping[str, Any], method: str, path: str) -> None:
        super().__init__(status, problem, method, path)
        self.needed_seconds: int | None = _int_or_none(problem.get("needed_seconds"))
        self.balance_seconds: int | None = _int_or_none(problem.get("balance_seconds"))
        self.buy: str | None = problem.get("buy")


class JobNotSucceeded(SonaraError):
    """A job reached a final state other than `succeeded` (see `Job.raise_for_state`)."""

    def __init__(self, job: Job) -> None:
        self.job = job
        reason = f": {job.error}" if job.error else ""
        super().__init__(f"job {job.id} ({job.capability}) ended {job.state}{reason}")


class WaitTimeout(SonaraError):
    """`wait`/`wait_all` gave up before every job reached a final state."""

    def __init__(self, pending: list[str]) -> None:
        self.pending = pending
        super().__init__(f"{len(pending)} job(s) had not finished in time: {', '.join(pending[:5])}")


def _int_or_none(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) else None


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequest,
    401: Unauthorized,
    402: InsufficientCredits,
    404: NotFound,
    409: Conflict,
    422: BadRequest,
}


def api_error(status: int, problem: Mapping[str, Any], method: str, path: str) -> ApiError:
    """The typed exception for an error answer."""
    return _BY_STATUS.get(status, ApiError)(status, problem, method, path)
