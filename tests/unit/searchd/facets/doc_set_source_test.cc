// Tests of a DocSet walked as a posting list: DocSetSource filtering a real Xapian match to the documents
// it holds without changing their weights (what the ranking pass of a phrase relies on when its matches
// are known from the count).
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "facets/doc_set_source.h"

using namespace vnsearch::searchd;

TEST(DocSetSource, FiltersAMatchToItsDocumentsWithTheirWeights) {
    std::string path = ::testing::TempDir() + "doc_set_source";
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS);
    for (int i = 1; i <= 200; ++i) {
        Xapian::Document doc;
        doc.add_term("x", static_cast<Xapian::termcount>(1 + i % 7));
        if (i % 3 == 0) doc.add_term("y");
        db.add_document(doc);
    }
    db.commit();
    Xapian::Query query(Xapian::Query::OP_OR, Xapian::Query("x"), Xapian::Query("y"));
    std::map<Xapian::docid, double> all;
    Xapian::Enquire plain(db);
    plain.set_query(query);
    Xapian::MSet every = plain.get_mset(0, 200);
    for (auto it = every.begin(); it != every.end(); ++it) all[*it] = it.get_weight();

    DocSet known(db.get_lastdocid() + 1);
    for (Xapian::docid docid : {1u, 3u, 64u, 65u, 150u, 200u}) known.insert(docid);
    DocSetSource source(known);
    Xapian::Enquire filtered(db);
    filtered.set_query(Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(&source)));
    for (int pass = 0; pass < 2; ++pass) {  // a second match starts the walk afresh
        Xapian::MSet mset = filtered.get_mset(0, 200);
        std::map<Xapian::docid, double> got;
        for (auto it = mset.begin(); it != mset.end(); ++it) got[*it] = it.get_weight();
        ASSERT_EQ(got.size(), 6u) << pass;
        for (const auto& [docid, weight] : got) EXPECT_DOUBLE_EQ(weight, all.at(docid)) << docid;
        EXPECT_EQ(mset.get_matches_estimated(), 6u);
    }
}
