// The portal plain-text format; see portal_reader.h. The seed article in ../shared/seed/ is the
// reference: its category line repeats the breadcrumb ("TIN TỨC HOẠT ĐỘNG TIN TỨC HOẠT ĐỘNG") and its
// date line has no-break spaces around the second '|'.
#include "readers/portal_reader.h"

#include <algorithm>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "readers/date_line.h"
#include "vnsearch/schema/text.h"

namespace vnsearch::indexer {
using schema::collapse_spaces;
using schema::split_lines;
using schema::to_nfc;
using schema::trim;

namespace {

// The publishing body is a name, not a paragraph: a longer last line is body text.
constexpr std::size_t kMaxSourceWords = 25;

struct Line {
    std::string_view text;  // trimmed
    std::size_t number;     // 1-based
};

std::vector<Line> numbered_lines(std::string_view text) {
    std::vector<Line> lines;
    std::size_t number = 0;
    for (auto line : split_lines(text)) lines.push_back(Line{trim(line), ++number});
    return lines;
}

bool is_rule(std::string_view line) {
    return line.size() >= 3 && line.find_first_not_of('=') == std::string_view::npos;
}

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    std::istringstream stream{collapse_spaces(text)};
    for (std::string word; stream >> word;) out.push_back(word);
    return out;
}

// "TIN TỨC HOẠT ĐỘNG TIN TỨC HOẠT ĐỘNG" -> "TIN TỨC HOẠT ĐỘNG": the breadcrumb printed twice.
std::string category_from(std::string_view line) {
    auto all = words(line);
    std::size_t half = all.size() / 2;
    bool repeated = half > 0 && all.size() % 2 == 0 && std::equal(all.begin(), all.begin() + half, all.begin() + half);
    std::string category;
    for (std::size_t i = 0; i < (repeated ? half : all.size()); ++i) {
        if (!category.empty()) category += ' ';
        category += all[i];
    }
    return category;
}

// The last body line is the publishing body when it is short and something precedes it.
bool is_source_line(const std::vector<Line>& body) {
    return body.size() >= 2 && words(body.back().text).size() <= kMaxSourceWords;
}

}  // namespace

void parse_portal_article(std::string_view text, const std::string& id, const std::string& path, ReadSink& sink) {
    // A UTF-8 byte order mark (Windows editors write one) is not part of the category line.
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    std::string normalized = to_nfc(text);
    std::vector<Line> lines = numbered_lines(normalized);
    std::vector<Line> nonempty;
    for (const auto& line : lines) {
        if (!line.text.empty()) nonempty.push_back(line);
    }
    if (nonempty.empty()) {
        sink.error(ReadError{Origin{path, 0}, "empty file"});
        return;
    }
    auto rule = std::find_if(nonempty.begin() + 1, nonempty.end(), [](const Line& l) { return is_rule(l.text); });
    if (rule == nonempty.end()) {
        sink.error(ReadError{Origin{path, nonempty.front().number},
                             "not a portal article: no '====' rule after the category, title and date lines"});
        return;
    }

    RawArticle raw;
    raw.article.id = id;
    raw.origin = Origin{path, nonempty.front().number};
    raw.date_origin = raw.origin;
    raw.article.category = category_from(nonempty.front().text);
    for (auto it = nonempty.begin() + 1; it != rule; ++it) {
        if (auto date_line = parse_date_line(it->text)) {
            raw.raw_date = date_line->raw_date;
            raw.article.views = date_line->views;
            raw.date_origin = Origin{path, it->number};
        } else {
            if (!raw.article.title.empty()) raw.article.title += ' ';
            raw.article.title += it->text;
        }
    }

    std::vector<Line> body(rule + 1, nonempty.end());
    if (is_source_line(body)) {
        raw.article.source = std::string(body.back().text);
        body.pop_back();
    }
    for (const auto& paragraph : body) {
        if (!raw.article.body.empty()) raw.article.body += '\n';
        raw.article.body += paragraph.text;
    }
    if (raw.article.body.empty()) {
        sink.error(ReadError{Origin{path, rule->number}, "missing body: nothing after the '====' rule"});
        return;
    }
    sink.article(std::move(raw));
}

}  // namespace vnsearch::indexer
