#include "models/common/config.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "models/common/error.h"

namespace sonara::models {

struct Config::Node {
    std::shared_ptr<const nlohmann::json> root;  // keeps the whole document alive for children
    const nlohmann::json* value = nullptr;
};

namespace {

const char* typeName(const nlohmann::json& v) {
    return v.type_name();
}

}  // namespace

Config::Config(std::shared_ptr<const Node> node, std::string source, std::string path)
    : node_(std::move(node)), source_(std::move(source)), path_(std::move(path)) {}

Config Config::parse(const std::string& text, const std::string& source) {
    auto root = std::make_shared<nlohmann::json>();
    try {
        *root = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        throw Error(source + " is not valid JSON (" + e.what() + ")");
    }
    if (!root->is_object())
        throw Error(source + " must hold a JSON object");
    auto node = std::make_shared<Node>();
    node->root = root;
    node->value = root.get();
    return Config(std::move(node), source, "");
}

Config Config::load(const std::string& path) {
    std::filesystem::path p(path);
    if (std::filesystem::is_directory(p) || p.extension() != ".json")
        p /= "config.json";
    std::ifstream in(p);
    if (!in) {
        throw Error(
            "cannot read " + p.string() +
            (p.filename() == "config.json" ? ": the checkpoint needs its config.json" : ""));
    }
    std::stringstream text;
    text << in.rdbuf();
    return parse(text.str(), p.string());
}

std::string Config::where(const std::string& key) const {
    return source_ + ": key '" + (path_.empty() ? key : path_ + "." + key) + "'";
}

bool Config::has(const std::string& key) const {
    const auto& v = *node_->value;
    return v.contains(key) && !v.at(key).is_null();
}

namespace {

template <typename T, typename Check>
T typed(const nlohmann::json& v, const std::string& where, const char* expected, Check check) {
    if (!check(v)) {
        throw Error(where + " must be " + expected + ", found " + typeName(v) + " " + v.dump());
    }
    return v.get<T>();
}

bool isInt(const nlohmann::json& v) {
    return v.is_number_integer();
}
bool isNumber(const nlohmann::json& v) {
    return v.is_number();
}
bool isBool(const nlohmann::json& v) {
    return v.is_boolean();
}
bool isString(const nlohmann::json& v) {
    return v.is_string();
}

const nlohmann::json& requireKey(const nlohmann::json& object, const std::string& key,
                                 const std::string& where) {
    auto it = object.find(key);
    if (it == object.end() || it->is_null())
        throw Error(where + " is missing");
    return *it;
}

}  // namespace

int64_t Config::getInt(const std::string& key) const {
    const nlohmann::json& v = requireKey(*node_->value, key, where(key));
    return typed<int64_t>(v, where(key), "an integer", isInt);
}

int64_t Config::getInt(const std::string& key, int64_t fallback) const {
    return has(key) ? getInt(key) : fallback;
}

double Config::getDouble(const std::string& key) const {
    const nlohmann::json& v = requireKey(*node_->value, key, where(key));
    return typed<double>(v, where(key), "a number", isNumber);
}

double Config::getDouble(const std::string& key, double fallback) const {
    return has(key) ? getDouble(key) : fallback;
}

bool Config::getBool(const std::string& key) const {
    const nlohmann::json& v = requireKey(*node_->value, key, where(key));
    return typed<bool>(v, where(key), "true or false", isBool);
}

bool Config::getBool(const std::string& key, bool fallback) const {
    return has(key) ? getBool(key) : fallback;
}

std::string Config::getString(const std::string& key) const {
    const nlohmann::json& v = requireKey(*node_->value, key, where(key));
    return typed<std::string>(v, where(key), "a string", isString);
}

std::string Config::getString(const std::string& key, const std::string& fallback) const {
    return has(key) ? getString(key) : fallback;
}

std::vector<int64_t> Config::getIntList(const std::string& key) const {
    const nlohmann::json& v = requireKey(*node_->value, key, where(key));
    if (!v.is_array())
        throw Error(where(key) + " must be a list of integers, found " + v.dump());
    std::vector<int64_t> out;
    for (size_t i = 0; i < v.size(); ++i) {
        out.push_back(
            typed<int64_t>(v[i], where(key) + " item " + std::to_string(i), "an integer", isInt));
    }
    return out;
}

std::vector<int64_t> Config::getIntList(const std::string& key,
                                        const std::vector<int64_t>& fallback) const {
    return has(key) ? getIntList(key) : fallback;
}

std::vector<std::vector<int64_t>> Config::getIntListList(const std::string& key) const {
    const nlohmann::json& v = requireKey(*node_->value, key, where(key));
    if (!v.is_array()) {
        throw Error(where(key) + " must be a list of integer lists, found " + v.dump());
    }
    std::vector<std::vector<int64_t>> out;
    for (size_t i = 0; i < v.size(); ++i) {
        if (!v[i].is_array()) {
            throw Error(where(key) + " item " + std::to_string(i) +
                        " must be a list of integers, found " + v[i].dump());
        }
        std::vector<int64_t> row;
        for (size_t j = 0; j < v[i].size(); ++j) {
            row.push_back(typed<int64_t>(
                v[i][j], where(key) + " item " + std::to_string(i) + "." + std::to_string(j),
                "an integer", isInt));
        }
        out.push_back(std::move(row));
    }
    return out;
}

std::vector<std::vector<int64_t>> Config::getIntListList(
    const std::string& key, const std::vector<std::vector<int64_t>>& fallback) const {
    return has(key) ? getIntListList(key) : fallback;
}

std::vector<std::string> Config::getStringList(const std::string& key) const {
    const nlohmann::json& v = requireKey(*node_->value, key, where(key));
    if (!v.is_array())
        throw Error(where(key) + " must be a list of strings, found " + v.dump());
    std::vector<std::string> out;
    for (size_t i = 0; i < v.size(); ++i) {
        out.push_back(typed<std::string>(v[i], where(key) + " item " + std::to_string(i),
                                         "a string", isString));
    }
    return out;
}

Config Config::child(const std::string& key) const {
    const nlohmann::json& v = requireKey(*node_->value, key, where(key));
    if (!v.is_object())
        throw Error(where(key) + " must be an object, found " + typeName(v));
    auto node = std::make_shared<Node>();
    node->root = node_->root;
    node->value = &v;
    return Config(std::move(node), source_, path_.empty() ? key : path_ + "." + key);
}

std::string Config::dump() const {
    return node_->value->dump();
}

}  // namespace sonara::models
