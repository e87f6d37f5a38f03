// 64-bit FNV-1a: the project's stable, dependency-free hash for bounded keys, derived ids,
// near-duplicate keys, file content checks and data fingerprints. Stable across runs and machines,
// which std::hash is not.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace vnsearch::schema {

class Fnv1a {
public:
    Fnv1a& update(std::string_view bytes) {
        for (unsigned char c : bytes) {
            hash_ ^= c;
            hash_ *= 1099511628211ull;
        }
        return *this;
    }
    std::uint64_t value() const { return hash_; }
    std::string hex() const;  // 16 lower-case hex digits

private:
    std::uint64_t hash_ = 14695981039346656037ull;
};

inline std::string fnv1a_hex(std::string_view bytes) { return Fnv1a().update(bytes).hex(); }

}  // namespace vnsearch::schema
