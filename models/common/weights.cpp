#include "models/common/weights.h"

#include <cstring>
#include <map>
#include <optional>

#include "models/common/error.h"

namespace sonara::models {

namespace {

struct Source {
    std::string plain;  // checkpoint name of a plain tensor
    std::string g;      // checkpoint names of a weight-norm pair
    std::string v;
    bool weightNorm() const { return plain.empty(); }
};

bool startsWith(const std::string& s, const std::string& prefix) {
    return s.compare(0, prefix.size(), prefix) == 0;
}

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Splits a weight-norm tensor name into (module name of the folded weight, is-g); nullopt for
// ordinary names.
std::optional<std::pair<std::string, bool>> weightNormPart(const std::string& name) {
    static const std::pair<const char*, bool> kSuffixes[] = {
        {".weight_g", true},
        {".weight_v", false},
        {".parametrizations.weight.original0", true},
        {".parametrizations.weight.original1", false},
    };
    for (const auto& [suffix, isG] : kSuffixes) {
        if (endsWith(name, suffix)) {
            return std::make_pair(name.substr(0, name.size() - std::strlen(suffix)) + ".weight",
                                  isG);
        }
    }
    return std::nullopt;
}

}  // namespace

torch::Tensor foldWeightNorm(const torch::Tensor& g, const torch::Tensor& v) {
    if (g.dim() != v.dim()) {
        throw Error("weight norm: g of shape " + shapeString(g.sizes()) +
                    " does not match v of shape " + shapeString(v.sizes()));
    }
    std::vector<int64_t> reduce;
    for (int64_t d = 0; d < v.dim(); ++d) {
        if (g.size(d) == 1) {
            reduce.push_back(d);
        } else if (g.size(d) != v.size(d)) {
            throw Error("weight norm: g of shape " + shapeString(g.sizes()) +
                        " does not match v of shape " + shapeString(v.sizes()));
        }
    }
    const auto v32 = v.to(torch::kFloat32);
    const auto norm = reduce.empty() ? v32.abs() : v32.pow(2).sum(reduce, true).sqrt();
    return (g.to(torch::kFloat32) * v32 / norm).to(v.scalar_type());
}

void loadWeights(torch::nn::Module& module, const Checkpoint& checkpoint,
                 const WeightMapping& mapping) {
    std::vector<std::string> problems;
    std::map<std::string, Source> sources;
    std::map<std::string, std::string> claimedBy;  // module name -> first checkpoint name

    auto claim = [&](const std::string& target, const std::string& ckptName) {
        auto [it, fresh] = claimedBy.emplace(target, ckptName);
        if (!fresh && !weightNormPart(ckptName) != !weightNormPart(it->second)) {
            problems.push_back("conflict: '" + target + "' is given both as '" + it->second +
                               "' and as '" + ckptName + "'");
        }
    };

    for (const auto& name : checkpoint.names()) {
        if (!startsWith(name, mapping.prefix))
            continue;
        std::string rel = name.substr(mapping.prefix.size());
        bool ignored = false;
        for (const auto& ig : mapping.ignore)
            ignored = ignored || startsWith(rel, ig);
        if (ignored)
            continue;
        for (const auto& [from, to] : mapping.renames) {
            if (startsWith(rel, from)) {
                rel = to + rel.substr(from.size());
                break;
            }
        }
        if (auto wn = weightNormPart(rel)) {
            claim(wn->first, name);
            auto& src = sources[wn->first];
            (wn->second ? src.g : src.v) = name;
        } else {
            claim(rel, name);
            sources[rel].plain = name;
        }
    }

    std::map<std::string, torch::Tensor> targets;
    for (const auto& item : module.named_parameters(true))
        targets[item.key()] = item.value();
    for (const auto& item : module.named_buffers(true))
        targets[item.key()] = item.value();

    auto isOptional = [&](const std::string& name) {
        for (const auto& o : mapping.optional) {
            if (o == name)
                return true;
        }
        return false;
    };

    std::vector<std::pair<torch::Tensor, torch::Tensor>> copies;
    std::vector<std::string> missing;
    std::vector<std::string> mismatched;
    for (const auto& [name, target] : targets) {
        auto it = sources.find(name);
        if (it == sources.end()) {
            if (!isOptional(name)) {
                missing.push_back(name + " (expected " + shapeString(target.sizes()) + ")");
            }
            continue;
        }
        const Source& src = it->second;
        if (!src.plain.empty() && (!src.g.empty() || !src.v.empty()))
            continue;  // conflict
        if (src.weightNorm() && (src.g.empty() || src.v.empty())) {
            problems.push_back(
                "incomplete weight norm for '" + name + "': found " +
                (src.g.empty() ? src.v : src.g) + " without its " +
                (src.g.empty() ? "magnitude (g / original0)" : "direction (v / original1)"));
            continue;
        }
        const std::string& shown = src.weightNorm() ? src.v : src.plain;
        const auto found = checkpoint.info(shown).shape;
        if (c10::IntArrayRef(found) != target.sizes()) {
            mismatched.push_back(name + ": expected " + shapeString(target.sizes()) + ", found " +
                                 shapeString(found) +
                                 (shown == name ? std::string() : " (checkpoint '" + shown + "')"));
            continue;
        }
        torch::Tensor value;
        if (src.weightNorm()) {
            try {
                value = foldWeightNorm(checkpoint.tensor(src.g), checkpoint.tensor(src.v));
            } catch (const Error& e) {
                problems.push_back(name + ": " + e.what());
                continue;
            }
        } else {
            value = checkpoint.tensor(src.plain);
        }
        copies.emplace_back(target, value);
    }

    std::vector<std::string> unexpected;
    for (const auto& [name, src] : sources) {
        if (targets.count(name))
            continue;
        for (const auto& n : {src.plain, src.g, src.v}) {
            if (!n.empty()) {
                unexpected.push_back(n + " " + shapeString(checkpoint.info(n).shape));
            }
        }
    }

    if (!missing.empty() || !unexpected.empty() || !mismatched.empty() || !problems.empty()) {
        std::string msg = "checkpoint " + checkpoint.directory() + " does not fit the " +
                          mapping.modelName +
                          (mapping.prefix.empty() ? "" : " under prefix '" + mapping.prefix + "'");
        auto section = [&msg](const char* title, const std::vector<std::string>& items) {
            if (items.empty())
                return;
            msg += "\n  " + std::string(title) + " (" + std::to_string(items.size()) + "):";
            for (const auto& i : items)
                msg += "\n    " + i;
        };
        section("missing tensors", missing);
        section("unexpected tensors", unexpected);
        section("shape mismatches", mismatched);
        section("other problems", problems);
        throw Error(msg);
    }

    torch::NoGradGuard noGrad;
    for (auto& [target, value] : copies)
        target.copy_(value);
}

}  // namespace sonara::models
