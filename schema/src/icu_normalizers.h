// ICU's NFC and NFD normalizers, for schema's own sources (text.cc, analyzer.cc): ICU owns the
// instances; these only fetch them and turn a failure into an exception.
#pragma once

#include <unicode/normalizer2.h>

#include <stdexcept>

namespace vnsearch::schema::icu_normalizers {

inline const icu::Normalizer2& nfc() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normalizer unavailable");
    return *normalizer;
}

inline const icu::Normalizer2& nfd() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFD normalizer unavailable");
    return *normalizer;
}

}  // namespace vnsearch::schema::icu_normalizers
