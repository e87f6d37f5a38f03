// Milliseconds since a start point: took_ms of a search, the duration in the request log.
// Header-only because it is three lines of std::chrono.
#pragma once

#include <chrono>

namespace vnsearch::searchd {

class Stopwatch {
public:
    Stopwatch() : start_(std::chrono::steady_clock::now()) {}
    double elapsed_ms() const {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count();
    }

private:
    std::chrono::steady_clock::time_point start_;
};

}  // namespace vnsearch::searchd
