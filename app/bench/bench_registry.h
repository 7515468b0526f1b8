#pragma once

// Internal to sonara-bench: each bench_<model>.cpp registers one entry with a static
// BenchRegistrar; the driver in main.cpp times it and prints the JSON line.

#include <torch/torch.h>

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace sonara::bench {

struct BenchOptions {
    std::string device = "auto";
    std::string dtype = "auto";
    double seconds = 10.0;  // length of the audio each batch item covers
    int batch = 1;
    int iterations = 5;
    int warmup = 1;
    std::string checkpoint;  // empty: random weights at the model's real dimensions
    std::string size;        // model size for entries that have several; empty: the entry's default
    int tokens = 0;          // tokens decoded per window for autoregressive entries; 0: the default
    bool cudaGraphs = true;  // replay recorded decoder steps where the entry and build support it
    double matchingMinutes = 0.0;  // kNN-VC: length of the target voice's matching set; 0: default
    int characters = 0;            // text-to-speech entries: characters of text; 0: the default
    std::string vocoder;           // Tacotron2: waveglow or hifigan; empty: the entry's default
};

// A prepared run: the model is built and its inputs are on the device, so run() is only the work
// being timed.
struct BenchCase {
    torch::Device device = torch::kCPU;
    torch::ScalarType dtype = torch::kFloat32;
    std::vector<std::pair<std::string, std::string>> labels;  // what ran, e.g. {"size", "tiny"}
    std::vector<std::pair<std::string, double>> work;  // printed as given, e.g. audio_seconds
    std::string throughputKey;                         // e.g. audio_s_per_s, tokens_per_s
    double throughputUnits = 0.0;                      // units per run(), over the whole batch
    // Further rates printed beside the main one, e.g. {"tokens_per_s", tokens per run()}.
    std::vector<std::pair<std::string, double>> extraThroughputs;
    std::function<void()> run;
};

using BenchFactory = std::function<BenchCase(const BenchOptions&)>;

struct BenchEntry {
    std::string description;
    BenchFactory make;
};

const std::map<std::string, BenchEntry>& benchEntries();

struct BenchRegistrar {
    BenchRegistrar(const std::string& name, const std::string& description, BenchFactory make);
};

}  // namespace sonara::bench
