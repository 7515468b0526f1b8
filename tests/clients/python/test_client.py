"""The Python client against a real `sonara serve` over loopback: discovery, upload, jobs with
idempotency and labels, events, downloads, typed errors."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import uuid
from pathlib import Path

from sonara_client import (
    BadRequest,
    Client,
    Conflict,
    InsufficientCredits,
    JobNotSucceeded,
    ServerNotFound,
    Unauthorized,
)
from support import SonaraServer, rms, wait_until, wav_samples, write_noisy_wav


def python_example(document: Path, after: str) -> str:
    """The first ```python block of `document` after the line `after`."""
    text = document.read_text(encoding="utf-8")
    start = text.index("```python\n", text.index(after)) + len("```python\n")
    return text[start:text.index("```", start)]


class ClientTest(unittest.TestCase):
    server: SonaraServer
    client: Client
    noisy: Path

    @classmethod
    def setUpClass(cls) -> None:
        cls.server = SonaraServer()
        cls.server.start()
        cls.client = Client(config_dir=cls.server.config_dir, retry_for=20)
        cls.noisy = write_noisy_wav(cls.server.root / "noisy.wav", 4, seed=1)

    @classmethod
    def tearDownClass(cls) -> None:
        cls.server.close()

    def denoise(self, asset_id: str, **extra: object) -> dict[str, object]:
        return {"engine": "ffmpeg", "inputs": {"audio": asset_id},
                "parameters": {"strength": 0.8}, **extra}

    def test_finds_the_server_through_the_config_folder(self) -> None:
        saved = os.environ.get("XDG_CONFIG_HOME")
        os.environ["XDG_CONFIG_HOME"] = str(self.server.config_dir.parent)
        try:
            found = Client()
            self.assertEqual(found.url, self.server.url)
            self.assertEqual(found.health()["status"], "ok")
        finally:
            if saved is None:
                del os.environ["XDG_CONFIG_HOME"]
            else:
                os.environ["XDG_CONFIG_HOME"] = saved
        explicit = Client(self.server.url, self.server.token(), config_dir=self.server.root / "none")
        self.assertEqual(explicit.health()["api_version"], 1)
        with self.assertRaises(Unauthorized):
            Client(self.server.url, "0" * 64, retry_for=1).health()
        with self.assertRaises(ServerNotFound):
            Client(config_dir=self.server.root / "none").health()

    def test_upload_submit_wait_and_download(self) -> None:
        # Own bytes: an upload of bytes stored before answers the asset made then.
        noisy = write_noisy_wav(self.server.root / "own.wav", 4, seed=7)
        asset = self.client.upload(noisy, name="interview.wav")
        self.assertEqual((asset.name, asset.duration_seconds), ("interview.wav", 4))
        progress: list[float] = []
        job = self.client.submit("denoise", **self.denoise(asset.id))  # type: ignore[arg-type]
        self.assertEqual(job.inputs, {"audio": asset.id})  # echoed as sent, not a server path
        final = self.client.wait(job.id, on_event=lambda e: progress.append(
            float(e.data.get("progress", 0))) if e.name == "progress" else None)
        self.assertEqual(final.state, "succeeded", final.error)
        self.assertEqual(final.raise_for_state(), final)
        self.assertEqual(max(progress), 1.0)
        clean = self.client.download(final, "audio", self.server.root / "clean.wav", format="wav")
        rate, channels, samples = wav_samples(clean)
        _, _, original = wav_samples(noisy)
        self.assertEqual(channels, 1)
        self.assertAlmostEqual(len(samples) / rate, 4.0, delta=0.05)
        self.assertNotEqual(samples, original)
        self.assertLess(rms(samples), rms(original))  # the noise went somewhere
        flac = self.client.download(final, "audio", self.server.root / "clean.flac", format="flac")
        self.assertEqual(flac.read_bytes()[:4], b"fLaC")
        self.assertFalse(any(p.name.endswith(".part") for p in self.server.root.iterdir()))

    def test_the_examples_of_the_docs_run_as_written(self) -> None:
        source = Path(os.environ["SONARA_SOURCE_DIR"])
        examples = {"api.md": python_example(source / "docs" / "api.md", "## Python"),
                    "README.md": python_example(source / "clients" / "python" / "README.md", "")}
        env = dict(os.environ, XDG_CONFIG_HOME=str(self.server.config_dir.parent))
        for document, code in examples.items():
            with self.subTest(document=document), tempfile.TemporaryDirectory() as folder:
                for name in ("noisy.wav", "interview.wav"):
                    write_noisy_wav(Path(folder) / name, 3, seed=len(document) + len(name))
                ran = subprocess.run([sys.executable, "-c", code], cwd=folder, env=env,
                                     capture_output=True, text=True, timeout=60)
                self.assertEqual(ran.returncode, 0, ran.stderr)
                written = [p for p in Path(folder).iterdir() if p.suffix == ".flac"]
                self.assertEqual(len(written), 1, ran.stdout)
                self.assertEqual(written[0].read_bytes()[:4], b"fLaC")

    def test_refusals_are_typed_and_name_the_field(self) -> None:
        asset = self.client.upload(self.noisy)
        with self.assertRaises(BadRequest) as refused:
            self.client.submit("denoise", engine="ffmpeg", inputs={"audio": asset.id},
                               parameters={"strength": 7})
        self.assertEqual((refused.exception.status, refused.exception.field), (422, "strength"))
        with self.assertRaises(BadRequest) as unknown:
            self.client.submit("no-such-capability")
        self.assertEqual(unknown.exception.field, "capability")
        not_audio = self.server.root / "notes.wav"
        not_audio.write_text("not audio at all")
        with self.assertRaises(BadRequest) as upload:
            self.client.upload(not_audio)
        self.assertIn("notes.wav", upload.exception.detail)

    def test_idempotency_key_gives_the_same_job_and_refuses_another_body(self) -> None:
        asset = self.client.upload(self.noisy)
        key = f"take-01-{uuid.uuid4()}"
        first = self.client.submit("denoise", idempotency_key=key, **self.denoise(asset.id))  # type: ignore[arg-type]
        again = self.client.submit("denoise", idempotency_key=key, **self.denoise(asset.id))  # type: ignore[arg-type]
        self.assertEqual(again.id, first.id)
        with self.assertRaises(Conflict) as conflict:
            self.client.submit("denoise", idempotency_key=key, engine="ffmpeg",
                               inputs={"audio": asset.id}, parameters={"strength": 0.2})
        self.assertEqual(conflict.exception.status, 409)
        self.assertIn(first.id, conflict.exception.detail)
        self.assertEqual(self.client.wait(first.id).state, "succeeded")

    def test_labelled_jobs_are_found_and_followed_on_one_stream(self) -> None:
        asset = self.client.upload(self.noisy)
        label = f"podcast-{uuid.uuid4().hex[:8]}"
        ids = [self.client.submit("denoise", label=label, metadata={"take": i},
                                  **self.denoise(asset.id)).id  # type: ignore[arg-type]
               for i in range(3)]
        listed = self.client.jobs(label=label)
        self.assertEqual(sorted(j.id for j in listed), sorted(ids))
        self.assertEqual(sorted(j.metadata.get("take") for j in listed), [0, 1, 2])
        self.assertIn("/v1/events", self.client.openapi()["paths"])
        finished: dict[str, str] = {}
        event_ids: list[str] = []
        for event in self.client.events(ids):
            if event.id:
                event_ids.append(event.id)
            if event.job is not None:
                finished[event.job.id] = event.job.state
        # One stream, one `finished` per job, every event numbered for Last-Event-ID.
        self.assertEqual(finished, {i: "succeeded" for i in ids})
        self.assertTrue(event_ids)
        final = self.client.wait_all(ids)
        self.assertEqual({i: j.state for i, j in final.items()}, {i: "succeeded" for i in ids})

    def test_per_job_streams_give_the_same_final_states(self) -> None:
        per_job = Client(config_dir=self.server.config_dir, multi_stream=False)
        asset = self.client.upload(self.noisy)
        ids = [per_job.submit("denoise", **self.denoise(asset.id)).id  # type: ignore[arg-type]
               for _ in range(3)]
        streams: list[str] = []
        final = per_job.wait_all(ids, on_event=lambda e: streams.append(e.name))
        self.assertEqual({i: j.state for i, j in final.items()}, {i: "succeeded" for i in ids})
        self.assertEqual(streams.count("finished"), 3)

    def test_cancelled_job_is_reported_as_cancelled_not_as_done(self) -> None:
        long = write_noisy_wav(self.server.root / "long.wav", 600, seed=3, rate=8000)
        asset = self.client.upload(long)
        job = self.client.submit("denoise", engine="ffmpeg", inputs={"audio": asset.id},
                                 parameters={"method": "anlmdn"})
        cancelled = threading.Event()

        def cancel_once_running() -> None:
            if wait_until(lambda: self.client.job(job.id).state == "running", 30):
                self.client.cancel(job.id)
                cancelled.set()

        threading.Thread(target=cancel_once_running, daemon=True).start()
        started = time.monotonic()
        final = self.client.wait(job.id, timeout=60)
        self.assertTrue(cancelled.is_set())
        self.assertEqual(final.state, "cancelled")
        self.assertLess(time.monotonic() - started, 30)
        with self.assertRaises(JobNotSucceeded):
            final.raise_for_state()

    def test_402_is_a_typed_error_with_the_amounts_and_charges_nothing(self) -> None:
        balance = int(self.client.credits()["balance_seconds"])
        seconds = balance + 60
        long = write_noisy_wav(self.server.root / "too-long.wav", seconds, seed=2, rate=8000)
        asset = self.client.upload(long)
        job = self.client.run("denoise", engine="ffmpeg", inputs={"audio": asset.id})
        target = self.server.root / "too-long.clean.flac"
        with self.assertRaises(InsufficientCredits) as refused:
            self.client.download(job, "audio", target, format="flac")
        self.assertEqual(refused.exception.status, 402)
        self.assertEqual(refused.exception.needed_seconds, seconds)
        self.assertEqual(refused.exception.balance_seconds, balance)
        self.assertTrue(refused.exception.buy)
        self.assertFalse(target.exists())
        self.assertEqual(int(self.client.credits()["balance_seconds"]), balance)


if __name__ == "__main__":
    unittest.main()
