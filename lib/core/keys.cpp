#include "core/keys.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/sql.hpp"

namespace mbov {
namespace {

std::string stored(Session& s, const char* query, std::string_view key, std::string_view thing, const char* hint) {
  SQLite::Statement& q = statement(s, query);
  q.bind(1, std::string(key));
  if (!q.executeStep()) fail_data(fmt::format("no {} with code '{}'", thing, key), {}, hint);
  return q.getColumn(0).getString();
}

}  // namespace

std::string require_member(Session& s, std::string_view code) {
  return stored(s, "SELECT code FROM member WHERE code = ?", code, "member", "see 'mbov member list --all'");
}

std::string require_product(Session& s, std::string_view code) {
  return stored(s, "SELECT code FROM product WHERE code = ?", code, "product", "see 'mbov contract product list'");
}

void require_person(Session& s, std::int64_t id) {
  SQLite::Statement& q = statement(s, "SELECT 1 FROM person WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) fail_data(fmt::format("no person with id {}", id), {}, "see 'mbov member contact list'");
}

}  // namespace mbov
