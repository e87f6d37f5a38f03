// Tests of the estimate of a count cut short: the share of the candidates seen that matched, applied
// to all of them, never below what was found nor above the candidates.
#include <gtest/gtest.h>

#include "facets/match_progress.h"

#include <chrono>
#include <string>

using namespace vnsearch::searchd;

namespace {

Xapian::Document with_docid(Xapian::WritableDatabase& db, Xapian::docid docid) {
    Xapian::Document doc;
    doc.add_term("x");
    db.replace_document(docid, doc);
    return db.get_document(docid);
}

}  // namespace

TEST(MatchProgress, EstimatesTheRestAtTheRateSeenSoFar) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    DocSet candidates(1001);
    for (Xapian::docid docid = 1; docid <= 1000; ++docid) candidates.insert(docid);
    MatchProgress progress;
    // Half of the first 100 candidates matched, then time ran out.
    for (Xapian::docid docid = 2; docid <= 100; docid += 2) progress(with_docid(db, docid), 1.0);
    EXPECT_EQ(progress.matched(), 50u);
    EXPECT_EQ(progress.last(), 100u);
    EXPECT_EQ(progress.estimate(candidates), 500u);
}

TEST(MatchProgress, StaysBetweenWhatWasFoundAndTheCandidates) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    DocSet candidates(100);
    candidates.insert(5);
    MatchProgress nothing_yet;
    EXPECT_EQ(nothing_yet.estimate(candidates), 1u);  // nothing seen: at most the candidates
    MatchProgress progress;
    progress(with_docid(db, 5), 1.0);
    progress(with_docid(db, 7), 1.0);  // not a candidate: the candidates were not a superset
    EXPECT_EQ(progress.estimate(candidates), 2u);
}

// The count's time budget: past the deadline, the spy stops the match by throwing out of get_mset
// (not Xapian's POSIX-timer time limit, see match_progress.h), after at most kClockEvery matches.
TEST(MatchProgress, StopsTheMatchOnceItsDeadlineHasPassed) {
    std::string path = ::testing::TempDir() + "match_progress_deadline";
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS);
    for (int i = 0; i < 100; ++i) {
        Xapian::Document doc;
        doc.add_term("x");
        db.add_document(doc);
    }
    db.commit();
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query("x"));

    MatchProgress late(MatchProgress::Clock::now() - std::chrono::seconds(1));
    enquire.add_matchspy(&late);
    EXPECT_THROW(enquire.get_mset(0, 0, db.get_doccount()), MatchProgress::OutOfTime);
    EXPECT_EQ(late.matched(), MatchProgress::kClockEvery);
    EXPECT_EQ(late.last(), MatchProgress::kClockEvery);  // docids in order: how far it got

    enquire.clear_matchspies();
    MatchProgress in_time(MatchProgress::Clock::now() + std::chrono::hours(1));
    enquire.add_matchspy(&in_time);
    EXPECT_EQ(enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated(), 100u);
    EXPECT_EQ(in_time.matched(), 100u);
}
