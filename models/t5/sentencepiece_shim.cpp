// libsonara_sentencepiece: see sentencepiece_shim.h for why this is a library of its own. It
// links libsentencepiece and nothing of libtorch.

#include "models/t5/sentencepiece_shim.h"

#include <sentencepiece_processor.h>

#include <algorithm>
#include <cstring>
#include <exception>
#include <memory>
#include <string>
#include <vector>

struct SonaraSpm {
    sentencepiece::SentencePieceProcessor processor;
};

namespace {

void setError(char* error, size_t size, const std::string& message) {
    if (!error || size == 0)
        return;
    const size_t n = std::min(size - 1, message.size());
    std::memcpy(error, message.data(), n);
    error[n] = '\0';
}

}  // namespace

extern "C" {

__attribute__((visibility("default"))) int sonara_spm_abi_version(void) {
    return SONARA_SPM_ABI_VERSION;
}

__attribute__((visibility("default"))) SonaraSpm* sonara_spm_open(const char* modelPath,
                                                                  char* error, size_t errorSize) {
    try {
        auto spm = std::make_unique<SonaraSpm>();
        const auto status = spm->processor.Load(modelPath);
        if (!status.ok()) {
            setError(error, errorSize, status.ToString());
            return nullptr;
        }
        return spm.release();
    } catch (const std::exception& e) {
        setError(error, errorSize, e.what());
    } catch (...) {
        setError(error, errorSize, "unknown error");
    }
    return nullptr;
}

__attribute__((visibility("default"))) void sonara_spm_close(SonaraSpm* spm) {
    delete spm;
}

__attribute__((visibility("default"))) int32_t sonara_spm_piece_to_id(const SonaraSpm* spm,
                                                                      const char* piece) {
    return spm->processor.PieceToId(piece);
}

__attribute__((visibility("default"))) int32_t sonara_spm_unk_id(const SonaraSpm* spm) {
    return spm->processor.unk_id();
}

__attribute__((visibility("default"))) int32_t sonara_spm_piece_count(const SonaraSpm* spm) {
    return spm->processor.GetPieceSize();
}

__attribute__((visibility("default"))) int64_t sonara_spm_encode(const SonaraSpm* spm,
                                                                 const char* text, size_t length,
                                                                 int32_t* ids, size_t capacity,
                                                                 char* error, size_t errorSize) {
    try {
        std::vector<int> pieces;
        const auto status = spm->processor.Encode(std::string(text, length), &pieces);
        if (!status.ok()) {
            setError(error, errorSize, status.ToString());
            return -1;
        }
        std::copy_n(pieces.begin(), std::min(capacity, pieces.size()), ids);
        return static_cast<int64_t>(pieces.size());
    } catch (const std::exception& e) {
        setError(error, errorSize, e.what());
    } catch (...) {
        setError(error, errorSize, "unknown error");
    }
    return -1;
}

}  // extern "C"
