#include "models/marian/marian_tokenizer.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "models/common/error.h"

namespace sonara::models {

namespace {

namespace fs = std::filesystem;

// A minimal protobuf reader: enough to walk ModelProto's repeated `pieces` (field 1), each a
// message whose field 1 is the piece string.
class ProtoReader {
public:
    ProtoReader(const char* begin, const char* end) : at_(begin), end_(end) {}
    bool done() const { return at_ >= end_; }

    uint64_t varint() {
        uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at_ >= end_)
                throw Error("truncated");
            const auto byte = static_cast<uint8_t>(*at_++);
            value |= uint64_t(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        throw Error("bad varint");
    }

    // Reads a field; for length-delimited ones, [begin, end) of its bytes.
    void field(uint32_t& number, uint32_t& wire, const char*& begin, const char*& end) {
        const uint64_t tag = varint();
        number = uint32_t(tag >> 3);
        wire = uint32_t(tag & 7);
        begin = end = nullptr;
        switch (wire) {
            case 0:
                varint();
                break;
            case 1:
                skip(8);
                break;
            case 5:
                skip(4);
                break;
            case 2: {
                const uint64_t length = varint();
                begin = at_;
                skip(length);
                end = at_;
                break;
            }
            default:
                throw Error("unsupported wire type " + std::to_string(wire));
        }
    }

private:
    void skip(uint64_t n) {
        if (uint64_t(end_ - at_) < n)
            throw Error("truncated");
        at_ += n;
    }

    const char* at_;
    const char* end_;
};

std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

nlohmann::json readJson(const fs::path& file) {
    try {
        return nlohmann::json::parse(readFile(file));
    } catch (const nlohmann::json::exception&) {
        throw Error("Marian tokenizer: " + file.string() +
                    " is not valid JSON; download the checkpoint's file again");
    }
}

std::map<std::string, int64_t> readVocab(const fs::path& file) {
    const auto json = readJson(file);
    if (!json.is_object())
        throw Error("Marian tokenizer: " + file.string() + " is not a piece -> id object");
    std::map<std::string, int64_t> vocab;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!it.value().is_number_integer())
            throw Error("Marian tokenizer: " + file.string() + ": \"" + it.key() +
                        "\" has no integer id");
        vocab[it.key()] = it.value().get<int64_t>();
    }
    return vocab;
}

fs::path required(const fs::path& dir, const char* name) {
    const auto file = dir / name;
    if (!fs::is_regular_file(file)) {
        throw Error("Marian tokenizer: " + file.string() +
                    " not found; an opus-mt checkpoint needs source.spm, target.spm and "
                    "vocab.json next to config.json");
    }
    return file;
}

int64_t idOf(const std::map<std::string, int64_t>& vocab, const std::string& piece,
             int64_t fallback) {
    const auto it = vocab.find(piece);
    return it == vocab.end() ? fallback : it->second;
}

void appendUtf8Replacing(std::string& out, const std::string& piece) {
    // SentencePiece marks a word start with U+2581; decoding turns it into a space.
    static const std::string kSpace = "\xe2\x96\x81";
    for (size_t i = 0; i < piece.size();) {
        if (piece.compare(i, kSpace.size(), kSpace) == 0) {
            out += ' ';
            i += kSpace.size();
        } else {
            out += piece[i++];
        }
    }
}

}  // namespace

std::vector<std::string> sentencePiecePieces(const std::string& file) {
    const std::string bytes = readFile(file);
    std::vector<std::string> pieces;
    try {
        ProtoReader model(bytes.data(), bytes.data() + bytes.size());
        while (!model.done()) {
            uint32_t number = 0, wire = 0;
            const char *begin = nullptr, *end = nullptr;
            model.field(number, wire, begin, end);
            if (number != 1 || wire != 2)
                continue;
            ProtoReader piece(begin, end);
            std::string text;
            while (!piece.done()) {
                uint32_t n = 0, w = 0;
                const char *b = nullptr, *e = nullptr;
                piece.field(n, w, b, e);
                if (n == 1 && w == 2)
                    text.assign(b, e);
            }
            pieces.push_back(std::move(text));
        }
    } catch (const Error&) {
        throw Error("Marian tokenizer: " + file +
                    " is not a SentencePiece model; download the checkpoint's file again");
    }
    if (pieces.empty())
        throw Error("Marian tokenizer: " + file + " holds no SentencePiece pieces");
    return pieces;
}

MarianTokenizer MarianTokenizer::load(const std::string& checkpointDir) {
    const fs::path dir(checkpointDir);
    MarianTokenizer t;
    const auto sourceSpm = required(dir, "source.spm");
    required(dir, "target.spm");
    t.sourceVocab_ = readVocab(required(dir, "vocab.json"));
    t.source_ = std::make_shared<const T5Tokenizer>(T5Tokenizer::load(sourceSpm.string()));
    t.sourcePieces_ = sentencePiecePieces(sourceSpm.string());
    const auto targetVocabFile = dir / "target_vocab.json";
    const auto targetVocab =
        fs::is_regular_file(targetVocabFile) ? readVocab(targetVocabFile) : t.sourceVocab_;
    for (const auto& [piece, id] : targetVocab)
        t.targetPieces_[id] = piece;
    t.eos_ = idOf(t.sourceVocab_, "</s>", 0);
    t.unk_ = idOf(t.sourceVocab_, "<unk>", 1);
    t.pad_ = idOf(t.sourceVocab_, "<pad>", -1);
    return t;
}

std::vector<int64_t> MarianTokenizer::encode(const std::string& text) const {
    auto pieces = source_->encode(text);
    pieces.pop_back();  // T5Tokenizer's </s>; Marian's comes from vocab.json below
    std::vector<int64_t> ids;
    ids.reserve(pieces.size() + 1);
    for (const int64_t piece : pieces) {
        const bool known = piece >= 0 && size_t(piece) < sourcePieces_.size();
        ids.push_back(known ? idOf(sourceVocab_, sourcePieces_[size_t(piece)], unk_) : unk_);
    }
    ids.push_back(eos_);
    return ids;
}

std::string MarianTokenizer::decode(const std::vector<int64_t>& ids) const {
    std::string text;
    for (const int64_t id : ids) {
        if (id == eos_ || id == pad_ || id == unk_)
            continue;
        const auto it = targetPieces_.find(id);
        if (it != targetPieces_.end())
            appendUtf8Replacing(text, it->second);
    }
    const auto first = text.find_first_not_of(' ');
    return first == std::string::npos ? std::string() : text.substr(first);
}

}  // namespace sonara::models
