// Reader for saved HTML article pages (.html, .htm), tolerant of broken markup (libxml2's HTML parser):
// title, date, url and the article text without navigation, scripts, styles and forms.
#pragma once

#include <string>
#include <string_view>

#include "indexer/readers/reader.h"

namespace vnsearch::indexer {

class HtmlReader : public Reader {
public:
    void read(const InputFile& input, ReadSink& sink) const override;

    // Parses one page; `id` is the article id (file name without extension), `path` names it in errors.
    static void parse(std::string_view html, const std::string& id, const std::string& path, ReadSink& sink);
};

}  // namespace vnsearch::indexer
