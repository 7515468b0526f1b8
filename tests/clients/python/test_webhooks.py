"""Webhooks through the Python client against a real `sonara serve`: a loopback receiver gets a
finished job's event, signed with the registration's secret, after a refused first delivery."""

from __future__ import annotations

import http.server
import json
import threading
import time
import unittest

from sonara_client import BadRequest, Client, verify_signature
from support import SonaraServer, write_noisy_wav


class _Receiver(http.server.BaseHTTPRequestHandler):
    """Refuses the first `refusals` deliveries with 503, then records and accepts them."""

    refusals = 1
    attempts: list[str] = []
    received: list[tuple[dict[str, str], bytes]] = []

    def do_POST(self) -> None:  # noqa: N802 (the standard library's name)
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        type(self).attempts.append(self.headers.get("Sonara-Delivery-Attempt", ""))
        if type(self).refusals > 0:
            type(self).refusals -= 1
            self.send_response(503)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        type(self).received.append(({k.lower(): v for k, v in self.headers.items()}, body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


class WebhookTest(unittest.TestCase):
    def test_signed_deliveries_retried_after_a_refusal(self) -> None:
        server = SonaraServer()
        server.start()
        receiver = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
        thread = threading.Thread(target=receiver.serve_forever, daemon=True)
        thread.start()
        try:
            client = Client(config_dir=server.config_dir, retry_for=20)
            with self.assertRaises(BadRequest) as refused:
                client.add_webhook("http://192.0.2.1:8080/hook")
            self.assertEqual(refused.exception.status, 422)
            self.assertEqual(refused.exception.field, "url")

            asset = client.upload(write_noisy_wav(server.root / "hooked.wav", 2, seed=3))
            job = client.submit("denoise", engine="ffmpeg", inputs={"audio": asset.id},
                                label="hooked")
            hook = client.add_webhook(
                f"http://127.0.0.1:{receiver.server_port}/sonara", label="hooked")
            self.assertTrue(hook.secret.startswith("whsec_"))
            listed = client.webhooks()
            self.assertEqual([w.id for w in listed], [hook.id])
            self.assertEqual(listed[0].secret, "")  # shown once, at registration
            # A second job of the label, submitted after the registration.
            second = client.submit("denoise", engine="ffmpeg", inputs={"audio": asset.id},
                                   label="hooked")
            for waited in (job, second):
                self.assertEqual(client.wait(waited.id).state, "succeeded")

            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not any(
                    json.loads(body)["id"] == second.id for _, body in _Receiver.received):
                time.sleep(0.1)
            finished = {json.loads(body)["id"]: (headers, body)
                        for headers, body in _Receiver.received
                        if headers["sonara-event"] == "finished"}
            self.assertIn(second.id, finished)
            headers, body = finished[second.id]
            self.assertTrue(verify_signature(hook.secret, body, headers["sonara-signature"]))
            self.assertFalse(verify_signature("whsec_wrong", body, headers["sonara-signature"]))
            self.assertEqual(json.loads(body)["state"], "succeeded")
            self.assertEqual(headers["sonara-webhook-id"], hook.id)
            self.assertTrue(int(headers["sonara-event-id"]) > 0)
            self.assertIn("2", _Receiver.attempts)  # the refused delivery was tried again
            self.assertEqual(client.webhook(hook.id).given_up, 0)
            client.delete_webhook(hook.id)
            self.assertEqual(client.webhooks(), [])
        finally:
            receiver.shutdown()
            receiver.server_close()
            server.close()


if __name__ == "__main__":
    unittest.main()
