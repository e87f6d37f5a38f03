// The files searchd serves as they are: the embeddable search widget (widget.js, widget.css), the
// demo page at / that embeds it, and the OpenAPI description of the REST API. They are compiled into
// the binary (searchd/web/embed_assets.cmake), so an installed searchd needs no data directory.
#pragma once

#include <span>
#include <string_view>

namespace vnsearch::searchd::web {

struct StaticAsset {
    std::string_view path;          // URL path: "/widget.js"
    std::string_view content_type;  // with its charset for text
    std::string_view body;
    std::string_view etag;          // W/"<SHA-256 head of the file>", fixed at build time
};

std::span<const StaticAsset> static_assets();

}  // namespace vnsearch::searchd::web
