#pragma once

// A tiny Tacotron2 voice folder laid out as the tacotron2 engine installs one: tacotron2/ holds
// the Tacotron2 fixture with its mel dimension cut to what the chosen vocoder reads, and
// waveglow/ or hifigan/ the vocoder fixture as it is. The fixtures' weights are random, so the
// speech is noise-like; lengths, rates, refusals and behaviour are what tests check. Written by
// the sonara_test_fixtures library, so that the tests that install it do not compile libtorch.

#include <QString>

namespace sonara::test {

// tests/fixtures, or $SONARA_FIXTURES.
QString tinyModelFixtures();

// The mel bands of each vocoder fixture: WaveGlow's n_mel_channels, HiFi-GAN's model_in_dim.
int tinyVocoderMelBands(const QString& vocoder);

// Writes folder/tacotron2 with `melBands` mel bands: every tensor whose dimension is the mel
// axis (the prenet's input, the projection's output, the postnet's first input and last output)
// keeps its first melBands rows.
bool writeTinyTacotron2Part(const QString& folder, int melBands);

// Copies the `vocoder` fixture ("waveglow" or "hifigan") to folder/<vocoder>.
bool copyVocoderFixture(const QString& folder, const QString& vocoder);

// A voice folder whose Tacotron2 matches `vocoder` ("waveglow" or "hifigan").
bool writeTinyTacotron2Voice(const QString& folder, const QString& vocoder);

}  // namespace sonara::test
