// HTML page -> article, through libxml2's tolerant HTML parser; see html_reader.h.
//   title: og:title, else <title>          url: og:url, else <link rel=canonical>
//   date:  article:published_time, else the first <time datetime>, else a "Ngày đăng" line in the text
//   body:  the first <article>, else <main> / role=main, else the blocks main_content.h finds, else
//          <body>; navigation, headers, footers, asides, scripts, styles, forms and page furniture
//          (by class/id, or mostly links) removed; each block element becomes a paragraph line; the
//          headline and a date-only line before the text are dropped once they are title and date.
//   title: when the page has no og:title and its <title> holds the <h1> ("Headline - Portal"), the <h1>.
#include "readers/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <array>
#include <climits>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

#include "readers/date_line.h"
#include "readers/html_nodes.h"
#include "readers/main_content.h"
#include "vnsearch/schema/text.h"

namespace vnsearch::indexer {
using schema::collapse_spaces;
using schema::starts_with_ascii_ci;
using schema::to_nfc;
using schema::trim;

namespace {

// XML_PARSE_HUGE (libxml2 2.9 has no HTML_ name for it; htmlCtxtUseOptions honours it): without it the
// parser stops at a nesting depth of 256 and drops the text below, which real pages (nested layout
// tables, unclosed tags) reach. Memory stays bounded by --max-article-bytes.
constexpr int kParseOptions =
    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | XML_PARSE_HUGE;

struct DocFree {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

using html::attribute;
using html::is_element;
using html::is_one_of;
using html::name_of;

// Elements that start a new paragraph line.
constexpr std::array<std::string_view, 30> kBlocks = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "blockquote", "section", "article",
    "tr", "td", "th", "table", "figcaption", "figure", "pre", "dd", "dt", "dl", "hr", "address", "main", "center",
    "body"};

// Lines shorter than this many bytes of body above them are the page's heading zone (headline, date).
constexpr std::size_t kHeadingZone = 160;

// Accumulates text into lines: white space collapsed, a line break at each block boundary.
class TextLines {
public:
    void add(std::string_view text) { current_ += text; }
    void end_line() {
        std::string line = collapse_spaces(current_);
        current_.clear();
        if (!line.empty()) lines_.push_back(std::move(line));
    }
    std::vector<std::string> take() {
        end_line();
        return std::move(lines_);
    }

private:
    std::string current_;
    std::vector<std::string> lines_;
};

// Page chrome (navigation, headers, footers...) is skipped for the body, kept when hunting for a date.
enum class Chrome { Skip, Keep };

bool skipped(const xmlNode* element, Chrome chrome) {
    std::string_view name = name_of(element);
    if (chrome == Chrome::Keep) return name == "script" || name == "style" || name == "head";
    return is_never_text(element);
}

// `furniture`, when given, also skips the elements it names page furniture.
void collect_text(const xmlNode* node, TextLines& out, Chrome chrome = Chrome::Skip,
                  const Boilerplate* furniture = nullptr) {
    for (const xmlNode* child = node->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            if (child->content) out.add(reinterpret_cast<const char*>(child->content));
            continue;
        }
        if (!is_element(child) || skipped(child, chrome) || (furniture && (*furniture)(child))) continue;
        bool block = is_one_of(name_of(child), kBlocks);
        if (block) out.end_line();
        collect_text(child, out, chrome, furniture);
        if (block) out.end_line();
    }
}

// The article's lines: each content block's text without its furniture.
std::vector<std::string> content_lines(const std::vector<const xmlNode*>& blocks) {
    TextLines lines;
    for (const xmlNode* block : blocks) {
        Boilerplate furniture(block);
        lines.end_line();
        collect_text(block, lines, Chrome::Skip, &furniture);
    }
    return lines.take();
}

// A "Ngày đăng" line anywhere in the page, headers included, else the first date-only line.
std::optional<DateLine> find_date_line(const xmlNode* node) {
    TextLines lines;
    collect_text(node, lines, Chrome::Keep);
    std::optional<DateLine> date_only;
    for (const auto& line : lines.take()) {
        std::string nfc = to_nfc(line);
        if (auto date_line = parse_date_line(nfc)) return date_line;
        if (auto date = date_only ? std::nullopt : date_only_line(nfc)) date_only = DateLine{*date, std::nullopt};
    }
    return date_only;
}

std::string text_of(const xmlNode* node) {
    TextLines lines;
    collect_text(node, lines);
    std::string text;
    for (const auto& line : lines.take()) text += (text.empty() ? "" : " ") + line;
    return text;
}

// Everything the page says about itself, found in one walk over the tree.
struct PageFacts {
    std::string og_title, title, og_url, canonical, published_time, section, time_datetime;
    std::string h1;
    const xmlNode* article = nullptr;
    const xmlNode* main = nullptr;
    const xmlNode* body = nullptr;
};

void note_meta(const xmlNode* node, PageFacts& facts) {
    std::string key = attribute(node, "property");
    if (key.empty()) key = attribute(node, "name");
    std::string content = attribute(node, "content");
    auto keep = [&](std::string& field) {
        if (field.empty()) field = content;
    };
    if (key == "og:title") keep(facts.og_title);
    if (key == "og:url") keep(facts.og_url);
    if (key == "article:published_time") keep(facts.published_time);
    if (key == "article:section") keep(facts.section);
}

void gather(const xmlNode* node, PageFacts& facts) {
    for (const xmlNode* child = node->children; child; child = child->next) {
        if (!is_element(child)) continue;
        std::string_view name = name_of(child);
        if (name == "meta") note_meta(child, facts);
        if (name == "title" && facts.title.empty()) facts.title = text_of(child);
        if (name == "link" && facts.canonical.empty() && attribute(child, "rel") == "canonical") {
            facts.canonical = attribute(child, "href");
        }
        if (name == "time" && facts.time_datetime.empty()) facts.time_datetime = attribute(child, "datetime");
        if (name == "h1" && facts.h1.empty()) facts.h1 = text_of(child);
        if (name == "article" && !facts.article) facts.article = child;
        if ((name == "main" || attribute(child, "role") == "main") && !facts.main) facts.main = child;
        if (name == "body" && !facts.body) facts.body = child;
        gather(child, facts);
    }
}

// libxml2 assumes ISO-8859-1 for HTML that declares no charset; Vietnamese pages without one are UTF-8.
const char* encoding_for(std::string_view html) {
    std::string_view head = html.substr(0, 4096);
    for (std::size_t i = 0; i + 7 <= head.size(); ++i) {
        if (starts_with_ascii_ci(head.substr(i), "charset")) return nullptr;  // let libxml2 honour it
    }
    return "UTF-8";
}

}  // namespace

void parse_html_page(std::string_view html, const std::string& id, const std::string& path, ReadSink& sink) {
    Origin origin{path, 1};
    if (html.size() > static_cast<std::size_t>(INT_MAX)) {
        sink.error(ReadError{origin, "page too large"});
        return;
    }
    DocPtr doc(htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, encoding_for(html), kParseOptions));
    if (!doc || !xmlDocGetRootElement(doc.get())) {
        sink.error(ReadError{origin, "not an HTML page: the parser found no document"});
        return;
    }
    PageFacts facts;
    gather(reinterpret_cast<const xmlNode*>(doc.get()), facts);

    RawArticle raw;
    raw.origin = origin;
    raw.date_origin = origin;
    auto& article = raw.article;
    article.id = id;
    article.title = collapse_spaces(to_nfc(!facts.og_title.empty() ? facts.og_title : facts.title));
    if (std::string h1 = collapse_spaces(to_nfc(facts.h1)); facts.og_title.empty() && !h1.empty() &&
                                                            (article.title.empty() || article.title.find(h1) != std::string::npos)) {
        article.title = h1;
    }
    article.url = std::string(trim(!facts.og_url.empty() ? facts.og_url : facts.canonical));
    article.category = collapse_spaces(to_nfc(facts.section));
    raw.raw_date = to_nfc(trim(!facts.published_time.empty() ? facts.published_time : facts.time_datetime));

    std::vector<const xmlNode*> content;
    if (const xmlNode* marked = facts.article ? facts.article : facts.main) content = {marked};
    if (content.empty() && facts.body) content = find_main_content(facts.body);
    if (content.empty()) content = {facts.body ? facts.body : xmlDocGetRootElement(doc.get())};
    for (auto& line : content_lines(content)) {
        line = to_nfc(line);
        if (auto date_line = parse_date_line(line)) {  // the portal's date line: metadata, not body text
            if (raw.raw_date.empty()) raw.raw_date = date_line->raw_date;
            if (!article.views) article.views = date_line->views;
            continue;
        }
        bool heading = article.body.empty() || article.body.size() < kHeadingZone;
        if (heading && line == article.title) continue;  // the headline repeated in the body
        if (heading) {
            if (auto date = date_only_line(line)) {  // "Thứ Hai, 01/06/2021 - 08:00 (GMT+7)" under the headline
                if (raw.raw_date.empty()) raw.raw_date = *date;
                continue;
            }
        }
        if (!article.body.empty()) article.body += '\n';
        article.body += line;
    }
    if (article.body.empty()) {
        sink.error(ReadError{origin, "missing body: no article text in the page"});
        return;
    }
    if (raw.raw_date.empty()) {
        if (auto date_line = find_date_line(xmlDocGetRootElement(doc.get()))) {
            raw.raw_date = date_line->raw_date;
            if (!article.views) article.views = date_line->views;
        }
    }
    sink.article(std::move(raw));
}

}  // namespace vnsearch::indexer
