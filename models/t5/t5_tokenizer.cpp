#include "models/t5/t5_tokenizer.h"

#include <sentencepiece_processor.h>

#include <filesystem>

#include "models/common/error.h"

namespace sonara::models {

struct T5Tokenizer::Impl {
    sentencepiece::SentencePieceProcessor processor;
    int64_t pad = 0;
    int64_t eos = 1;
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
    const auto status = impl->processor.Load(file);
    if (!status.ok())
        throw Error("T5 tokenizer: cannot load " + file + ": " + status.ToString());
    const int eos = impl->processor.PieceToId("</s>");
    const int pad = impl->processor.PieceToId("<pad>");
    if (eos == impl->processor.unk_id()) {
        throw Error("T5 tokenizer: " + file + " has no </s> piece; it is not a T5 tokenizer");
    }
    impl->eos = eos;
    impl->pad = pad == impl->processor.unk_id() ? 0 : pad;
    return T5Tokenizer(std::move(impl));
}

std::vector<int64_t> T5Tokenizer::encode(const std::string& text) const {
    std::vector<int> pieces;
    const auto status = impl_->processor.Encode(text, &pieces);
    if (!status.ok())
        throw Error("T5 tokenizer: cannot encode text: " + status.ToString());
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

}  // namespace sonara::models
