// Reader for the portal's plain-text article files (one article a file, id = file name without
// extension): category breadcrumb, title, "Ngày đăng dd/mm/yyyy | hh:mm | Lượt xem: N", a ==== rule,
// the body paragraphs, and the publishing body on the last line.
#pragma once

#include <string>
#include <string_view>

#include "indexer/readers/reader.h"

namespace vnsearch::indexer {

class PortalReader : public Reader {
public:
    void read(const InputFile& input, ReadSink& sink) const override;

    // Parses one file's text; reports to sink. `id` is the article id, `path` names it in errors.
    static void parse(std::string_view text, const std::string& id, const std::string& path, ReadSink& sink);
};

}  // namespace vnsearch::indexer
