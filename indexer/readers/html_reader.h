// Saved HTML article pages (.html, .htm), tolerant of broken markup (libxml2's HTML parser): title,
// date, url and the article text without navigation, scripts, styles and forms. Read whole by a
// WholeFileReader.
#pragma once

#include <string>
#include <string_view>

#include "readers/raw_article.h"

namespace vnsearch::indexer {

// Parses one page; `id` is the article id (file name without extension), `path` names it in errors.
void parse_html_page(std::string_view html, const std::string& id, const std::string& path, ReadSink& sink);

}  // namespace vnsearch::indexer
