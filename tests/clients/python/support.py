"""What the Python client's tests share: a real `sonara serve` in a private XDG and data folder,
and audio files made with the standard library."""

from __future__ import annotations

import array
import math
import os
import random
import re
import signal
import struct
import subprocess
import tempfile
import time
import wave
from pathlib import Path
from typing import Callable


def sonara_binary() -> Path:
    binary_dir = os.environ.get("SONARA_BINARY_DIR")
    if not binary_dir:
        raise RuntimeError("SONARA_BINARY_DIR is not set; run these tests through ctest")
    binary = Path(binary_dir) / "app" / "cli" / "sonara"
    if not binary.is_file():
        raise RuntimeError(f"{binary} is missing; build the `sonara` target first")
    return binary


class SonaraServer:
    """`sonara --data DIR serve --port 0` with its own config, data and cache folders, so that
    `api-url` and `api-token` land in `config_dir` and a restart picks a new port."""

    def __init__(self) -> None:
        self._root = tempfile.TemporaryDirectory(prefix="sonara-client-test-")
        root = Path(self._root.name)
        self.root = root
        self.data_dir = root / "sonara-data"
        self.config_dir = root / "config" / "sonara"
        self.env = dict(os.environ)
        for name, folder in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                             ("XDG_CACHE_HOME", "cache"), ("XDG_RUNTIME_DIR", "run")):
            (root / folder).mkdir(mode=0o700, parents=True, exist_ok=True)
            self.env[name] = str(root / folder)
        self.process: subprocess.Popen[bytes] | None = None
        self.url = ""
        self.starts = 0

    def start(self, timeout: float = 60.0) -> str:
        self.starts += 1
        log = self.root / f"serve-{self.starts}.log"
        with log.open("wb") as out:
            self.process = subprocess.Popen(
                [str(sonara_binary()), "--data", str(self.data_dir), "serve", "--port", "0"],
                env=self.env, stdout=out, stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = re.search(r"listening on (http://127\.0\.0\.1:\d+)", log.read_text("utf-8", "replace"))
            if found:
                self.url = found.group(1)
                return self.url
            if self.process.poll() is not None:
                break
            time.sleep(0.05)
        self.kill()
        raise RuntimeError(f"sonara serve did not start: {log.read_text('utf-8', 'replace')}")

    def kill(self) -> None:
        """`kill -9`: no clean shutdown, `api-url` stays behind naming the dead port."""
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()

    def token(self) -> str:
        return (self.config_dir / "api-token").read_text().strip()

    def close(self) -> None:
        self.stop()
        self._root.cleanup()


def write_noisy_wav(path: Path, seconds: float, seed: int, rate: int = 16000) -> Path:
    """A tone under white noise: something for a denoiser to remove. One second of samples is
    made and repeated, so long files are quick to write."""
    rng = random.Random(seed)
    pitch = 220 + 40 * seed
    second = array.array(
        "h",
        (int(4000 * math.sin(2 * math.pi * pitch * i / rate) + rng.randint(-1500, 1500))
         for i in range(rate)),
    ).tobytes()
    whole, rest = divmod(int(seconds * rate), rate)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        for _ in range(whole):
            out.writeframes(second)
        out.writeframes(second[: rest * 2])
    return path


def wav_samples(path: Path) -> tuple[int, int, array.array[int]]:
    """(sample rate, channels, samples) of a 16-, 24- or 32-bit PCM WAV file, plain or
    WAVE_FORMAT_EXTENSIBLE (which the `wave` module of Python 3.11 refuses). Samples are 32-bit
    full scale whatever the file's depth, so that files of different depths compare."""
    data = path.read_bytes()
    if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise AssertionError(f"{path.name} is not a WAV file")
    rate = channels = width = 0
    position = 12
    while position + 8 <= len(data):
        chunk, size = data[position:position + 4], struct.unpack_from("<I", data, position + 4)[0]
        body = position + 8
        if chunk == b"fmt ":
            tag, channels, rate = struct.unpack_from("<HHI", data, body)
            width = struct.unpack_from("<H", data, body + 14)[0] // 8
            if tag == 0xFFFE:
                tag = struct.unpack_from("<H", data, body + 24)[0]  # the sub-format's GUID
            if tag != 1 or width not in (2, 3, 4):
                raise AssertionError(f"{path.name}: format {tag}, {8 * width}-bit; expected PCM")
        elif chunk == b"data":
            if not rate:
                raise AssertionError(f"{path.name}: data before its format")
            raw = data[body:body + size]
            count = len(raw) // width
            wide = bytearray(4 * count)
            for byte in range(width):  # little-endian bytes into the top of 32 bits
                wide[4 - width + byte::4] = raw[byte:count * width:width]
            samples = array.array("i")
            samples.frombytes(bytes(wide))
            return rate, channels, samples
        position = body + size + (size & 1)
    raise AssertionError(f"{path.name} has no audio data")


def rms(samples: array.array[int]) -> float:
    return math.sqrt(sum(s * s for s in samples) / max(1, len(samples)))


def wait_until(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()
