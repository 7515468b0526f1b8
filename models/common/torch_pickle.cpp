#include "models/common/torch_pickle.h"

#include <cstdio>
#include <cstring>
#include <unordered_map>

#include "models/common/error.h"
#include "models/common/safetensors.h"

namespace sonara::models {

namespace {

using Kind = PickleValue::Kind;

PickleRef make(Kind kind) {
    auto v = std::make_shared<PickleValue>();
    v->kind = kind;
    return v;
}

PickleRef makeInt(int64_t value) {
    auto v = make(Kind::Int);
    v->integer = value;
    return v;
}

PickleRef makeText(Kind kind, std::string text) {
    auto v = make(kind);
    v->text = std::move(text);
    return v;
}

bool storageDtype(const std::string& name, torch::ScalarType& out) {
    static const std::pair<const char*, torch::ScalarType> kTypes[] = {
        {"torch.FloatStorage", torch::kFloat32},
        {"torch.DoubleStorage", torch::kFloat64},
        {"torch.HalfStorage", torch::kFloat16},
        {"torch.BFloat16Storage", torch::kBFloat16},
        {"torch.LongStorage", torch::kInt64},
        {"torch.IntStorage", torch::kInt32},
        {"torch.ShortStorage", torch::kInt16},
        {"torch.CharStorage", torch::kInt8},
        {"torch.ByteStorage", torch::kUInt8},
        {"torch.BoolStorage", torch::kBool},
        {"torch.ComplexFloatStorage", torch::kComplexFloat},
        {"torch.ComplexDoubleStorage", torch::kComplexDouble},
    };
    for (const auto& [n, t] : kTypes) {
        if (name == n) {
            out = t;
            return true;
        }
    }
    return false;
}

class Unpickler {
public:
    Unpickler(const std::string& bytes, const StorageLoader& loadStorage, const std::string& source)
        : bytes_(bytes), loadStorage_(loadStorage), source_(source) {}

    PickleRef run() {
        while (true) {
            const size_t at = pos_;
            const auto op = static_cast<unsigned char>(readByte());
            if (op == '.') {
                if (stack_.size() != 1)
                    fail("pickle stops with " + std::to_string(stack_.size()) + " values", at);
                return stack_.back();
            }
            step(op, at);
        }
    }

private:
    [[noreturn]] void fail(const std::string& what, size_t at) const {
        throw Error(source_ + ": data.pkl is malformed at byte " + std::to_string(at) + ": " +
                    what + " (truncated or corrupt file?)");
    }

    const char* take(size_t n) {
        if (n > bytes_.size() - pos_)
            fail("the pickle ends early", pos_);
        const char* p = bytes_.data() + pos_;
        pos_ += n;
        return p;
    }
    char readByte() { return *take(1); }
    uint64_t readUnsigned(size_t n) {
        const auto* p = reinterpret_cast<const unsigned char*>(take(n));
        uint64_t v = 0;
        for (size_t i = n; i-- > 0;)
            v = (v << 8) | p[i];
        return v;
    }
    std::string readString(uint64_t n) { return std::string(take(n), n); }
    std::string readLine() {
        const size_t end = bytes_.find('\n', pos_);
        if (end == std::string::npos)
            fail("a text argument has no end of line", pos_);
        std::string line = bytes_.substr(pos_, end - pos_);
        pos_ = end + 1;
        return line;
    }

    PickleRef pop(size_t at) {
        if (stack_.size() <= floor())
            fail("pop from an empty stack", at);
        auto v = std::move(stack_.back());
        stack_.pop_back();
        return v;
    }
    PickleRef& top(size_t at) {
        if (stack_.size() <= floor())
            fail("the stack is empty", at);
        return stack_.back();
    }
    size_t floor() const { return marks_.empty() ? 0 : marks_.back(); }
    std::vector<PickleRef> popMark(size_t at) {
        if (marks_.empty())
            fail("no mark to pop to", at);
        const size_t mark = marks_.back();
        marks_.pop_back();
        std::vector<PickleRef> items(std::make_move_iterator(stack_.begin() + mark),
                                     std::make_move_iterator(stack_.end()));
        stack_.resize(mark);
        return items;
    }

    PickleRef tuple(std::vector<PickleRef> items) {
        auto v = make(Kind::Tuple);
        v->items = std::move(items);
        return v;
    }

    void memoize(uint64_t index, size_t at) { memo_[index] = top(at); }
    void recall(uint64_t index, size_t at) {
        auto it = memo_.find(index);
        if (it == memo_.end())
            fail("memo entry " + std::to_string(index) + " was never stored", at);
        stack_.push_back(it->second);
    }

    void append(const PickleRef& container, std::vector<PickleRef> items, size_t at) {
        if (container->kind == Kind::List || container->kind == Kind::Set) {
            for (auto& i : items)
                container->items.push_back(std::move(i));
        } else if (container->kind != Kind::Opaque) {
            fail("items appended to something that is not a list", at);
        }
    }
    void setItems(const PickleRef& dict, std::vector<PickleRef> items, size_t at) {
        if (items.size() % 2 != 0)
            fail("dict items come in an odd number", at);
        if (dict->kind != Kind::Dict) {
            if (dict->kind != Kind::Opaque)
                fail("items set on something that is not a dict", at);
            return;
        }
        for (size_t i = 0; i < items.size(); i += 2)
            dict->entries.emplace_back(std::move(items[i]), std::move(items[i + 1]));
    }

    PickleRef global(std::string module, const std::string& name) {
        if (module == "__builtin__")
            module = "builtins";
        return makeText(Kind::Global, module + "." + name);
    }

    static bool intTuple(const PickleRef& v, std::vector<int64_t>& out) {
        if (v->kind != Kind::Tuple && v->kind != Kind::List)
            return false;
        out.clear();
        for (const auto& i : v->items) {
            if (i->kind != Kind::Int)
                return false;
            out.push_back(i->integer);
        }
        return true;
    }

    // torch._utils._rebuild_tensor(_v2)(storage, storage_offset, size, stride, ...)
    PickleRef rebuildTensor(const std::vector<PickleRef>& args, size_t at) {
        if (args.size() < 4)
            fail("_rebuild_tensor needs storage, offset, size and stride", at);
        if (args[0]->kind != Kind::Storage)
            return makeText(Kind::Opaque, "tensor over an unsupported storage type");
        std::vector<int64_t> size, stride;
        if (args[1]->kind != Kind::Int || !intTuple(args[2], size) || !intTuple(args[3], stride) ||
            size.size() != stride.size()) {
            fail("_rebuild_tensor has a malformed offset, size or stride", at);
        }
        const torch::Tensor& storage = args[0]->tensor;
        const int64_t offset = args[1]->integer;
        int64_t last = offset;
        bool empty = false;
        for (size_t d = 0; d < size.size(); ++d) {
            if (size[d] < 0 || stride[d] < 0)
                fail("_rebuild_tensor has a negative size or stride", at);
            empty = empty || size[d] == 0;
            last += (size[d] - 1) * stride[d];
        }
        if (offset < 0 || (!empty && last >= storage.numel())) {
            fail("a tensor of size " + shapeString(size) + " at offset " + std::to_string(offset) +
                     " reaches past its storage of " + std::to_string(storage.numel()) +
                     " elements",
                 at);
        }
        auto v = make(Kind::Tensor);
        v->tensor =
            torch::empty({0}, storage.options()).set_(storage.storage(), offset, size, stride);
        return v;
    }

    // Fraction(text) or Fraction(numerator, denominator) as the text Python's str() gives it.
    PickleRef fraction(const std::vector<PickleRef>& a) {
        if (a.size() == 1 && a[0]->kind == Kind::String)
            return makeText(Kind::String, a[0]->text);
        if (a.size() == 2 && a[0]->kind == Kind::Int && a[1]->kind == Kind::Int) {
            return makeText(Kind::String, a[1]->integer == 1 ? std::to_string(a[0]->integer)
                                                             : std::to_string(a[0]->integer) + "/" +
                                                                   std::to_string(a[1]->integer));
        }
        return makeText(Kind::Opaque, "fractions.Fraction");
    }

    PickleRef call(const PickleRef& callable, const PickleRef& args, size_t at) {
        if (callable->kind != Kind::Global)
            return makeText(Kind::Opaque, callable->text);
        const std::string& name = callable->text;
        const auto& a = args->items;
        if (name == "torch._utils._rebuild_tensor_v2" || name == "torch._utils._rebuild_tensor")
            return rebuildTensor(a, at);
        if (name == "torch._utils._rebuild_parameter" ||
            name == "torch._utils._rebuild_parameter_with_state") {
            if (a.empty())
                fail(name + " without arguments", at);
            return a[0];
        }
        // fractions.Fraction pickles as Fraction('39/5') (Python < 3.12) or Fraction(39, 5); demucs
        // stores its training segment so, and only the exact ratio gives its sample count.
        if (name == "fractions.Fraction")
            return fraction(a);
        if (name == "collections.OrderedDict" || name == "builtins.dict") {
            auto dict = make(Kind::Dict);
            if (!a.empty() && a[0]->kind == Kind::List) {
                for (const auto& pair : a[0]->items) {
                    if ((pair->kind == Kind::Tuple || pair->kind == Kind::List) &&
                        pair->items.size() == 2) {
                        dict->entries.emplace_back(pair->items[0], pair->items[1]);
                    }
                }
            }
            return dict;
        }
        return makeText(Kind::Opaque, name);
    }

    PickleRef persistent(const PickleRef& pid, size_t at) {
        const auto& t = pid->items;
        if (pid->kind != Kind::Tuple || t.size() != 5 || t[0]->kind != Kind::String ||
            t[0]->text != "storage") {
            return makeText(Kind::Opaque, "persistent object");
        }
        if (t[1]->kind != Kind::Global || t[2]->kind != Kind::String || t[4]->kind != Kind::Int)
            fail("a storage reference lacks its type, key or size", at);
        torch::ScalarType dtype;
        if (!storageDtype(t[1]->text, dtype))
            return makeText(Kind::Opaque, t[1]->text);
        const std::string& key = t[2]->text;
        auto cached = storages_.find(key);
        if (cached != storages_.end())
            return cached->second;
        auto v = make(Kind::Storage);
        v->tensor = loadStorage_(key, dtype, t[4]->integer);
        storages_.emplace(key, v);
        return v;
    }

    void step(unsigned char op, size_t at) {
        switch (op) {
            case 0x80:  // PROTO
                if (static_cast<unsigned char>(readByte()) > 4)
                    fail("pickle protocol above 4", at);
                break;
            case 0x95:  // FRAME
                take(8);
                break;
            case '(':  // MARK
                marks_.push_back(stack_.size());
                break;
            case '0':  // POP
                pop(at);
                break;
            case '1':  // POP_MARK
                popMark(at);
                break;
            case '2':  // DUP
                stack_.push_back(top(at));
                break;
            case 'N':
                stack_.push_back(make(Kind::None));
                break;
            case 0x88:  // NEWTRUE
            case 0x89: {
                auto v = make(Kind::Bool);
                v->boolean = op == 0x88;
                stack_.push_back(v);
                break;
            }
            case 'J':  // BININT
                stack_.push_back(makeInt(static_cast<int32_t>(readUnsigned(4))));
                break;
            case 'K':  // BININT1
                stack_.push_back(makeInt(static_cast<int64_t>(readUnsigned(1))));
                break;
            case 'M':  // BININT2
                stack_.push_back(makeInt(static_cast<int64_t>(readUnsigned(2))));
                break;
            case 0x8a:  // LONG1
            case 0x8b: {
                const uint64_t n = readUnsigned(op == 0x8a ? 1 : 4);
                const auto* p = reinterpret_cast<const unsigned char*>(take(n));
                if (n > 8) {
                    stack_.push_back(makeText(Kind::Opaque, "int wider than 64 bits"));
                    break;
                }
                uint64_t v = 0;
                for (size_t i = n; i-- > 0;)
                    v = (v << 8) | p[i];
                if (n > 0 && n < 8 && (p[n - 1] & 0x80))
                    v |= ~uint64_t{0} << (8 * n);
                stack_.push_back(makeInt(static_cast<int64_t>(v)));
                break;
            }
            case 'G': {  // BINFLOAT, big-endian
                const auto* p = reinterpret_cast<const unsigned char*>(take(8));
                uint64_t bits = 0;
                for (size_t i = 0; i < 8; ++i)
                    bits = (bits << 8) | p[i];
                auto v = make(Kind::Float);
                std::memcpy(&v->number, &bits, sizeof bits);
                stack_.push_back(v);
                break;
            }
            case 'X':  // BINUNICODE
                stack_.push_back(makeText(Kind::String, readString(readUnsigned(4))));
                break;
            case 0x8c:  // SHORT_BINUNICODE
                stack_.push_back(makeText(Kind::String, readString(readUnsigned(1))));
                break;
            case 0x8d:  // BINUNICODE8
                stack_.push_back(makeText(Kind::String, readString(readUnsigned(8))));
                break;
            case 'T':  // BINSTRING (Python 2 str)
                stack_.push_back(makeText(Kind::String, readString(readUnsigned(4))));
                break;
            case 'U':  // SHORT_BINSTRING
                stack_.push_back(makeText(Kind::String, readString(readUnsigned(1))));
                break;
            case 'B':  // BINBYTES
                stack_.push_back(makeText(Kind::Bytes, readString(readUnsigned(4))));
                break;
            case 'C':  // SHORT_BINBYTES
                stack_.push_back(makeText(Kind::Bytes, readString(readUnsigned(1))));
                break;
            case 0x8e:  // BINBYTES8
                stack_.push_back(makeText(Kind::Bytes, readString(readUnsigned(8))));
                break;
            case ')':
                stack_.push_back(make(Kind::Tuple));
                break;
            case 0x85:  // TUPLE1..3
            case 0x86:
            case 0x87: {
                const size_t n = op - 0x84u;
                if (stack_.size() < floor() + n)
                    fail("tuple of " + std::to_string(n) + " from a shorter stack", at);
                std::vector<PickleRef> items(std::make_move_iterator(stack_.end() - n),
                                             std::make_move_iterator(stack_.end()));
                stack_.resize(stack_.size() - n);
                stack_.push_back(tuple(std::move(items)));
                break;
            }
            case 't':
                stack_.push_back(tuple(popMark(at)));
                break;
            case ']':
                stack_.push_back(make(Kind::List));
                break;
            case 'l': {
                auto v = make(Kind::List);
                v->items = popMark(at);
                stack_.push_back(v);
                break;
            }
            case '}':
                stack_.push_back(make(Kind::Dict));
                break;
            case 'd': {
                auto v = make(Kind::Dict);
                setItems(v, popMark(at), at);
                stack_.push_back(v);
                break;
            }
            case 0x8f:  // EMPTY_SET
                stack_.push_back(make(Kind::Set));
                break;
            case 0x91: {  // FROZENSET
                auto v = make(Kind::Set);
                v->items = popMark(at);
                stack_.push_back(v);
                break;
            }
            case 'a': {  // APPEND
                auto item = pop(at);
                append(top(at), {item}, at);
                break;
            }
            case 'e':     // APPENDS
            case 0x90: {  // ADDITEMS
                auto items = popMark(at);
                append(top(at), std::move(items), at);
                break;
            }
            case 's': {  // SETITEM
                auto value = pop(at);
                auto key = pop(at);
                setItems(top(at), {key, value}, at);
                break;
            }
            case 'u': {  // SETITEMS
                auto items = popMark(at);
                setItems(top(at), std::move(items), at);
                break;
            }
            case 'q':  // BINPUT
                memoize(readUnsigned(1), at);
                break;
            case 'r':  // LONG_BINPUT
                memoize(readUnsigned(4), at);
                break;
            case 0x94:  // MEMOIZE
                memoize(memo_.size(), at);
                break;
            case 'h':  // BINGET
                recall(readUnsigned(1), at);
                break;
            case 'j':  // LONG_BINGET
                recall(readUnsigned(4), at);
                break;
            case 'c': {  // GLOBAL
                auto module = readLine();
                auto name = readLine();
                stack_.push_back(global(std::move(module), name));
                break;
            }
            case 0x93: {  // STACK_GLOBAL
                auto name = pop(at);
                auto module = pop(at);
                if (name->kind != Kind::String || module->kind != Kind::String)
                    fail("STACK_GLOBAL needs two strings", at);
                stack_.push_back(global(module->text, name->text));
                break;
            }
            case 'R': {  // REDUCE
                auto args = pop(at);
                auto callable = pop(at);
                if (args->kind != Kind::Tuple)
                    fail("REDUCE arguments are not a tuple", at);
                stack_.push_back(call(callable, args, at));
                break;
            }
            case 0x81:    // NEWOBJ
            case 0x92: {  // NEWOBJ_EX
                if (op == 0x92)
                    pop(at);  // keyword arguments
                pop(at);      // positional arguments
                auto cls = pop(at);
                if (cls->kind == Kind::Global && cls->text == "collections.OrderedDict") {
                    stack_.push_back(make(Kind::Dict));
                } else {
                    stack_.push_back(makeText(Kind::Opaque, cls->text));
                }
                break;
            }
            case 'b':  // BUILD: object state (a state dict's _metadata, an object's __dict__)
                pop(at);
                top(at);
                break;
            case 'Q':  // BINPERSID
                stack_.push_back(persistent(pop(at), at));
                break;
            default: {
                char hex[8];
                std::snprintf(hex, sizeof hex, "0x%02x", op);
                fail(std::string("unsupported pickle opcode ") + hex, at);
            }
        }
    }

    const std::string& bytes_;
    const StorageLoader& loadStorage_;
    const std::string& source_;
    size_t pos_ = 0;
    std::vector<PickleRef> stack_;
    std::vector<size_t> marks_;
    std::unordered_map<uint64_t, PickleRef> memo_;
    std::unordered_map<std::string, PickleRef> storages_;
};

}  // namespace

PickleRef unpickle(const std::string& bytes, const StorageLoader& loadStorage,
                   const std::string& source) {
    return Unpickler(bytes, loadStorage, source).run();
}

}  // namespace sonara::models
