#include "models/t5/t5_tokenizer.h"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <optional>

#include "models/common/error.h"
#include "models/t5/sentencepiece_shim.h"

#ifndef SONARA_SENTENCEPIECE_SHIM_BUILD_PATH
#define SONARA_SENTENCEPIECE_SHIM_BUILD_PATH ""
#endif

namespace sonara::models {

namespace {

constexpr const char* kShimName = "libsonara_sentencepiece.so";

// The shim's entry points, resolved once per process. The library stays loaded until exit:
// unloading would run libsentencepiece's protobuf destructors while other threads may tokenize.
struct SentencePieceApi {
    decltype(&sonara_spm_open) open = nullptr;
    decltype(&sonara_spm_close) close = nullptr;
    decltype(&sonara_spm_piece_to_id) pieceToId = nullptr;
    decltype(&sonara_spm_unk_id) unkId = nullptr;
    decltype(&sonara_spm_piece_count) pieceCount = nullptr;
    decltype(&sonara_spm_encode) encode = nullptr;
};

template <typename Fn>
void resolve(void* handle, const char* name, Fn& fn, const std::string& file) {
    fn = reinterpret_cast<Fn>(dlsym(handle, name));
    if (!fn) {
        throw Error("T5 tokenizer: " + file + " lacks " + name +
                    "; it belongs to another Sonara version, reinstall Sonara");
    }
}

// RTLD_LOCAL keeps libsentencepiece's protobuf symbols out of the global scope; RTLD_DEEPBIND
// makes libsentencepiece bind its own protobuf before libtorch's, which is already loaded.
SentencePieceApi openShim(const std::string& file) {
    void* handle = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
    if (!handle) {
        const std::string why = dlerror();
        if (why.find("libsentencepiece") != std::string::npos) {
            throw Error(
                "T5 tokenizer: libsentencepiece.so.0 cannot be loaded; install the "
                "libsentencepiece0 package to tokenize text prompts");
        }
        throw Error("T5 tokenizer: cannot load " + file + ": " + why);
    }
    const auto version = reinterpret_cast<decltype(&sonara_spm_abi_version)>(
        dlsym(handle, "sonara_spm_abi_version"));
    if (!version || version() != SONARA_SPM_ABI_VERSION) {
        throw Error("T5 tokenizer: " + file +
                    " belongs to another Sonara version; reinstall Sonara");
    }
    SentencePieceApi api;
    resolve(handle, "sonara_spm_open", api.open, file);
    resolve(handle, "sonara_spm_close", api.close, file);
    resolve(handle, "sonara_spm_piece_to_id", api.pieceToId, file);
    resolve(handle, "sonara_spm_unk_id", api.unkId, file);
    resolve(handle, "sonara_spm_piece_count", api.pieceCount, file);
    resolve(handle, "sonara_spm_encode", api.encode, file);
    return api;
}

std::string programDirectory() {
    std::error_code error;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::string() : exe.parent_path().string();
}

// Loaded on first use; a failure is not cached, so installing the library fixes a running app.
const SentencePieceApi& sentencePieceApi() {
    static std::mutex mutex;
    static std::optional<SentencePieceApi> api;
    std::lock_guard<std::mutex> lock(mutex);
    if (api)
        return *api;
    const auto candidates = sentencePieceShimCandidates();
    for (const auto& file : candidates) {
        if (std::filesystem::is_regular_file(file)) {
            api = openShim(file);
            return *api;
        }
    }
    const char* chosen = std::getenv("SONARA_SENTENCEPIECE_SHIM");
    if (chosen && *chosen) {
        throw Error(std::string("T5 tokenizer: SONARA_SENTENCEPIECE_SHIM names ") + chosen +
                    ", which does not exist; point it at " + kShimName + " or unset it");
    }
    throw Error(std::string("T5 tokenizer: ") + kShimName +
                " was not found, so text prompts cannot be tokenized; reinstall Sonara (a build "
                "needs the libsentencepiece-dev package) or set SONARA_SENTENCEPIECE_SHIM to the "
                "file");
}

}  // namespace

std::vector<std::string> sentencePieceShimCandidates() {
    if (const char* chosen = std::getenv("SONARA_SENTENCEPIECE_SHIM"); chosen && *chosen)
        return {chosen};
    std::vector<std::string> files;
    if (const auto dir = programDirectory(); !dir.empty()) {
        files.push_back(dir + "/" + kShimName);
        files.push_back(dir + "/../lib/sonara/" + kShimName);
    }
    if (*SONARA_SENTENCEPIECE_SHIM_BUILD_PATH)
        files.emplace_back(SONARA_SENTENCEPIECE_SHIM_BUILD_PATH);
    return files;
}

struct T5Tokenizer::Impl {
    const SentencePieceApi* api = nullptr;
    SonaraSpm* spm = nullptr;
    int64_t pad = 0;
    int64_t eos = 1;
    int64_t pieces = 0;

    Impl() = default;
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;
    ~Impl() {
        if (spm)
            api->close(spm);
    }
};

T5Tokenizer::T5Tokenizer(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}

T5Tokenizer T5Tokenizer::load(const std::string& path) {
    std::string file = path;
    if (std::filesystem::is_directory(path))
        file = (std::filesystem::path(path) / "spiece.model").string();
    if (!std::filesystem::is_regular_file(file)) {
        throw Error("T5 tokenizer: " + file +
                    " not found; the checkpoint needs its SentencePiece model (spiece.model)");
    }
    auto impl = std::make_shared<Impl>();
    impl->api = &sentencePieceApi();
    char error[512] = {};
    impl->spm = impl->api->open(file.c_str(), error, sizeof error);
    if (!impl->spm) {
        // libsentencepiece's status names its own source lines; the user needs the file.
        throw Error("T5 tokenizer: " + file +
                    " is not a SentencePiece model; download the checkpoint's spiece.model again");
    }
    const int32_t unk = impl->api->unkId(impl->spm);
    const int32_t eos = impl->api->pieceToId(impl->spm, "</s>");
    const int32_t pad = impl->api->pieceToId(impl->spm, "<pad>");
    if (eos == unk)
        throw Error("T5 tokenizer: " + file + " has no </s> piece; it is not a T5 tokenizer");
    impl->eos = eos;
    impl->pad = pad == unk ? 0 : pad;
    impl->pieces = impl->api->pieceCount(impl->spm);
    return T5Tokenizer(std::move(impl));
}

std::vector<int64_t> T5Tokenizer::encode(const std::string& text) const {
    // One piece per character plus the leading "▁" is the usual most; normalisation can expand
    // characters, in which case the shim reports the size to retry with.
    std::vector<int32_t> pieces(text.size() + 2);
    char error[512] = {};
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int64_t n = impl_->api->encode(impl_->spm, text.data(), text.size(), pieces.data(),
                                             pieces.size(), error, sizeof error);
        if (n < 0)
            throw Error(std::string("T5 tokenizer: cannot encode the prompt: ") + error);
        const bool fits = static_cast<size_t>(n) <= pieces.size();
        pieces.resize(static_cast<size_t>(n));
        if (fits)
            break;
    }
    std::vector<int64_t> ids(pieces.begin(), pieces.end());
    ids.push_back(impl_->eos);
    return ids;
}

int64_t T5Tokenizer::padId() const {
    return impl_->pad;
}

int64_t T5Tokenizer::eosId() const {
    return impl_->eos;
}

int64_t T5Tokenizer::pieceCount() const {
    return impl_->pieces;
}

}  // namespace sonara::models
