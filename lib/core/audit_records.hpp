#pragma once
// The data under the audit chain (issue 24): every audit row holds, in its `records` field, the
// digest of each record its change produced; audit::verify checks every data row against the last
// digest the log holds for it. Internal to lib/core (audit.cpp, database.cpp).
//
// A record is a row of a data table (every table but `audit` and SQLite's own), named by its
// table and key: its id (the rowid) or, where the table has no integer key, its natural key
// (a member's or product's code, a fee's product and year). Its digest is SHA-256 over its
// columns in schema order, each a type letter and a length-prefixed value; a deleted record's
// digest is "". `records` is the list of (table, key, digest), each field length-prefixed.
#include <SQLiteCpp/Database.h>

#include <string>
#include <string_view>
#include <unordered_map>

#include <mbov/core/session.hpp>

namespace mbov::audit {

// `field` as its length, a colon and itself: the one encoding of the chain and of `records`.
void append_field(std::string& out, std::string_view field);

// The records the session changed since its last audit row (SQLite's update hook collects them),
// with their digests now; the list is emptied.
std::string produced_records(Session& s);

// Every record of the database with its digest: the row of the upgrade to schema 11 (or of a
// new database) commits to the data as it is.
std::string all_records(SQLite::Database& db);

// (table, key) -> the last digest the log recorded for it.
using Digests = std::unordered_map<std::string, std::string>;
// Adds the records of one audit row's `records` field; false if the field is not such a list.
bool add_records(std::string_view records, Digests& last);

// The first record that does not match its last digest, as a sentence naming it ("ballot 17 was
// changed outside mbov ..."), or "": one pass over each data table.
std::string unrecorded_change(SQLite::Database& db, Digests last);

}  // namespace mbov::audit
