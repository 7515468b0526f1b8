#pragma once

// Tiny MusicGen and AudioGen checkpoints to install. Written by the sonara_test_fixtures
// library, so that the engine, API and end-to-end tests that install them do not compile libtorch.

#include <QString>

namespace sonara::test {

// tests/fixtures/musicgen, or $SONARA_FIXTURES/musicgen.
QString musicgenFixture();

// The fixture's tiny random-weight MusicGen (transformers layout: T5 encoder, 4-codebook
// decoder, 32 kHz EnCodec, spiece.model) written to `folder` as a checkpoint to install. The
// fixture's EnCodec codebooks are all zero, as an untrained codec starts, so every code would
// decode to the same sound; here they are filled with seeded random values, so that the audio
// follows the codes (seeds, variations and audio prompts become audible). Its positions allow
// windows of about 5 s, so longer music exercises windowed continuation.
bool writeTinyMusicGen(const QString& folder);

// The same tiny model (codebooks filled as above) in AudioGen's published layout
// (state_dict.bin, compression_state_dict.bin, t5/), as facebook/audiogen-medium ships it:
// trained windows of 10 s.
bool writeTinyAudioGen(const QString& folder);

}  // namespace sonara::test
