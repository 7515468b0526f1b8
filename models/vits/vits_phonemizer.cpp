#include "models/vits/vits_phonemizer.h"

#include <vector>

namespace sonara::models::vits_phonemizer {
namespace {

// phonemizer's Punctuation.default_marks().
const std::u32string kMarks = U";:,.!?\u00A1\u00BF\u2014\u2026\"\u00AB\u00BB\u201C\u201D";

using Lines = std::vector<std::u32string>;

// One run of punctuation cut out of a line: where it goes back when the line is restored.
struct Mark {
    size_t line = 0;
    std::u32string text;
    char position = 'I';  // B: begins the line, E: ends it, I: inside, A: the whole line
};

// Python's str.isspace(), which both str.strip() and the \s of phonemizer's patterns use.
bool isSpace(char32_t c) {
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000;
}

bool isMark(char32_t c) {
    return kMarks.find(c) != std::u32string::npos;
}

// The caller (VitsTokenizer) has checked the text is valid UTF-8.
std::u32string fromUtf8(const std::string& text) {
    std::u32string out;
    for (size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        const int extra = b < 0x80 ? 0 : b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
        char32_t c = extra == 0 ? b : b & (0x3F >> extra);
        for (int k = 1; k <= extra && i + k < text.size(); ++k)
            c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        out.push_back(c);
        i += static_cast<size_t>(extra) + 1;
    }
    return out;
}

}  // namespace

std::string toUtf8(const std::u32string& text) {
    std::string out;
    for (const char32_t c : text) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

namespace {

std::u32string strip(const std::u32string& text) {
    size_t begin = 0, end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    return text.substr(begin, end - begin);
}

Lines split(const std::u32string& text, char32_t separator) {
    Lines parts(1);
    for (const char32_t c : text) {
        if (c == separator)
            parts.emplace_back();
        else
            parts.back() += c;
    }
    return parts;
}

// re.sub(r'\s', ' ', mark): the word separator is a space.
std::u32string spacesToWordSeparator(std::u32string text) {
    for (auto& c : text) {
        if (isSpace(c))
            c = U' ';
    }
    return text;
}

// The matches of (\s*[marks]+\s*)+ in `line`, leftmost first, as [begin, end) pairs.
std::vector<std::pair<size_t, size_t>> findMarks(const std::u32string& line) {
    std::vector<std::pair<size_t, size_t>> matches;
    for (size_t i = 0; i < line.size();) {
        size_t end = std::u32string::npos;
        for (size_t k = i;;) {
            while (k < line.size() && isSpace(line[k]))
                ++k;
            if (k == line.size() || !isMark(line[k]))
                break;
            while (k < line.size() && isMark(line[k]))
                ++k;
            while (k < line.size() && isSpace(line[k]))
                ++k;
            end = k;
        }
        if (end == std::u32string::npos) {
            ++i;
            continue;
        }
        matches.emplace_back(i, end);
        i = end;
    }
    return matches;
}

// Punctuation._preserve_line.
void preserveLine(const std::u32string& line, size_t num, Lines& chunks, std::vector<Mark>& marks) {
    const auto matches = findMarks(line);
    if (matches.empty()) {
        chunks.push_back(line);
        return;
    }
    if (matches.size() == 1 && matches[0].first == 0 && matches[0].second == line.size()) {
        marks.push_back({num, line, 'A'});
        return;
    }
    std::vector<Mark> lineMarks;
    for (size_t m = 0; m < matches.size(); ++m) {
        Mark mark{num, line.substr(matches[m].first, matches[m].second - matches[m].first), 'I'};
        if (m == 0 && line.compare(0, mark.text.size(), mark.text) == 0) {
            mark.position = 'B';
        } else if (m + 1 == matches.size() && line.size() >= mark.text.size() &&
                   line.compare(line.size() - mark.text.size(), mark.text.size(), mark.text) == 0) {
            mark.position = 'E';
        }
        lineMarks.push_back(std::move(mark));
    }
    std::u32string rest = line;
    for (const Mark& mark : lineMarks) {
        const size_t at = rest.find(mark.text);
        if (at == std::u32string::npos) {
            chunks.push_back(rest);
            rest.clear();
        } else {
            chunks.push_back(rest.substr(0, at));
            rest = rest.substr(at + mark.text.size());
        }
    }
    chunks.push_back(rest);
    marks.insert(marks.end(), lineMarks.begin(), lineMarks.end());
}

Lines restore(Lines text, const std::vector<Mark>& marks, size_t m, size_t num);

Lines prepend(std::u32string first, Lines rest) {
    rest.insert(rest.begin(), std::move(first));
    return rest;
}

// Punctuation._restore_current with strip=True and ' ' between words.
Lines restoreCurrent(Lines text, const std::vector<Mark>& marks, size_t m, size_t num) {
    if (!text[0].empty() && text[0].back() == U' ')
        text[0].pop_back();
    const std::u32string mark = spacesToWordSeparator(marks[m].text);
    switch (marks[m].position) {
        case 'B':
            text[0] = mark + text[0];
            return restore(std::move(text), marks, m + 1, num);
        case 'E': {
            std::u32string first = text[0] + mark;
            return prepend(std::move(first),
                           restore(Lines(text.begin() + 1, text.end()), marks, m + 1, num + 1));
        }
        case 'A':
            return prepend(mark, restore(std::move(text), marks, m + 1, num + 1));
        default:
            if (text.size() == 1)
                return restore({text[0] + mark}, marks, m + 1, num);
            Lines merged{text[0] + mark + text[1]};
            merged.insert(merged.end(), text.begin() + 2, text.end());
            return restore(std::move(merged), marks, m + 1, num);
    }
}

// Punctuation._restore_aux.
Lines restore(Lines text, const std::vector<Mark>& marks, size_t m, size_t num) {
    if (m == marks.size())
        return text;
    if (text.empty()) {
        std::u32string all;
        for (size_t k = m; k < marks.size(); ++k)
            all += marks[k].text;
        return {spacesToWordSeparator(all)};
    }
    if (marks[m].line == num)
        return restoreCurrent(std::move(text), marks, m, num);
    std::u32string first = text[0];
    return prepend(std::move(first),
                   restore(Lines(text.begin() + 1, text.end()), marks, m, num + 1));
}

// EspeakBackend._postprocess_line with strip=True, stresses kept, no tie, phones joined with no
// separator and words with ' '.
std::u32string postprocessLine(std::u32string line) {
    line = strip(line);
    for (auto& c : line) {
        if (c == U'\n')
            c = U' ';
    }
    std::u32string cleaned;
    for (size_t i = 0; i < line.size(); ++i) {
        if (line[i] == U' ' && i + 1 < line.size() && line[i + 1] == U' ')
            ++i;  // str.replace('  ', ' ')
        if (line[i] == U'_' && !cleaned.empty() && cleaned.back() == U'_')
            continue;  // re.sub(r'_+', '_')
        cleaned += line[i];
    }
    std::u32string words;
    for (size_t i = 0; i < cleaned.size(); ++i) {
        if (cleaned[i] == U'_' && i + 1 < cleaned.size() && cleaned[i + 1] == U' ')
            continue;  // re.sub(r'_ ', ' ')
        words += cleaned[i];
    }
    if (words.empty())
        return {};
    std::u32string out;
    for (const auto& word : split(words, U' ')) {
        for (const char32_t c : strip(word)) {
            if (c != U'_')
                out += c;
        }
        out += U' ';
    }
    out.pop_back();
    return out;
}

}  // namespace

std::string phonemize(const std::string& utf8, const EspeakIpa& espeak) {
    Lines lines;
    for (const auto& line : split(strip(fromUtf8(utf8)), U'\n')) {
        if (!strip(line).empty())
            lines.push_back(line);
    }
    Lines chunks;
    std::vector<Mark> marks;
    for (size_t num = 0; num < lines.size(); ++num)
        preserveLine(lines[num], num, chunks, marks);
    Lines phonemized;
    for (const auto& chunk : chunks) {
        if (!chunk.empty())
            phonemized.push_back(postprocessLine(fromUtf8(espeak(toUtf8(chunk)))));
    }
    const Lines restored = restore(std::move(phonemized), marks, 0, 0);
    std::u32string joined;
    for (size_t i = 0; i < restored.size(); ++i)
        joined += (i ? U"\n" : U"") + restored[i];
    // VitsTokenizer: re.sub(r"\s+", " ", text).
    std::u32string collapsed;
    bool inSpaces = false;
    for (const char32_t c : joined) {
        if (isSpace(c) && inSpaces)
            continue;
        inSpaces = isSpace(c);
        collapsed += inSpaces ? U' ' : c;
    }
    return toUtf8(collapsed);
}

}  // namespace sonara::models::vits_phonemizer
