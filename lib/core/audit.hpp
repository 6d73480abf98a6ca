#pragma once
// The audit log: one row per change, written in the change's own transaction, chained by SHA-256.
//
// hash(row) = SHA-256 over (prev_hash, at, actor, command, entity_kind, entity_id, action,
// details_digest), each length-prefixed; details_digest = SHA-256(details). The chain covers the
// digest, not the details, so personal data in the details can be erased (dpia::erase_person): the row is
// marked erased, loses its details entirely and keeps its digest, and the chain stays whole. The
// erasure names the rows it erased in its own (chained) row, under "erased_audit_rows", so a row
// marked erased by hand, or an erased row that still carries details, is tampering.
//
// Rows are numbered 1, 2, 3, ... without gaps. The chain covers the data (schema 11): each row
// also holds the digests of the records its change produced (core/audit_records.hpp), a ninth
// field of its hash, and verify() checks every data row against the last digest the log holds for
// it, so a record changed, inserted or deleted outside mbov, and a removed tail that changed data,
// are found. A rewrite of data and log together, every hash recomputed, is found by an external
// witness only: head() ("ROWS SHA256", printed in the weekly and AV reports) checked later with
// verify(s, witness).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <mbov/core/dates.hpp>
#include <mbov/core/value.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {
class Session;
}

namespace mbov::audit {

struct Stamp {
  Timestamp at;
  std::string actor;
  std::string command;
};

// Adds one row to the chain, in the caller's transaction, with the digests of every row the
// session changed since its last audit row (the record it names and the others it wrote).
void record(Session& s, std::string_view entity_kind, std::string_view entity_id, std::string_view action,
            const Object& details);

// mbov audit log: rows in order, optionally of one entity kind and from a day on.
std::vector<Object> log(Session& s, const std::optional<std::string>& entity_kind, const std::optional<Date>& since);

// The log's head: its number of rows and the hash of the last row, which chains every row before.
struct Head {
  long long rows = 0;
  std::string sha256;  // 64 lower-case hex digits
  std::string str() const;  // "ROWS SHA256"
  // "ROWS:SHA256" (or "ROWS SHA256"); Exit::data naming `what` otherwise.
  static Head parse(std::string_view text, std::string_view what);
};
Head head(Session& s);

struct Verdict {
  long long rows = 0;
  std::optional<long long> broken_row;  // the first row that does not fit the chain
  std::string reason;                   // why; also set (without a row) when records lack their rows
  bool whole() const { return reason.empty(); }
};
// The chain, the erasures, the numbering, the coverage of the records and, when given, the
// witnessed head: the log must still hold that prefix unchanged.
Verdict verify(Session& s, const std::optional<Head>& witness = std::nullopt);

// A record an audit row is about: its entity kind and id, as the row recorded them when written.
struct Record {
  std::string kind;
  std::string id;
};
// For the erasure of a person (dpia/person.hpp): erases the details of the rows of these records
// that hold personal data (a "name", "email" or "phone" field): marks them erased, details ""; rows of other records are never
// touched, whatever text they hold. Returns the ids of the rows erased, which the caller's own
// audit row names under "erased_audit_rows" (erasure_details).
std::vector<std::int64_t> erase_personal_rows(Session& s, const std::vector<Record>& records);
// The details of the row that records an erasure of the given audit rows.
Object erasure_details(const std::vector<std::int64_t>& erased_rows);

}  // namespace mbov::audit

MBOV_PUBLIC_END
