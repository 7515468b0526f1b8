"""The client's server-sent events parser, on byte streams written as a server sends them."""

from __future__ import annotations

import io
import unittest

from sonara_client.models import Event
from sonara_client.sse import parse_events


def events(text: bytes, comments: bool = False) -> list[tuple[str, str, str | None]]:
    return [(e.event, e.data, e.id) for e in parse_events(io.BytesIO(text), comments)]


class SseParserTest(unittest.TestCase):
    def test_events_with_ids_names_and_keep_alives(self) -> None:
        stream = (b": keep-alive\n\n"
                  b"id: 7\nevent: progress\ndata: {\"id\": \"a\", \"progress\": 0.5}\n\n"
                  b"event: finished\ndata: {\"id\": \"a\", \"state\": \"failed\"}\n\n")
        self.assertEqual(events(stream), [
            ("progress", '{"id": "a", "progress": 0.5}', "7"),
            ("finished", '{"id": "a", "state": "failed"}', "7"),  # the last id persists
        ])
        self.assertEqual(events(stream, comments=True)[0], ("", "keep-alive", None))

    def test_multi_line_data_crlf_and_default_name(self) -> None:
        stream = b"data:first\r\ndata: second\r\n\r\nid: 9\r\ndata\r\n\r\ndata: x\n\n"
        # The empty `data` dispatches nothing, but its id stays for the next event.
        self.assertEqual(events(stream), [("message", "first\nsecond", None),
                                          ("message", "x", "9")])

    def test_event_cut_off_by_the_end_of_the_stream_is_dropped(self) -> None:
        self.assertEqual(events(b"event: finished\ndata: {\"id\": \"a\"}\n"), [])
        self.assertEqual(events(b"event: finished\ndata: x\n\nevent: progress\n"),
                         [("finished", "x", None)])

    def test_finished_event_carries_the_job_in_its_final_state(self) -> None:
        event = Event.parse("finished", '{"id": "j1", "capability": "denoise", '
                            '"state": "cancelled", "attempts": 2}', "12")
        self.assertIsNotNone(event.job)
        assert event.job is not None
        self.assertEqual((event.job.id, event.job.state, event.job.attempts),
                         ("j1", "cancelled", 2))
        self.assertTrue(event.job.is_final)
        self.assertFalse(event.job.succeeded)
        progress = Event.parse("progress", '{"id": "j1", "state": "running"}', "11")
        self.assertIsNone(progress.job)
        self.assertEqual(progress.job_id, "j1")


if __name__ == "__main__":
    unittest.main()
