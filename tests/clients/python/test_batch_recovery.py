"""The issue's batch: 50 jobs through the Python client while the server is killed with
SIGKILL twice (once while jobs are being submitted, once while they are being followed) and
started again on another port. The client finds it through `api-url`, and nothing is lost or
made twice: every job is created once and reaches its final state once."""

from __future__ import annotations

import re
import sys
import threading
import time
import unittest
from sonara_client import Client, Event, Job
from support import SonaraServer, wait_until, wav_samples, write_noisy_wav

JOBS = 50
INPUTS = 5
SECONDS = 12


class BatchRecoveryTest(unittest.TestCase):
    def test_fifty_jobs_survive_two_kill_9s_of_the_server(self) -> None:
        began = time.monotonic()

        def note(what: str) -> None:
            print(f"  {time.monotonic() - began:6.1f} s  {what}", file=sys.stderr)

        server = SonaraServer()
        self.addCleanup(server.close)
        server.start()
        client = Client(config_dir=server.config_dir, retry_for=60)
        files = [write_noisy_wav(server.root / f"take-{i}.wav", SECONDS, seed=i)
                 for i in range(INPUTS)]
        assets = [client.upload(path) for path in files]
        label = "nightly-batch"

        def request(i: int) -> dict[str, object]:
            return {"engine": "ffmpeg", "inputs": {"audio": assets[i % INPUTS].id},
                    "parameters": {"method": "anlmdn", "strength": 0.6}, "label": label,
                    "idempotency_key": f"{label}-take-{i:02d}"}

        submitted: list[str] = []
        finals: dict[str, Job] = {}
        finished_seen: set[str] = set()
        failures: list[BaseException] = []

        resets: list[Event] = []

        def on_event(event: Event) -> None:
            if event.job is not None:
                finished_seen.add(event.job.id)
            if event.name == "reset":
                resets.append(event)

        def script() -> None:
            try:
                for i in range(JOBS):
                    submitted.append(client.submit("denoise", **request(i)).id)  # type: ignore[arg-type]
                finals.update(client.wait_all(submitted, on_event=on_event, timeout=120))
            except BaseException as error:  # reported by the test below
                failures.append(error)

        worker = threading.Thread(target=script, daemon=True)
        worker.start()

        # Kill 1: in the middle of the submissions.
        self.assertTrue(wait_until(lambda: len(submitted) >= JOBS // 2, 60), "submissions stalled")
        first_url = server.url
        server.kill()
        submitted_at_kill = len(submitted)
        note(f"kill -9 after {submitted_at_kill} submissions")
        time.sleep(0.5)
        server.start()
        self.assertNotEqual(server.url, first_url)  # a new port: only a re-read api-url finds it

        # Kill 2: while the jobs are being followed, with some finished and some not.
        self.assertTrue(wait_until(lambda: len(finished_seen) >= 3 * JOBS // 5, 90),
                        f"only {len(finished_seen)} jobs finished; failures: {failures}")
        self.assertFalse(finals, "the batch ended before the second kill")
        unfinished_at_kill = JOBS - len(finished_seen)
        server.kill()
        note(f"kill -9 with {unfinished_at_kill} jobs unfinished")
        time.sleep(0.5)
        server.start()

        worker.join(150)
        note(f"batch over: {len(finals)} final, {client.reconnects} reconnects")
        self.assertFalse(worker.is_alive(), "the client did not finish the batch")
        self.assertEqual(failures, [])
        self.assertLess(submitted_at_kill, JOBS)
        self.assertGreater(unfinished_at_kill, 0)

        # Nothing lost, nothing made twice: one job per submission, each final once, succeeded.
        self.assertEqual(len(submitted), JOBS)
        self.assertEqual(len(set(submitted)), JOBS)
        self.assertEqual(set(finals), set(submitted))
        states = {job.id: job.state for job in finals.values()}
        self.assertEqual(states, {job_id: "succeeded" for job_id in submitted})
        on_server = client.jobs(label=label)
        self.assertEqual(sorted(job.id for job in on_server), sorted(submitted))
        self.assertEqual(len(client.jobs()), JOBS)
        self.assertGreater(client.reconnects, 0)
        # The stream was resumed with Last-Event-ID; the restarted server did not know the id
        # and said so, then sent each job's state.
        self.assertTrue(resets, "no stream was resumed after the second kill")

        # Jobs running at a kill came back `interrupted` and the client queued them again.
        restarts = "".join((server.root / f"serve-{n}.log").read_text() for n in (2, 3))
        interrupted = sum(int(n) for n in re.findall(r"(\d+) job\(s\) were interrupted", restarts))
        self.assertGreater(interrupted, 0)
        self.assertEqual(sum(job.attempts - 1 for job in on_server), interrupted)

        # A script that crashed finds its jobs again by sending the same requests.
        for i in (0, submitted_at_kill - 1, submitted_at_kill, JOBS - 1):
            self.assertEqual(client.submit("denoise", **request(i)).id, submitted[i])  # type: ignore[arg-type]

        note(f"{interrupted} interrupted job(s) retried")
        # Every result is real audio of its input's length.
        for i, job_id in enumerate(submitted):
            target = server.root / f"take-{i:02d}.clean.wav"
            client.download(job_id, "audio", target, format="wav")
            rate, _, samples = wav_samples(target)
            self.assertAlmostEqual(len(samples) / rate, SECONDS, delta=0.05, msg=target.name)
            self.assertNotEqual(samples, wav_samples(files[i % INPUTS])[2])
        note(f"{JOBS} results downloaded and checked")


if __name__ == "__main__":
    unittest.main()
