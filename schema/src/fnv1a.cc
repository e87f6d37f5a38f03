// Hex form of the FNV-1a hash; see fnv1a.h.
#include "vnsearch/schema/fnv1a.h"

#include <cstdio>

namespace vnsearch::schema {

std::string Fnv1a::hex() const {
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash_));
    return buffer;
}

}  // namespace vnsearch::schema
