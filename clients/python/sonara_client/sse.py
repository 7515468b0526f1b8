"""A server-sent events parser (the WHATWG `text/event-stream` rules) over a byte stream."""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO, Iterator


@dataclass(frozen=True)
class RawEvent:
    event: str
    data: str
    id: str | None  # the last event id seen so far on the stream (it persists across events)
    retry_ms: int | None = None


def parse_events(stream: BinaryIO, comments: bool = False) -> Iterator[RawEvent]:
    """Yields events as they complete; ends when the stream ends. An event cut off by the end of
    the stream is dropped, as the standard says. Comments (keep-alives) are skipped, or with
    `comments` yielded as events named "" so that a reader notices time passing."""
    event = ""
    data: list[str] = []
    last_id: str | None = None
    retry_ms: int | None = None
    for raw_line in _lines(stream):
        if raw_line == "":
            if data and data != [""]:  # an empty data buffer dispatches nothing
                yield RawEvent(event or "message", "\n".join(data), last_id, retry_ms)
            event, data, retry_ms = "", [], None
            continue
        if raw_line.startswith(":"):
            if comments:
                yield RawEvent("", raw_line[1:].strip(), last_id)
            continue
        name, _, value = raw_line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "event":
            event = value
        elif name == "data":
            data.append(value)
        elif name == "id" and "\0" not in value:
            last_id = value
        elif name == "retry" and value.isdigit():
            retry_ms = int(value)


def _lines(stream: BinaryIO) -> Iterator[str]:
    """Lines ended by LF, CRLF or a lone CR, decoded as UTF-8, without their ends."""
    pending = b""
    while True:
        chunk = stream.readline()
        if not chunk:
            break
        pending += chunk
        # A lone CR ends a line too; split on it unless it may be the first half of CRLF.
        while True:
            cr = pending.find(b"\r")
            lf = pending.find(b"\n")
            if lf >= 0 and (cr < 0 or lf < cr):
                yield pending[:lf].decode("utf-8", "replace")
                pending = pending[lf + 1 :]
            elif cr >= 0 and cr + 1 < len(pending):
                end = 2 if pending[cr + 1 : cr + 2] == b"\n" else 1
                yield pending[:cr].decode("utf-8", "replace")
                pending = pending[cr + end :]
            else:
                break
    if pending.endswith(b"\r"):
        yield pending[:-1].decode("utf-8", "replace")
