// The analysis stamp; see analysis_stamp.h.
#include "analysis_stamp.h"

#include <map>
#include <sstream>
#include <utility>

#include "vnsearch/schema/layout.h"

namespace vnsearch::indexer {
namespace {

using schema::SpellingScope;

const char* spelling_name(SpellingScope spelling) {
    switch (spelling) {
        case SpellingScope::None: return "none";
        case SpellingScope::Titles: return "titles";
        case SpellingScope::TitlesAndBodies: break;
    }
    return "all";
}

// Each field of the stamp, and how a warning names it.
const std::vector<std::pair<std::string, std::string>>& fields() {
    static const std::vector<std::pair<std::string, std::string>> kFields = {
        {"layout", "the index layout (another vnsearch version)"},
        {"orgs", "the organization data"},
        {"spelling", "--spelling"},
    };
    return kFields;
}

std::map<std::string, std::string> parse(const std::string& text) {
    std::map<std::string, std::string> values;
    std::istringstream in(text);
    std::string item;
    while (in >> item) {
        auto equals = item.find('=');
        if (equals != std::string::npos) values[item.substr(0, equals)] = item.substr(equals + 1);
    }
    return values;
}

}  // namespace

AnalysisStamp::AnalysisStamp(std::string org_data_fingerprint, SpellingScope spelling)
    : text_("layout=" + std::to_string(schema::Layout::kVersion) + " orgs=" + org_data_fingerprint +
            " spelling=" + spelling_name(spelling)) {}

std::vector<std::string> AnalysisStamp::differences_from(const std::string& stored) const {
    auto before = parse(stored);
    auto now = parse(text_);
    std::vector<std::string> differences;
    for (const auto& [key, name] : fields()) {
        if (before[key] != now[key]) differences.push_back(name);
    }
    return differences;
}

}  // namespace vnsearch::indexer
