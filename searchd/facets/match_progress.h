// How far Xapian's matcher got through a boolean query's matches: how many it visited and the last
// docid (an unweighted, unsorted match visits them in docid order). When its time budget cuts a count
// short, that and the query's candidates (a superset, as bitmaps) give an estimate of the rest.
//
// The budget is kept here, not with Enquire::set_time_limit: Xapian 1.4 times a match with a POSIX
// timer whose notification thread writes the "expired" flag into the matcher's stack frame, and
// timer_delete does not wait for a notification already on its way. A timer expiring as its match
// ended wrote a byte into whatever used that memory next: searchd crashed (SIGSEGV inside get_mset)
// within a minute at 8 connections, with a 4 ms budget that the slower counts reach under load.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include <xapian.h>

#include "facets/doc_set.h"

namespace vnsearch::searchd {

class MatchProgress : public Xapian::MatchSpy {
public:
    using Clock = std::chrono::steady_clock;
    // Thrown out of the match (through Enquire::get_mset) once the deadline has passed.
    struct OutOfTime {};

    // `matches`, when given, receives every match's docid (a DocSet of the database's docids).
    explicit MatchProgress(std::optional<Clock::time_point> deadline = std::nullopt, DocSet* matches = nullptr)
        : deadline_(deadline), matches_(matches) {}

    // The clock is read every kClockEvery matches: a match costs well under a microsecond, the clock
    // tens of nanoseconds.
    static constexpr Xapian::doccount kClockEvery = 16;

    void operator()(const Xapian::Document& doc, double) override {
        ++matched_;
        last_ = doc.get_docid();
        if (matches_ != nullptr) matches_->insert(last_);
        if (deadline_ && matched_ % kClockEvery == 0 && Clock::now() >= *deadline_) throw OutOfTime{};
    }
    std::string name() const override { return "vnsearch.MatchProgress"; }

    Xapian::doccount matched() const { return matched_; }
    Xapian::docid last() const { return last_; }

    // The matches there would be if the candidates after `last` matched as often as those up to it,
    // from `matched` (the least) up to the candidates' count (the most).
    Xapian::doccount estimate(const DocSet& candidates) const;

private:
    std::optional<Clock::time_point> deadline_;
    DocSet* matches_;
    Xapian::doccount matched_ = 0;
    Xapian::docid last_ = 0;
};

}  // namespace vnsearch::searchd
