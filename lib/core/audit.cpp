#include <mbov/core/audit.hpp>
#include <mbov/core/msg.hpp>
#include "core/sql.hpp"

#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <unordered_set>
#include <fmt/format.h>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/json.hpp>
#include <mbov/core/session.hpp>
#include "core/audit_records.hpp"
#include "core/sha256.hpp"

namespace mbov::audit {
namespace {

const std::string genesis(64, '0');

// The row's hash; `records` (from schema 11) is a ninth field when the change produced records,
// so every row written before keeps its hash.
std::string chain_hash(std::string_view prev_hash, std::string_view at, std::string_view actor,
                       std::string_view command, std::string_view kind, std::string_view id,
                       std::string_view action, std::string_view details_digest, std::string_view records) {
  std::string text;
  for (std::string_view f : {prev_hash, at, actor, command, kind, id, action, details_digest}) append_field(text, f);
  if (!records.empty()) append_field(text, records);
  return sha256_hex(text);
}

constexpr const char* last_hash_sql = "SELECT hash FROM audit ORDER BY id DESC LIMIT 1";
constexpr const char* insert_sql =
    "INSERT INTO audit (at, actor, command, entity_kind, entity_id, action, details, details_digest, prev_hash, "
    "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* insert_records_sql =
    "INSERT INTO audit (at, actor, command, entity_kind, entity_id, action, details, details_digest, prev_hash, "
    "hash, records) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// The row after the last one, through the two statements (prepared once per Session); `insert`
// is insert_records_sql when `records` is not empty.
void append(SQLite::Statement& last, SQLite::Statement& insert, const Stamp& stamp, std::string_view entity_kind,
            std::string_view entity_id, std::string_view action, const Object& details, std::string_view records) {
  std::string prev = last.executeStep() ? last.getColumn(0).getString() : genesis;
  last.reset();
  std::string at = stamp.at.utc();
  std::string text = to_json(Value(details), 0);
  std::string digest = sha256_hex(text);
  std::string hash = chain_hash(prev, at, stamp.actor, stamp.command, entity_kind, entity_id, action, digest, records);
  int i = 0;
  for (std::string_view v : {std::string_view(at), std::string_view(stamp.actor), std::string_view(stamp.command),
                             entity_kind, entity_id, action, std::string_view(text), std::string_view(digest),
                             std::string_view(prev), std::string_view(hash)})
    insert.bind(++i, std::string(v));
  if (insert.getBindParameterCount() > i) insert.bind(++i, std::string(records));
  insert.exec();
}

}  // namespace

void record(SQLite::Database& db, const Stamp& stamp, std::string_view entity_kind, std::string_view entity_id,
            std::string_view action, const Object& details, std::string_view records) {
  SQLite::Statement last(db, last_hash_sql);
  // A schema older than 11 (a restored old backup) has no `records`, and its rows none.
  SQLite::Statement insert(db, records.empty() ? insert_sql : insert_records_sql);
  append(last, insert, stamp, entity_kind, entity_id, action, details, records);
}

void record(Session& s, std::string_view entity_kind, std::string_view entity_id, std::string_view action,
            const Object& details) {
  const std::string records = produced_records(s);
  append(statement(s, last_hash_sql), statement(s, insert_records_sql),
         Stamp{.at = s.now, .actor = s.actor, .command = s.command}, entity_kind, entity_id, action, details, records);
}

namespace {

// A row's details as the object they were written from; null once erased; a row changed outside
// mbov into something that is not JSON stays listable, as the text it holds (audit verify names it).
Value details_value(const std::string& text) {
  if (text.empty()) return Value();
  try {
    return parse_json(text);
  } catch (const std::exception&) {
    return Value(text);
  }
}

}  // namespace

std::vector<Object> log(Session& s, const std::optional<std::string>& entity_kind, const std::optional<Date>& since) {
  SQLite::Statement q(sql(s),
                      "SELECT id, at, actor, command, entity_kind, entity_id, action, details, erased FROM audit "
                      "WHERE (?1 IS NULL OR entity_kind = ?1) AND (?2 IS NULL OR at >= ?2) ORDER BY id");
  if (entity_kind) q.bind(1, *entity_kind);
  if (since) q.bind(2, Timestamp::parse(since->str() + "T00:00", "--since").utc());  // local midnight
  std::vector<Object> rows;
  while (q.executeStep()) {
    Object row;
    row.add("id", q.getColumn(0).getInt64())
        .add("at", Timestamp::parse(q.getColumn(1).getString(), "audit.at").local())
        .add("actor", q.getColumn(2).getString())
        .add("command", q.getColumn(3).getString())
        .add("entity_kind", q.getColumn(4).getString())
        .add("entity_id", q.getColumn(5).getString())
        .add("action", q.getColumn(6).getString())
        .add("details", details_value(q.getColumn(7).getString()))
        .add("erased", q.getColumn(8).getInt() != 0);
    rows.push_back(std::move(row));
  }
  return rows;
}

namespace {

constexpr std::string_view erased_key = "erased_audit_rows";

// The rows an erasure names, read back from its details (our own compact JSON: "key":[1,2,3]).
void add_named_rows(std::string_view details, std::vector<std::int64_t>& out) {
  const std::string key = fmt::format("\"{}\":[", erased_key);
  const std::size_t at = details.find(key);
  if (at == std::string_view::npos) return;
  std::int64_t n = 0;
  bool digits = false;
  for (std::size_t i = at + key.size(); i < details.size(); ++i) {
    const char c = details[i];
    if (c >= '0' && c <= '9') {
      n = n * 10 + (c - '0');
      digits = true;
      continue;
    }
    if (digits) out.push_back(n);
    n = 0;
    digits = false;
    if (c != ',') break;
  }
}

// The records whose creation the log must hold: kind, table, key column, creating action. The
// catalogue's first products come with the schema, so products are not listed.
struct Covered {
  const char* kind;
  const char* table;
  const char* key;
  const char* action;
};
constexpr Covered covered[] = {
    {"member", "member", "code", "add"},          {"contact", "contact", "id", "add"},
    {"uptake", "uptake", "id", "add"},            {"board_seat", "board_seat", "id", "appoint"},
    {"meeting", "meeting", "id", "add"},          {"motion", "motion", "id", "add"},
    {"ballot", "ballot", "id", "cast"},           {"supplier", "supplier", "id", "add"},
    {"certificate", "certificate", "id", "add"},  {"contract", "contract", "id", "add"},
    {"incident", "incident", "id", "open"},       {"dpia", "dpia", "id", "add"},
    {"processing", "processing", "id", "add"},    {"officer", "officer", "id", "set"},
    {"membership", "membership", "id", "add"},
};

// kind, action and id of a creating row, the id in ASCII lower case (member codes are NOCASE).
std::string creation_key(std::string_view kind, std::string_view action, std::string id) {
  for (char& ch : id)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return fmt::format("{}\t{}\t{}", kind, action, id);
}

// The first record without its creation row, as "member 25LZ", or "". One pass over the log and
// one over each table, with the creations in a hash set: linear (a lookup per record compared
// NOCASE could use no index, and verify grew with the square of the records).
std::string uncovered_record(SQLite::Database& db) {
  std::unordered_set<std::string> created;
  SQLite::Statement rows(db, "SELECT entity_kind, action, entity_id FROM audit");
  while (rows.executeStep())
    created.insert(creation_key(rows.getColumn(0).getText(), rows.getColumn(1).getText(), rows.getColumn(2).getString()));
  for (const Covered& c : covered) {
    // `table` and `key` are literals of this file, never input.
    SQLite::Statement q(db, fmt::format("SELECT CAST(t.{1} AS TEXT) FROM {0} t ORDER BY t.rowid", c.table, c.key));
    while (q.executeStep())
      if (!created.contains(creation_key(c.kind, c.action, q.getColumn(0).getString())))
        return fmt::format("{} {}", c.kind, q.getColumn(0).getString());
  }
  return {};
}

}  // namespace

std::string Head::str() const { return fmt::format("{} {}", rows, sha256); }

Head Head::parse(std::string_view text, std::string_view what) {
  const std::size_t sep = text.find_first_of(": ");
  Head h;
  bool ok = sep != std::string_view::npos && sep > 0 && sep <= 18 && text.size() - sep - 1 == 64;
  for (std::size_t i = 0; ok && i < sep; ++i) ok = text[i] >= '0' && text[i] <= '9';
  for (std::size_t i = sep + 1; ok && i < text.size(); ++i)
    ok = (text[i] >= '0' && text[i] <= '9') || (text[i] >= 'a' && text[i] <= 'f');
  if (!ok)
    fail_data(msg("invalid audit head for {}: want ROWS:SHA256 (a row count, a colon, 64 lower-case hex digits)",
                          what),
              {}, msg("copy it from 'mbov audit head' or from a weekly report"));
  h.rows = std::stoll(std::string(text.substr(0, sep)));
  h.sha256 = std::string(text.substr(sep + 1));
  return h;
}

Head head(Session& s) {
  SQLite::Statement q(sql(s), "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1");
  if (!q.executeStep()) return Head{0, genesis};
  return Head{q.getColumn(0).getInt64(), q.getColumn(1).getString()};
}

Verdict verify(Session& s, const std::optional<Head>& witness) { return verify(sql(s), witness); }

Verdict verify(SQLite::Database& db, const std::optional<Head>& witness, const Scope& scope) {
  const bool legacy_erasures = scope.legacy_erasures;
  SQLite::Statement q(db, fmt::format("SELECT id, at, actor, command, entity_kind, entity_id, action, details, details_digest, "
                                      "erased, prev_hash, hash, {} FROM audit ORDER BY id",
                                      scope.data ? "records" : "''"));
  Verdict v;
  std::string prev = genesis;
  std::vector<std::int64_t> erased, named;
  Digests last;  // (table, key) -> the digest of the last row that produced it
  if (scope.data) last.reserve(static_cast<std::size_t>(db.execAndGet("SELECT coalesce(max(id), 0) FROM audit").getInt64()));
  while (q.executeStep()) {
    const long long id = q.getColumn(0).getInt64();
    auto col = [&](int c) { return q.getColumn(c).getString(); };
    const std::string details = col(7), digest = col(8);
    const bool is_erased = q.getColumn(9).getInt() != 0;
    auto broken = [&](std::string reason) {
      v.broken_row = id;
      v.reason = std::move(reason);
      return v;
    };
    if (id != v.rows + 1)
      return broken(render(msg("it is numbered {}, want {} (rows were renumbered or removed)", id, v.rows + 1), language()));
    if (col(10) != prev) return broken(tr("it does not follow the row before it (a row was removed, inserted or moved)"));
    if (id == 1 && (col(4) != "database" || col(6) != "create"))
      return broken(tr("the log does not start with the creation of the database (its first rows were removed)"));
    if (is_erased && !details.empty() && !legacy_erasures) return broken(tr("it is marked erased but carries details"));
    if (!is_erased && sha256_hex(details) != digest) return broken(tr("its details were changed after it was written"));
    const std::string records = col(12);
    if (chain_hash(prev, col(1), col(2), col(3), col(4), col(5), col(6), digest, records) != col(11))
      return broken(tr("its contents were changed after it was written"));
    if (!add_records(records, last)) return broken(tr("its records are not a list of records and digests"));
    if (is_erased) erased.push_back(id);
    else add_named_rows(details, named);
    if (witness && id == witness->rows && col(11) != witness->sha256)
      return broken(render(msg("it differs from the witnessed head {}", witness->str()), language()));
    prev = col(11);
    ++v.rows;
  }
  std::sort(named.begin(), named.end());
  for (std::int64_t id : erased)
    if (!legacy_erasures && !std::binary_search(named.begin(), named.end(), id)) {
      v.broken_row = id;
      v.reason = tr("it is marked erased, but no erasure in the log names it");
      return v;
    }
  if (v.rows == 0) {
    v.reason = tr("the log is empty: even the row that created the database is gone");
    return v;
  }
  if (witness && witness->rows > v.rows) {
    v.reason = render(msg("the log has {} rows, the witnessed head {} had more (its tail was removed)", v.rows,
                           witness->str()), language());
    return v;
  }
  if (!scope.records) return v;
  // From schema 11 every record has its digest, which says more than its creation row.
  if (scope.data) v.reason = unrecorded_change(db, std::move(last));
  else if (std::string record = uncovered_record(db); !record.empty())
    v.reason = render(msg("{} has no row that created it (rows were removed from the log)", record), language());
  return v;
}

Object erasure_details(const std::vector<std::int64_t>& erased_rows) {
  Array ids(erased_rows.begin(), erased_rows.end());
  return Object().add("audit_rows_erased", static_cast<std::int64_t>(erased_rows.size())).add(std::string(erased_key), std::move(ids));
}

namespace {
// A key of our own compact JSON: inside a string value every '"' is escaped, so `"name":` is a key.
bool holds_personal_data(std::string_view details) {
  for (std::string_view key : {"\"name\":", "\"email\":", "\"phone\":"})
    if (details.find(key) != std::string_view::npos) return true;
  return false;
}
}  // namespace

std::vector<std::int64_t> erase_personal_rows(Session& s, const std::vector<Record>& records) {
  std::vector<std::int64_t> erased;
  SQLite::Statement q(sql(s), "SELECT id, details FROM audit WHERE entity_kind = ? AND entity_id = ? AND erased = 0");
  SQLite::Statement update(sql(s), "UPDATE audit SET details = '', erased = 1 WHERE id = ?");
  for (const Record& r : records) {
    q.bind(1, r.kind);
    q.bind(2, r.id);
    while (q.executeStep())
      if (holds_personal_data(q.getColumn(1).getString())) erased.push_back(q.getColumn(0).getInt64());
    q.reset();
  }
  for (std::int64_t id : erased) {
    update.bind(1, id);
    update.exec();
    update.reset();
  }
  std::sort(erased.begin(), erased.end());
  return erased;
}

}  // namespace mbov::audit
