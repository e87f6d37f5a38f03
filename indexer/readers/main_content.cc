// Main-content detection for saved pages; see main_content.h. The scores follow Mozilla's
// Readability (paragraph score 1 + commas + length/100 up to 3, credited to the parent block and half
// to the grandparent; +-25 for a class/id hint; the total times 1 - link density).
#include "readers/main_content.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <string_view>

#include "readers/html_nodes.h"

namespace vnsearch::indexer {
namespace {

using html::attribute;
using html::is_element;
using html::is_one_of;
using html::name_of;

bool is_text(const xmlNode* node) {
    return (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) && node->content != nullptr;
}

constexpr std::array<std::string_view, 18> kNeverText = {
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe",
    "svg", "template", "button", "select", "textarea", "object", "embed", "canvas", "head"};

// Class/id words of page furniture, found anywhere in a class or id word ("mainmenu", "footer-wrap",
// "box-tinlienquan"); the Vietnamese ones are the unmarked words portals use.
constexpr std::array<std::string_view, 22> kFurniture = {
    "menu",   "nav",     "footer",  "sidebar", "breadcrumb", "share",  "social",  "related",
    "comment", "copyright", "banner", "advert", "popup",   "toolbar",  "sitemap", "pagination",
    "lienquan", "binhluan", "chiase", "quangcao", "banquyen", "widget"};
// Furniture only when the element has no content hint as well ("article-header" holds the headline).
constexpr std::array<std::string_view, 2> kWeakFurniture = {"header", "masthead"};
// Whole class/id words (too short to look for inside others).
constexpr std::array<std::string_view, 5> kFurnitureWords = {"ad", "ads", "tags", "top", "bottom"};
// Class/id words of the article itself (a word starting with one counts: "content_detail").
constexpr std::array<std::string_view, 12> kContentHints = {
    "article", "content", "detail", "entry", "story", "post", "body", "main", "noidung", "chitiet", "sapo", "lead"};

// The lower-case ASCII words of an element's class and id ("col-left mainMenu" -> col, left, mainmenu).
std::vector<std::string> hint_words(const xmlNode* element) {
    std::vector<std::string> words;
    std::string word;
    for (char c : attribute(element, "class") + " " + attribute(element, "id")) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            word += c;
        } else if (c >= 'A' && c <= 'Z') {
            word += static_cast<char>(c - 'A' + 'a');
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

bool contains_any(const std::string& word, auto const& parts) {
    return std::any_of(parts.begin(), parts.end(), [&](std::string_view part) { return word.find(part) != std::string::npos; });
}

bool has_content_hint(const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(), [](const std::string& word) {
        return std::any_of(kContentHints.begin(), kContentHints.end(),
                           [&](std::string_view hint) { return word.starts_with(hint) && !contains_any(word, kFurniture); });
    });
}

bool has_furniture_word(const std::vector<std::string>& words) {
    bool content = has_content_hint(words);
    return std::any_of(words.begin(), words.end(), [&](const std::string& word) {
        return contains_any(word, kFurniture) || is_one_of(word, kFurnitureWords) ||
               (!content && contains_any(word, kWeakFurniture));
    });
}

// Blocks a link density can make navigation.
constexpr std::array<std::string_view, 11> kLinkBlocks = {"div", "ul", "ol", "li", "p", "table", "tr", "td",
                                                          "section", "dl", "center"};

std::size_t visible_bytes(const xmlNode* text) {
    std::size_t bytes = 0;
    for (const xmlChar* c = text->content; *c; ++c) bytes += !(*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r');
    return bytes;
}

std::size_t commas(const xmlNode* node) {
    std::size_t count = 0;
    for (const xmlNode* child = node->children; child; child = child->next) {
        if (is_text(child)) {
            count += std::count(child->content, child->content + xmlStrlen(child->content), ',');
        } else if (is_element(child) && !is_never_text(child)) {
            count += commas(child);
        }
    }
    return count;
}

// The text an element holds itself, outside child elements (a <div> written as paragraphs and <br>s).
std::size_t own_text(const xmlNode* element) {
    std::size_t bytes = 0;
    for (const xmlNode* child = element->children; child; child = child->next) {
        if (is_text(child)) bytes += visible_bytes(child);
        if (is_element(child) && (name_of(child) == "a" || name_of(child) == "b" || name_of(child) == "i" ||
                                  name_of(child) == "strong" || name_of(child) == "em")) {
            bytes += own_text(child);
        }
    }
    return bytes;
}

constexpr std::size_t kMinParagraph = 25;

class Scorer {
public:
    Scorer(const xmlNode* body) : stats_(body), body_text_(stats_.text(body)) {}

    void walk(const xmlNode* node) {
        for (const xmlNode* child = node->children; child; child = child->next) {
            if (!is_element(child) || is_never_text(child)) continue;
            if (has_furniture_hint(child) && stats_.text(child) * 2 < body_text_) continue;
            std::string_view name = name_of(child);
            if (name == "p" || name == "pre") {
                credit(child, stats_.text(child), {child->parent, 1.0}, {child->parent ? child->parent->parent : nullptr, 0.5});
            } else if (std::size_t own = own_text(child); own >= kMinParagraph && name != "a" && name != "body") {
                credit(child, own, {child, 1.0}, {child->parent, 0.5});
            }
            walk(child);
        }
    }

    std::vector<const xmlNode*> best(const xmlNode* body) {
        const xmlNode* top = nullptr;
        double top_score = 0;
        for (const auto& [node, score] : scores_) {
            double final_score = score * (1.0 - stats_.link_density(node));
            finals_[node] = final_score;
            if (top == nullptr || final_score > top_score) top = node, top_score = final_score;
        }
        if (top == nullptr) return {};
        if (top == body || top->parent == nullptr || top->parent->type != XML_ELEMENT_NODE) return {top};
        double threshold = std::max(10.0, top_score * 0.2);
        std::vector<const xmlNode*> blocks;
        for (const xmlNode* sibling = top->parent->children; sibling; sibling = sibling->next) {
            if (!is_element(sibling)) continue;
            auto it = finals_.find(sibling);
            bool near_top = it != finals_.end() && it->second >= threshold && !has_furniture_hint(sibling);
            bool paragraph = (name_of(sibling) == "p" || has_content_hint(hint_words(sibling))) &&
                             stats_.text(sibling) > 80 && stats_.link_density(sibling) < 0.25;
            if (sibling == top || near_top || paragraph) blocks.push_back(sibling);
        }
        return blocks;
    }

private:
    struct Credit {
        const xmlNode* node;
        double share;
    };

    void credit(const xmlNode* paragraph, std::size_t bytes, Credit first, Credit second) {
        if (bytes < kMinParagraph) return;
        double score = 1.0 + static_cast<double>(commas(paragraph)) + std::min(static_cast<double>(bytes) / 100.0, 3.0);
        for (const Credit& to : {first, second}) {
            if (to.node == nullptr || to.node->type != XML_ELEMENT_NODE) continue;
            auto [it, fresh] = scores_.try_emplace(to.node, 0.0);
            if (fresh) it->second = initial_score(to.node);
            it->second += score * to.share;
        }
    }

    static double initial_score(const xmlNode* element) {
        std::string_view name = name_of(element);
        double score = 0;
        if (name == "div") score = 5;
        if (name == "td" || name == "pre" || name == "blockquote") score = 3;
        if (name == "ul" || name == "ol" || name == "li" || name == "dl" || name == "dd" || name == "dt") score = -3;
        if (name == "th" || (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6')) score = -5;
        auto words = hint_words(element);
        if (has_content_hint(words)) score += 25;
        if (has_furniture_word(words)) score -= 25;
        return score;
    }

    BlockStats stats_;
    std::size_t body_text_;
    std::map<const xmlNode*, double> scores_;  // ordered: ties go to the same block on every run
    std::map<const xmlNode*, double> finals_;
};

}  // namespace

BlockStats::BlockStats(const xmlNode* root) { count(root, false); }

BlockStats::Counts BlockStats::count(const xmlNode* node, bool in_link) {
    Counts counts;
    if (is_element(node) && is_never_text(node)) return counts;
    in_link = in_link || (is_element(node) && name_of(node) == "a");
    for (const xmlNode* child = node->children; child; child = child->next) {
        if (is_text(child)) {
            std::size_t bytes = visible_bytes(child);
            counts.text += bytes;
            if (in_link) counts.links += bytes;
        } else if (is_element(child)) {
            Counts inner = count(child, in_link);
            counts.text += inner.text;
            counts.links += inner.links;
        }
    }
    counts_[node] = counts;
    return counts;
}

std::size_t BlockStats::text(const xmlNode* element) const {
    auto it = counts_.find(element);
    return it == counts_.end() ? 0 : it->second.text;
}

double BlockStats::link_density(const xmlNode* element) const {
    auto it = counts_.find(element);
    if (it == counts_.end() || it->second.text == 0) return 0;
    return static_cast<double>(it->second.links) / static_cast<double>(it->second.text);
}

bool is_never_text(const xmlNode* element) { return is_one_of(name_of(element), kNeverText); }

bool has_furniture_hint(const xmlNode* element) {
    if (name_of(element) == "body" || name_of(element) == "html") return false;
    return has_furniture_word(hint_words(element));
}

bool Boilerplate::operator()(const xmlNode* element) const {
    std::size_t text = stats_.text(element);
    if (has_furniture_hint(element) && text * 2 < root_text_) return true;
    return is_one_of(name_of(element), kLinkBlocks) && text > 0 && stats_.link_density(element) > 0.5 &&
           text * 2 < root_text_;
}

std::vector<const xmlNode*> find_main_content(const xmlNode* body) {
    Scorer scorer(body);
    scorer.walk(body);
    return scorer.best(body);
}

}  // namespace vnsearch::indexer
