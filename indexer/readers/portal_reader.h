// The portal's plain-text article files (one article a file, id = file name without extension):
// category breadcrumb, title, "Ngày đăng dd/mm/yyyy | hh:mm | Lượt xem: N", a ==== rule, the body
// paragraphs, and the publishing body on the last line. Read whole by a WholeFileReader.
#pragma once

#include <string>
#include <string_view>

#include "readers/raw_article.h"

namespace vnsearch::indexer {

// Parses one file's text; reports to sink. `id` is the article id, `path` names it in errors.
void parse_portal_article(std::string_view text, const std::string& id, const std::string& path, ReadSink& sink);

}  // namespace vnsearch::indexer
