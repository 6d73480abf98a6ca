#include "core/audit.hpp"
#include "core/sql.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "core/error.hpp"
#include "core/json.hpp"
#include "core/session.hpp"
#include "core/sha256.hpp"

namespace mbov::audit {
namespace {

const std::string genesis(64, '0');
constexpr std::string_view erased_text = "[erased]";

void append_field(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

std::string chain_hash(std::string_view prev_hash, std::string_view at, std::string_view actor,
                       std::string_view command, std::string_view kind, std::string_view id,
                       std::string_view action, std::string_view details_digest) {
  std::string text;
  for (std::string_view f : {prev_hash, at, actor, command, kind, id, action, details_digest}) append_field(text, f);
  return sha256_hex(text);
}

constexpr const char* last_hash_sql = "SELECT hash FROM audit ORDER BY id DESC LIMIT 1";
constexpr const char* insert_sql =
    "INSERT INTO audit (at, actor, command, entity_kind, entity_id, action, details, details_digest, prev_hash, "
    "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// The row after the last one, through the two statements (prepared once per Session).
void append(SQLite::Statement& last, SQLite::Statement& insert, const Stamp& stamp, std::string_view entity_kind,
            std::string_view entity_id, std::string_view action, const Object& details) {
  std::string prev = last.executeStep() ? last.getColumn(0).getString() : genesis;
  last.reset();
  std::string at = stamp.at.utc();
  std::string text = to_json(Value(details), 0);
  std::string digest = sha256_hex(text);
  std::string hash = chain_hash(prev, at, stamp.actor, stamp.command, entity_kind, entity_id, action, digest);
  int i = 0;
  for (std::string_view v : {std::string_view(at), std::string_view(stamp.actor), std::string_view(stamp.command),
                             entity_kind, entity_id, action, std::string_view(text), std::string_view(digest),
                             std::string_view(prev), std::string_view(hash)})
    insert.bind(++i, std::string(v));
  insert.exec();
}

}  // namespace

void record(SQLite::Database& db, const Stamp& stamp, std::string_view entity_kind, std::string_view entity_id,
            std::string_view action, const Object& details) {
  SQLite::Statement last(db, last_hash_sql);
  SQLite::Statement insert(db, insert_sql);
  append(last, insert, stamp, entity_kind, entity_id, action, details);
}

void record(Session& s, std::string_view entity_kind, std::string_view entity_id, std::string_view action,
            const Object& details) {
  append(statement(s, last_hash_sql), statement(s, insert_sql), Stamp{s.now, s.actor, s.command}, entity_kind,
         entity_id, action, details);
}

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
        .add("details", q.getColumn(7).getString())
        .add("erased", q.getColumn(8).getInt() != 0);
    rows.push_back(std::move(row));
  }
  return rows;
}

Verdict verify(Session& s) {
  SQLite::Statement q(sql(s),
                      "SELECT id, at, actor, command, entity_kind, entity_id, action, details, details_digest, "
                      "erased, prev_hash, hash FROM audit ORDER BY id");
  Verdict v;
  std::string prev = genesis;
  while (q.executeStep()) {
    long long id = q.getColumn(0).getInt64();
    auto col = [&](int c) { return q.getColumn(c).getString(); };
    std::string digest = col(8);
    auto broken = [&](std::string reason) {
      v.broken_row = id;
      v.reason = std::move(reason);
    };
    if (col(10) != prev)
      broken("it does not follow the row before it (a row was removed or inserted)");
    else if (q.getColumn(9).getInt() == 0 && sha256_hex(col(7)) != digest)
      broken("its details were changed after it was written");
    else if (chain_hash(prev, col(1), col(2), col(3), col(4), col(5), col(6), digest) != col(11))
      broken("its contents were changed after it was written");
    if (v.broken_row) return v;
    prev = col(11);
    ++v.rows;
  }
  return v;
}

long long erase_values(Session& s, const std::vector<std::string>& values) {
  long long changed = 0;
  for (const std::string& value : values) {
    if (value.empty()) continue;
    std::string token = to_json(Value(value), 0);  // the value as it stands in the details' JSON
    std::string replacement = to_json(Value(std::string(erased_text)), 0);
    SQLite::Statement q(sql(s), "SELECT id, details FROM audit WHERE instr(details, ?) > 0");
    q.bind(1, token);
    std::vector<std::pair<std::int64_t, std::string>> rows;
    while (q.executeStep()) rows.emplace_back(q.getColumn(0).getInt64(), q.getColumn(1).getString());
    SQLite::Statement update(sql(s), "UPDATE audit SET details = ?, erased = 1 WHERE id = ?");
    for (auto& [id, details] : rows) {
      bool any = false;
      for (std::size_t at = details.find(token); at != std::string::npos; at = details.find(token, at)) {
        std::size_t end = at + token.size();
        if (end < details.size() && details[end] == ':') {  // a key, not a value
          at = end;
          continue;
        }
        details.replace(at, token.size(), replacement);
        at += replacement.size();
        any = true;
      }
      if (!any) continue;
      update.bind(1, details);
      update.bind(2, id);
      update.exec();
      update.reset();
      ++changed;
    }
  }
  return changed;
}

}  // namespace mbov::audit
