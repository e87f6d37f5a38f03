// Where a saved page's article text is, the way readability-style extractors find it, for pages with
// no <article> or <main> (menus and footers in plain <div id="menu">, <div class="footer">, broken
// markup): paragraphs score their parent blocks by text length and commas, class/id hints (menu, nav,
// footer, sidebar, breadcrumb, share, related, comment, copyright...) mark page furniture, and a block
// whose text is mostly links is navigation.
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <unordered_map>
#include <vector>

namespace vnsearch::indexer {

// Text and link-text sizes of every element under a root, counted once (bytes of non-space text,
// without scripts, styles and the other elements that never hold article text).
class BlockStats {
public:
    explicit BlockStats(const xmlNode* root);
    std::size_t text(const xmlNode* element) const;
    double link_density(const xmlNode* element) const;  // share of the text inside <a>; 0 without text

private:
    struct Counts {
        std::size_t text = 0, links = 0;
    };
    Counts count(const xmlNode* node, bool in_link);
    std::unordered_map<const xmlNode*, Counts> counts_;
};

// True for an element never part of an article's text by its name (script, nav, footer, form...).
bool is_never_text(const xmlNode* element);

// True for an element whose class or id names page furniture, and nothing that holds an article.
bool has_furniture_hint(const xmlNode* element);

// Decides, inside the part of a page taken as the article, which elements are page furniture: named so
// by class/id (unless it holds most of the text: an unclosed <div id="menu"> swallows the page), or a
// block whose text is mostly links ("Trang chủ | Liên hệ", a list of related stories).
class Boilerplate {
public:
    explicit Boilerplate(const xmlNode* root) : stats_(root), root_text_(stats_.text(root)) {}
    bool operator()(const xmlNode* element) const;

private:
    BlockStats stats_;
    std::size_t root_text_;
};

// The elements that hold the article under `body`, in page order: the block its paragraphs score
// highest, with the sibling blocks that score near it (a lead paragraph in a block of its own).
// Empty when no block holds a paragraph.
std::vector<const xmlNode*> find_main_content(const xmlNode* body);

}  // namespace vnsearch::indexer
