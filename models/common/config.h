#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace sonara::models {

// Read-only view of a checkpoint's config.json (or a nested object of it). Getters throw Error
// naming the file, the key path and what was expected; the overloads taking a fallback return it
// only when the key is absent or null, never when it holds a value of the wrong type.
class Config {
public:
    // A .json file, or a checkpoint directory (its config.json).
    static Config load(const std::string& path);
    static Config parse(const std::string& text, const std::string& source = "config");

    bool has(const std::string& key) const;
    const std::string& source() const { return source_; }

    int64_t getInt(const std::string& key) const;
    int64_t getInt(const std::string& key, int64_t fallback) const;
    double getDouble(const std::string& key) const;  // accepts integers too
    double getDouble(const std::string& key, double fallback) const;
    bool getBool(const std::string& key) const;
    bool getBool(const std::string& key, bool fallback) const;
    std::string getString(const std::string& key) const;
    std::string getString(const std::string& key, const std::string& fallback) const;
    std::vector<int64_t> getIntList(const std::string& key) const;
    std::vector<int64_t> getIntList(const std::string& key,
                                    const std::vector<int64_t>& fallback) const;
    std::vector<std::vector<int64_t>> getIntListList(const std::string& key) const;
    std::vector<std::vector<int64_t>> getIntListList(
        const std::string& key, const std::vector<std::vector<int64_t>>& fallback) const;
    std::vector<std::string> getStringList(const std::string& key) const;
    Config child(const std::string& key) const;  // a nested object, e.g. "text_encoder"

    std::string dump() const;

private:
    struct Node;
    Config(std::shared_ptr<const Node> node, std::string source, std::string path);
    std::string where(const std::string& key) const;

    std::shared_ptr<const Node> node_;
    std::string source_;
    std::string path_;  // key path of this object within the file, "" at the root
};

}  // namespace sonara::models
