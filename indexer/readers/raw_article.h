// What a reader hands on: an article as found in its file (date still raw text) with where it came
// from, and the per-article problems it met, so errors name a file and a line.
#pragma once

#include <cstddef>
#include <string>

#include "vnsearch/schema/article.h"

namespace vnsearch::indexer {

// A place in an input: the path as the user named it (or "<stdin>") and a 1-based line, 0 when unknown.
struct Origin {
    std::string path;
    std::size_t line = 0;
    std::string describe() const { return line == 0 ? path : path + ":" + std::to_string(line); }
};

struct RawArticle {
    // Every field but date as the input gave it, but in NFC (the article's one normalization) and with
    // the id and url trimmed.
    schema::Article article;
    std::string raw_date;     // parsed later by the Enricher, which reports bad dates
    Origin origin;            // where the article starts
    Origin date_origin;       // where its date was written
};

struct ReadError {
    Origin origin;
    std::string problem;
    std::string message() const { return origin.describe() + ": " + problem; }
};

// Receives what a reader finds; a reader keeps going after an error.
class ReadSink {
public:
    virtual ~ReadSink() = default;
    virtual void article(RawArticle article) = 0;
    virtual void error(ReadError error) = 0;
    // False once the run must stop (SIGINT/SIGTERM): readers then return early.
    virtual bool wants_more() const { return true; }
};

}  // namespace vnsearch::indexer
