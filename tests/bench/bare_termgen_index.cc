// The indexing baseline of scripts/bench/indexing.sh: the same JSON Lines as the project's indexer,
// fed to Xapian::TermGenerator with no analysis (no stemmer, no folding, no bigrams, no spelling, no
// stored text): one positional term per word of title and body, an id term, a commit every N articles.
// What it costs is the floor any Xapian indexer pays for positional postings on this machine.
//
//   bare_termgen_index --db DIR [--commit-every N] FILE.jsonl...
//
// Prints one line: "bare_termgen_index: A articles, S skipped, W terms (distinct per article, summed), in T s".
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

namespace {

struct Options {
    std::string db;
    unsigned commit_every = 10'000;
    std::vector<std::string> files;
};

[[noreturn]] void usage_error(const std::string& message) {
    std::cerr << "bare_termgen_index: " << message
              << "\nusage: bare_termgen_index --db DIR [--commit-every N] FILE.jsonl...\n";
    std::exit(2);
}

Options parse_options(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if ((arg == "--db" || arg == "--commit-every") && i + 1 == argc) usage_error(arg + " needs a value");
        if (arg == "--db") {
            options.db = argv[++i];
        } else if (arg == "--commit-every") {
            long n = std::strtol(argv[++i], nullptr, 10);
            if (n < 1) usage_error("--commit-every must be a positive number");
            options.commit_every = static_cast<unsigned>(n);
        } else if (arg.starts_with("--")) {
            usage_error("unknown option " + arg);
        } else {
            options.files.push_back(arg);
        }
    }
    if (options.db.empty() || options.files.empty()) usage_error("--db and at least one file are needed");
    return options;
}

// Field `name` of an article as a string, or "" (a missing or non-string field is not an error here).
std::string text_field(const nlohmann::json& article, const char* name) {
    auto it = article.find(name);
    return it != article.end() && it->is_string() ? it->get<std::string>() : std::string();
}

struct Counts {
    unsigned long articles = 0;
    unsigned long skipped = 0;
    unsigned long long words = 0;
};

// Title then body, as positions of one text (a gap between them so no phrase spans both).
void index_article(Xapian::WritableDatabase& db, Xapian::TermGenerator& generator, const nlohmann::json& article,
                   Counts& counts) {
    std::string id = text_field(article, "id");
    if (id.empty() || id.size() > 200) {
        ++counts.skipped;
        return;
    }
    Xapian::Document document;
    generator.set_document(document);
    generator.index_text(text_field(article, "title"));
    generator.increase_termpos(100);
    generator.index_text(text_field(article, "body"));
    counts.words += document.termlist_count();
    std::string id_term = "Q" + id;
    document.add_boolean_term(id_term);
    db.replace_document(id_term, document);
    ++counts.articles;
}

}  // namespace

int main(int argc, char** argv) {
    Options options = parse_options(argc, argv);
    auto started = std::chrono::steady_clock::now();
    Counts counts;
    try {
        Xapian::WritableDatabase db(options.db, Xapian::DB_CREATE_OR_OVERWRITE);
        Xapian::TermGenerator generator;  // no stemmer: every word is indexed as it is, lower-cased
        unsigned since_commit = 0;
        for (const std::string& path : options.files) {
            std::ifstream in(path);
            if (!in) {
                std::cerr << "bare_termgen_index: cannot read " << path << "\n";
                return 2;
            }
            std::string line;
            while (std::getline(in, line)) {
                if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
                try {
                    index_article(db, generator, nlohmann::json::parse(line), counts);
                } catch (const nlohmann::json::exception&) {
                    ++counts.skipped;
                    continue;
                }
                if (++since_commit == options.commit_every) {
                    db.commit();
                    since_commit = 0;
                }
            }
        }
        db.commit();
    } catch (const Xapian::Error& error) {
        std::cerr << "bare_termgen_index: " << error.get_description() << "\n";
        return 1;
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("bare_termgen_index: %lu articles, %lu skipped, %llu terms (distinct per article, summed), in %.2f s\n",
                counts.articles, counts.skipped, counts.words, seconds);
    return 0;
}
