#!/usr/bin/python3
"""The reference for `sonara-bench tacotron2 --vocoder none` on the CPU: torchaudio's Tacotron2
(Debian's python3-torchaudio, on the same libtorch 1.13) at its LJSpeech bundle dimensions with
random weights, decoding the same number of frames with the stop gate ignored. For measuring
only; nothing in the project depends on it.

    /usr/bin/python3 app/bench/torchaudio_tacotron2.py [--chars N] [--iterations N]
"""
import argparse
import json
import statistics
import time

import torch
from torchaudio.models import Tacotron2
from torchaudio.pipelines._tts.utils import _get_taco_params

parser = argparse.ArgumentParser()
parser.add_argument("--chars", type=int, default=200)
parser.add_argument("--iterations", type=int, default=3)
parser.add_argument("--warmup", type=int, default=1)
args = parser.parse_args()

SYMBOLS = 38  # torchaudio's character table
frames = max(1, round(args.chars / 15.0 * 22050 / 256))  # as sonara-bench: 15 characters a second
params = _get_taco_params(SYMBOLS)
params["decoder_max_step"] = frames
params["decoder_early_stopping"] = False
model = Tacotron2(**params).eval()
tokens = torch.randint(1, SYMBOLS, (1, args.chars))
lengths = torch.tensor([args.chars])

with torch.inference_mode():
    for _ in range(args.warmup):
        model.infer(tokens, lengths)
    walls = []
    for _ in range(args.iterations):
        start = time.perf_counter()
        model.infer(tokens, lengths)
        walls.append(time.perf_counter() - start)

audio_seconds = frames * 256 / 22050
wall = statistics.median(walls)
print(json.dumps({"bench": "torchaudio-tacotron2", "device": "cpu", "characters": args.chars,
                  "frames": frames, "audio_seconds": round(audio_seconds, 4),
                  "wall_s": round(wall, 6), "audio_s_per_s": round(audio_seconds / wall, 3),
                  "torch": torch.__version__}))
