// --rebuild's atomic replacement of a live database: the new one is built beside it (DIR.rebuild-<pid>)
// and exchanged with DIR in one renameat2(RENAME_EXCHANGE), so a reader opening DIR sees either the
// old database or the new one, never a half-built index.
#pragma once

#include <filesystem>

namespace vnsearch::indexer {

// DIR.rebuild-<pid> for database directory DIR.
std::filesystem::path rebuild_path_for(const std::filesystem::path& db_dir);

// Removes DIR.rebuild-* left by killed rebuilds. Call only while holding the indexer's lock.
void remove_stale_rebuilds(const std::filesystem::path& db_dir);

// Puts `fresh` in place of `live` atomically (a plain rename when live does not exist yet), then
// removes the old database. Throws std::runtime_error, leaving `fresh` in place, when the
// filesystem refuses the exchange.
void swap_in(const std::filesystem::path& fresh, const std::filesystem::path& live);

}  // namespace vnsearch::indexer
