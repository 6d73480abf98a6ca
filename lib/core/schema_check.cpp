// Only mbov's schema: a file's tables, indexes, views and triggers against those its migrations make.
#include "core/sql.hpp"
#include <mbov/core/msg.hpp>

#include <fmt/format.h>

#include <map>
#include <string>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/schema_objects.hpp"
#include "core/sha256.hpp"

namespace mbov {
namespace {

// name -> its line of schema_objects ("name\ttype\ttable\tsql").
std::map<std::string, std::string, std::less<>> by_name(const std::string& objects) {
  std::map<std::string, std::string, std::less<>> out;
  for (std::size_t at = 0, end; at < objects.size(); at = end + 1) {
    end = objects.find('\n', at);
    const std::string line = objects.substr(at, end - at);
    out.emplace(line.substr(0, line.find('\t')), line);
  }
  return out;
}

std::string type_of(const std::string& line) {
  const std::size_t from = line.find('\t') + 1;
  return line.substr(from, line.find('\t', from) - from);
}

[[noreturn]] void refuse(Message what) {
  throw Error(Exit::data, std::move(what), {},
              msg("someone changed the file's schema behind mbov's back: restore a backup ('mbov db restore FILE'), "
                 "or remove the object with sqlite3 once you know what made it"));
}

}  // namespace

void check_objects(SQLite::Database& db, int version, const std::string& path) {
  const std::string objects = schema_objects(db);
  if (sha256_hex(objects) == reference_digest(version)) return;
  // Something differs: the reference, built again, names what.
  const auto want = by_name(reference_objects(version));
  const auto have = by_name(objects);
  // Foreign objects first: they are what runs in mbov's statements.
  for (const auto& [name, line] : have)
    if (auto it = want.find(name); it == want.end() || type_of(it->second) != type_of(line))
      refuse(msg("{} holds {} {}, which mbov did not create", path, type_of(line), name));
  for (const auto& [name, line] : have)
    if (want.at(name) != line)
      refuse(msg("{}: {} {} differs from the one mbov created", path, type_of(line), name));
  for (const auto& [name, line] : want)
    if (!have.contains(name)) refuse(msg("{} lacks {} {} of mbov's schema", path, type_of(line), name));
}

}  // namespace mbov
