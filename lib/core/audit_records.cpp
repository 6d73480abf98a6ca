#include "core/audit_records.hpp"
#include <mbov/core/msg.hpp>
#include "core/sql.hpp"

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <vector>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/sha256.hpp"

namespace mbov::audit {

void append_field(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

namespace {

// A record's key: the rowid (the id) of every table with an integer key, which VACUUM keeps; the
// natural key of a table without one, whose rowids VACUUM may renumber.
std::string key_sql(std::string_view table) {
  if (table == "member" || table == "product") return "code";
  if (table == "fee") return "product || ' ' || from_year";
  if (table == "attendance") return "meeting || ' ' || member";
  if (table == "instance" || table == "records_from") return "''";  // at most one row
  return "rowid";
}

// The key and every column of a table's rows (table: a name of sqlite_schema or of SQLite's hook).
std::string select_sql(std::string_view table) { return fmt::format("SELECT {}, * FROM \"{}\"", key_sql(table), table); }

// SHA-256 over the columns after the key, each a type letter and its length-prefixed value.
std::string row_digest(SQLite::Statement& q) {
  static constexpr char type_letter[] = "?irtbn";  // SQLITE_INTEGER = 1 ... SQLITE_NULL = 5
  std::string text;
  for (int c = 1; c < q.getColumnCount(); ++c) {
    const SQLite::Column col = q.getColumn(c);
    const int type = col.getType();
    text += type_letter[type];
    if (type == SQLITE_NULL) continue;
    const char* bytes = static_cast<const char*>(col.getBlob());  // the text of a number
    append_field(text, std::string_view(bytes, static_cast<std::size_t>(col.getBytes())));
  }
  return sha256_hex(text);
}

std::string map_key(std::string_view table, std::string_view key) {
  std::string out;
  out.reserve(table.size() + 1 + key.size());
  return out.append(table).append(1, '\t').append(key);
}

std::string record_name(std::string_view table, std::string_view key) {
  return key.empty() ? std::string(table) : fmt::format("{} {}", table, key);
}

using Records = std::map<std::pair<std::string, std::string>, std::string>;  // (table, key) -> digest

std::string serialise(const Records& records) {
  std::string out;
  for (const auto& [record, digest] : records) {
    append_field(out, record.first);
    append_field(out, record.second);
    append_field(out, digest);
  }
  return out;
}

std::vector<std::string> data_tables(SQLite::Database& db) {
  SQLite::Statement q(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'audit' "
                          "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
  return first_column(q);
}

// One length-prefixed field of `text` from `at`, or nullopt.
std::optional<std::string_view> next_field(std::string_view text, std::size_t& at) {
  std::size_t size = 0, i = at;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9' && i - at < 10; ++i) size = size * 10 + (text[i] - '0');
  if (i == at || i >= text.size() || text[i] != ':' || text.size() - i - 1 < size) return std::nullopt;
  at = i + 1 + size;
  return text.substr(i + 1, size);
}

}  // namespace

std::string produced_records(Session& s) {
  auto& changed = s.connection().changed;
  std::sort(changed.begin(), changed.end());
  changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
  Records records;
  for (const auto& [table, rowid] : changed) {
    SQLite::Statement& q = statement(s, select_sql(table) + " WHERE rowid = ?");
    q.bind(1, static_cast<std::int64_t>(rowid));
    const std::string key = key_sql(table);
    if (q.executeStep()) records[{table, q.getColumn(0).getString()}] = row_digest(q);  // found wins over deleted
    else if (key == "rowid") records.try_emplace({table, std::to_string(rowid)}, "");
    else if (key == "''") records.try_emplace({table, ""}, "");
    else throw Error(Exit::software, fmt::format("a {} row was deleted, and its key with it: the audit row cannot name it", table));
    q.reset();
  }
  changed.clear();
  return serialise(records);
}

std::string all_records(SQLite::Database& db) {
  Records records;
  for (const std::string& table : data_tables(db)) {
    SQLite::Statement q(db, select_sql(table));
    while (q.executeStep()) records[{table, q.getColumn(0).getString()}] = row_digest(q);
  }
  return serialise(records);
}

bool add_records(std::string_view records, Digests& last) {
  for (std::size_t at = 0; at < records.size();) {
    const auto table = next_field(records, at), key = next_field(records, at), digest = next_field(records, at);
    if (!table || !key || !digest) return false;
    last.insert_or_assign(map_key(*table, *key), std::string(*digest));
  }
  return true;
}

std::string unrecorded_change(SQLite::Database& db, Digests last) {
  for (const std::string& table : data_tables(db)) {
    SQLite::Statement q(db, select_sql(table));
    while (q.executeStep()) {
      const std::string key = q.getColumn(0).getString();
      const auto it = last.find(map_key(table, key));
      // Each row takes its digest out: a second row of the same key finds none.
      if (it == last.end() || it->second.empty())
        return render(msg("{} has no audit row: it was written outside mbov", record_name(table, key)), language());
      if (it->second != row_digest(q))
        return render(msg("{} differs from what its last audit row recorded: it was changed outside mbov", record_name(table, key)), language());
      last.erase(it);
    }
  }
  std::vector<std::string> gone;
  for (const auto& [record, digest] : last)
    if (!digest.empty()) gone.push_back(record);
  if (gone.empty()) return {};
  const std::string& first = *std::min_element(gone.begin(), gone.end());
  const std::size_t tab = first.find('\t');
  return render(msg("{} is gone, but its last audit row recorded it: it was deleted outside mbov",
             record_name(first.substr(0, tab), first.substr(tab + 1))), language());
}

}  // namespace mbov::audit
