// sonara-bench <entry> [options]: times one model at real dimensions and prints one JSON line.

#include <torch/torch.h>
#include <torch/version.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "bench_registry.h"
#include "models/common/blas_info.h"
#include "models/common/device.h"
#include "models/common/error.h"

namespace {

using namespace sonara::bench;

void printUsage(std::FILE* out) {
    std::fprintf(out,
                 "usage: sonara-bench <entry> [--device auto|cpu|cuda|cuda:N] "
                 "[--dtype auto|fp32|fp16|bf16]\n"
                 "                    [--seconds S] [--batch N] [--iterations N] [--warmup N] "
                 "[--checkpoint DIR]\n"
                 "                    [--size NAME] [--tokens N] [--cuda-graphs on|off] "
                 "[--matching-minutes M]\n"
                 "                    [--chars N] [--vocoder waveglow|hifigan|none]\n"
                 "       sonara-bench --list\n\nentries:\n");
    for (const auto& [name, entry] : benchEntries()) {
        std::fprintf(out, "  %-10s %s\n", name.c_str(), entry.description.c_str());
    }
}

std::string formatNumber(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    return buffer;
}

double parseNumber(const std::string& flag, const std::string& value, double minimum) {
    size_t used = 0;
    double v = 0;
    try {
        v = std::stod(value, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != value.size() || !std::isfinite(v) || v < minimum) {
        throw sonara::models::Error(flag + " needs a number >= " + formatNumber(minimum) +
                                    ", got '" + value + "'");
    }
    return v;
}

int parseCount(const std::string& flag, const std::string& value, int minimum) {
    const double v = parseNumber(flag, value, minimum);
    if (v != std::floor(v) || v > 1e6) {
        throw sonara::models::Error(flag + " needs a whole number, got '" + value + "'");
    }
    return static_cast<int>(v);
}

// Dividing by a power of ten (not multiplying by its inverse) gives the double nearest the decimal,
// which the JSON writer then prints short.
double rounded(double v, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        printUsage(args.empty() ? stderr : stdout);
        return args.empty() ? 2 : 0;
    }
    if (args[0] == "--list") {
        for (const auto& [name, entry] : benchEntries())
            std::printf("%s\n", name.c_str());
        return 0;
    }

    try {
        const std::string name = args[0];
        const auto entry = benchEntries().find(name);
        if (entry == benchEntries().end()) {
            std::fprintf(stderr, "sonara-bench: unknown entry '%s'\n\n", name.c_str());
            printUsage(stderr);
            return 2;
        }
        BenchOptions options;
        for (size_t i = 1; i < args.size(); ++i) {
            const std::string& flag = args[i];
            if (i + 1 >= args.size())
                throw sonara::models::Error(flag + " needs a value");
            const std::string& value = args[++i];
            if (flag == "--device") {
                options.device = value;
            } else if (flag == "--dtype") {
                options.dtype = value;
            } else if (flag == "--seconds") {
                options.seconds = parseNumber(flag, value, 0.001);
            } else if (flag == "--batch") {
                options.batch = parseCount(flag, value, 1);
            } else if (flag == "--iterations") {
                options.iterations = parseCount(flag, value, 1);
            } else if (flag == "--warmup") {
                options.warmup = parseCount(flag, value, 0);
            } else if (flag == "--checkpoint") {
                options.checkpoint = value;
            } else if (flag == "--size") {
                options.size = value;
            } else if (flag == "--tokens") {
                options.tokens = parseCount(flag, value, 1);
            } else if (flag == "--chars") {
                options.characters = parseCount(flag, value, 1);
            } else if (flag == "--vocoder") {
                options.vocoder = value;
            } else if (flag == "--matching-minutes") {
                options.matchingMinutes = parseNumber(flag, value, 0.001);
            } else if (flag == "--cuda-graphs") {
                if (value != "on" && value != "off")
                    throw sonara::models::Error("--cuda-graphs needs on or off, got '" + value +
                                                "'");
                options.cudaGraphs = value == "on";
            } else {
                throw sonara::models::Error("unknown option " + flag +
                                            " (see sonara-bench --help)");
            }
        }

        const sonara::models::BlasInfo blas = sonara::models::blasInfo();
        if (blas.isReference()) {
            std::fprintf(stderr,
                         "sonara-bench: warning: libtorch's CPU matrix products go through the "
                         "reference BLAS (%s), which is many times slower than an optimised one; "
                         "install libopenblas0-pthread (packaging/install-deps.sh does)\n",
                         blas.path.c_str());
        }
        BenchCase c = entry->second.make(options);
        sonara::models::resetPeakMemory(c.device);
        for (int i = 0; i < options.warmup; ++i)
            c.run();
        sonara::models::synchronize(c.device);

        std::vector<double> walls;
        for (int i = 0; i < options.iterations; ++i) {
            const auto start = std::chrono::steady_clock::now();
            c.run();
            sonara::models::synchronize(c.device);
            walls.push_back(
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        }
        std::sort(walls.begin(), walls.end());
        const size_t mid = walls.size() / 2;
        const double wall = walls.size() % 2 ? walls[mid] : 0.5 * (walls[mid - 1] + walls[mid]);

        nlohmann::ordered_json line;
        line["bench"] = name;
        for (const auto& [key, value] : c.labels)
            line[key] = value;
        line["device"] = sonara::models::deviceName(c.device);
        line["dtype"] = sonara::models::dtypeName(c.dtype);
        line["batch"] = options.batch;
        for (const auto& [key, value] : c.work)
            line[key] = rounded(value, 4);
        line["wall_s"] = rounded(wall, 6);
        line[c.throughputKey] = rounded(wall > 0 ? c.throughputUnits / wall : 0.0, 3);
        for (const auto& [key, units] : c.extraThroughputs)
            line[key] = rounded(wall > 0 ? units / wall : 0.0, 3);
        line["peak_mem_mb"] = rounded(sonara::models::peakMemoryMb(c.device), 1);
        line["torch"] = TORCH_VERSION;
        line["blas"] = blas.name;
        line["cpu_threads"] = at::get_num_threads();
        std::cout << line.dump() << std::endl;
        return 0;
    } catch (const c10::Error& e) {
        std::fprintf(stderr, "sonara-bench: libtorch: %s\n", e.what_without_backtrace());
        return 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "sonara-bench: %s\n", e.what());
        return 1;
    }
}
