#include "models/demucs/htdemucs_bag.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "models/common/error.h"
#include "models/common/torch_archive.h"

namespace sonara::models {

namespace {

namespace fs = std::filesystem;

// The part of YAML that demucs' descriptors use: top-level "key: value" entries whose values are
// scalars, flow lists ([a, [1., 0.]], spanning lines) or block lists ("- item" lines).
struct YamlNode {
    bool list = false;
    std::string text;
    std::vector<YamlNode> items;
};

class FlowParser {
public:
    FlowParser(std::string text, std::string where)
        : s_(std::move(text)), where_(std::move(where)) {}

    YamlNode parseAll() {
        auto node = value();
        skipSpace();
        if (pos_ != s_.size())
            fail("unexpected '" + s_.substr(pos_, 10) + "'");
        return node;
    }

private:
    void skipSpace() {
        while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_])))
            ++pos_;
    }
    [[noreturn]] void fail(const std::string& what) const {
        throw Error(where_ + ": cannot read the bag descriptor (" + what + ")");
    }
    YamlNode value() {
        skipSpace();
        if (pos_ < s_.size() && s_[pos_] == '[')
            return list();
        return scalar();
    }
    YamlNode list() {
        YamlNode node;
        node.list = true;
        ++pos_;  // '['
        for (;;) {
            skipSpace();
            if (pos_ >= s_.size())
                fail("a list is not closed");
            if (s_[pos_] == ']') {
                ++pos_;
                return node;
            }
            node.items.push_back(value());
            skipSpace();
            if (pos_ < s_.size() && s_[pos_] == ',')
                ++pos_;
            else if (pos_ >= s_.size() || s_[pos_] != ']')
                fail("expected ',' or ']' in a list");
        }
    }
    YamlNode scalar() {
        YamlNode node;
        if (pos_ < s_.size() && (s_[pos_] == '\'' || s_[pos_] == '"')) {
            const char quote = s_[pos_++];
            for (;;) {
                if (pos_ >= s_.size())
                    fail("a quoted string is not closed");
                const char ch = s_[pos_++];
                if (ch == quote) {
                    if (quote == '\'' && pos_ < s_.size() && s_[pos_] == '\'') {
                        node.text += '\'';  // '' inside single quotes
                        ++pos_;
                        continue;
                    }
                    return node;
                }
                node.text += ch;
            }
        }
        const size_t begin = pos_;
        while (pos_ < s_.size() && s_[pos_] != ',' && s_[pos_] != ']')
            ++pos_;
        node.text = s_.substr(begin, pos_ - begin);
        while (!node.text.empty() && std::isspace(static_cast<unsigned char>(node.text.back())))
            node.text.pop_back();
        if (node.text.empty())
            fail("an empty value");
        return node;
    }

    std::string s_;
    std::string where_;
    size_t pos_ = 0;
};

std::string withoutComment(const std::string& line) {
    char quote = 0;
    for (size_t i = 0; i < line.size(); ++i) {
        const char ch = line[i];
        if (quote) {
            if (ch == quote)
                quote = 0;
        } else if (ch == '\'' || ch == '"') {
            quote = ch;
        } else if (ch == '#' && (i == 0 || std::isspace(static_cast<unsigned char>(line[i - 1])))) {
            return line.substr(0, i);
        }
    }
    return line;
}

std::string trim(const std::string& s) {
    const auto begin = s.find_first_not_of(" \t\r");
    if (begin == std::string::npos)
        return {};
    return s.substr(begin, s.find_last_not_of(" \t\r") - begin + 1);
}

int bracketDepth(const std::string& s) {
    int depth = 0;
    char quote = 0;
    for (char ch : s) {
        if (quote) {
            if (ch == quote)
                quote = 0;
        } else if (ch == '\'' || ch == '"') {
            quote = ch;
        } else if (ch == '[') {
            ++depth;
        } else if (ch == ']') {
            --depth;
        }
    }
    return depth;
}

std::map<std::string, YamlNode> parseDescriptor(const std::string& text, const std::string& where) {
    std::vector<std::string> lines;
    {
        std::istringstream in(text);
        std::string line;
        while (std::getline(in, line)) {
            line = withoutComment(line);
            if (!trim(line).empty() && trim(line) != "---")
                lines.push_back(line);
        }
    }
    std::map<std::string, YamlNode> entries;
    for (size_t i = 0; i < lines.size();) {
        const std::string& line = lines[i];
        const auto colon = line.find(':');
        if (std::isspace(static_cast<unsigned char>(line[0])) || colon == std::string::npos)
            throw Error(where + ": cannot read the bag descriptor at '" + trim(line) + "'");
        const std::string key = trim(line.substr(0, colon));
        std::string rest = trim(line.substr(colon + 1));
        ++i;
        if (!rest.empty()) {
            // A flow list may continue over the following lines until its brackets close.
            while (bracketDepth(rest) > 0 && i < lines.size())
                rest += " " + trim(lines[i++]);
            entries[key] = FlowParser(rest, where).parseAll();
            continue;
        }
        YamlNode block;
        block.list = true;
        while (i < lines.size() && std::isspace(static_cast<unsigned char>(lines[i][0]))) {
            std::string item = trim(lines[i++]);
            if (item.rfind("-", 0) != 0)
                throw Error(where + ": cannot read the bag descriptor at '" + item + "'");
            item = trim(item.substr(1));
            while (bracketDepth(item) > 0 && i < lines.size())
                item += " " + trim(lines[i++]);
            block.items.push_back(FlowParser(item, where).parseAll());
        }
        entries[key] = block;
    }
    return entries;
}

double toNumber(const YamlNode& node, const std::string& where) {
    try {
        size_t used = 0;
        const double v = std::stod(node.text, &used);
        if (used == node.text.size() && !node.list)
            return v;
    } catch (const std::logic_error&) {
    }
    throw Error(where + " must be a number, found '" + node.text + "'");
}

// demucs' LocalRepo: a file <signature>-<checksum>.th answers to <signature>.
std::string findModelFile(const fs::path& dir, const std::string& signature,
                          const std::string& where) {
    std::vector<std::string> found;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".th")
            continue;
        const std::string stem = entry.path().stem().string();
        if (stem.substr(0, stem.find('-')) == signature)
            found.push_back(entry.path().string());
    }
    if (found.empty()) {
        throw Error(where + " names model '" + signature + "', but no " + signature +
                    "-*.th file lies beside it in " + dir.string());
    }
    if (found.size() > 1) {
        std::sort(found.begin(), found.end());
        throw Error(where + " names model '" + signature +
                    "', which several files answer to: " + found[0] + ", " + found[1]);
    }
    return found.front();
}

bool isDescriptor(const fs::path& p) {
    return p.extension() == ".yaml" || p.extension() == ".yml";
}

}  // namespace

HTDemucsBagSpec readDemucsBagDescriptor(const std::string& path) {
    std::ifstream in(path);
    if (!in)
        throw Error("cannot read the demucs bag descriptor " + path);
    std::stringstream text;
    text << in.rdbuf();
    const auto entries = parseDescriptor(text.str(), path);

    HTDemucsBagSpec spec;
    spec.source = path;
    const auto models = entries.find("models");
    if (models == entries.end() || !models->second.list || models->second.items.empty())
        throw Error(path + ": a demucs bag descriptor lists its models, e.g. models: ['955717e8']");
    const fs::path dir =
        fs::path(path).parent_path().empty() ? fs::path(".") : fs::path(path).parent_path();
    for (const auto& model : models->second.items) {
        if (model.list)
            throw Error(path + ": 'models' must list model signatures");
        spec.models.push_back(findModelFile(dir, model.text, path));
    }
    const auto weights = entries.find("weights");
    if (weights != entries.end()) {
        if (!weights->second.list || weights->second.items.size() != spec.models.size()) {
            throw Error(path + ": 'weights' must hold one row per model (" +
                        std::to_string(spec.models.size()) + " rows)");
        }
        for (size_t m = 0; m < weights->second.items.size(); ++m) {
            const auto& row = weights->second.items[m];
            const std::string where = path + ": weights row " + std::to_string(m + 1);
            if (!row.list)
                throw Error(where + " must be a list of per-source weights");
            std::vector<double> values;
            for (const auto& w : row.items)
                values.push_back(toNumber(w, where));
            spec.weights.push_back(std::move(values));
        }
    }
    const auto segment = entries.find("segment");
    if (segment != entries.end()) {
        toNumber(segment->second, path + ": 'segment'");
        spec.segment = segment->second.text;
    }
    return spec;
}

HTDemucsBagSpec resolveHTDemucsPath(const std::string& path) {
    const fs::path p(path);
    if (!fs::exists(p))
        throw Error("the HTDemucs checkpoint " + path + " does not exist");
    if (!fs::is_directory(p)) {
        if (isDescriptor(p))
            return readDemucsBagDescriptor(path);
        HTDemucsBagSpec spec;
        spec.source = path;
        spec.models = {path};
        return spec;
    }
    std::vector<std::string> descriptors, torchFiles;
    for (const auto& entry : fs::directory_iterator(p)) {
        if (!entry.is_regular_file())
            continue;
        if (isDescriptor(entry.path()))
            descriptors.push_back(entry.path().string());
        else if (TorchArchive::isTorchFileName(entry.path().string()))
            torchFiles.push_back(entry.path().string());
    }
    std::sort(descriptors.begin(), descriptors.end());
    if (descriptors.size() == 1)
        return readDemucsBagDescriptor(descriptors.front());
    if (descriptors.size() > 1) {
        throw Error(path + " holds several bag descriptors (" + descriptors[0] + ", " +
                    descriptors[1] + ", ...); name the one to load");
    }
    HTDemucsBagSpec spec;
    spec.source = path;
    if (fs::exists(p / "config.json")) {
        spec.models = {path};
    } else if (torchFiles.size() == 1) {
        spec.models = {torchFiles.front()};
    } else {
        throw Error(path +
                    " holds no single HTDemucs model: expected a published .th file, a "
                    "bag descriptor (.yaml) with its .th files, or config.json with "
                    "model.safetensors");
    }
    return spec;
}

}  // namespace sonara::models
