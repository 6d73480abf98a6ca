#include "core/keys.hpp"
#include <mbov/core/msg.hpp>
#include <mbov/core/i18n.hpp>

#include <fmt/format.h>

#include <vector>

#include <mbov/core/error.hpp>
#include "core/spelling.hpp"
#include "core/sql.hpp"

namespace mbov {
namespace {

// missing: the message for a key not found (its format checked where it is written); hint: English,
// marked N_, translated where the error is printed; `all` lists the keys for a near spelling.
std::string stored(Session& s, const char* query, const char* all, std::string_view key,
                   fmt::format_string<std::string_view> missing, const char* hint) {
  SQLite::Statement& q = statement(s, query);
  q.bind(1, std::string(key));
  if (q.executeStep()) return q.getColumn(0).getString();
  std::vector<std::string> known;
  SQLite::Statement& every = statement(s, all);
  while (every.executeStep()) known.push_back(every.getColumn(0).getString());
  fail_data(msg(missing, key), {}, did_you_mean(key, known, hint));
}

}  // namespace

std::string require_member(Session& s, std::string_view code) {
  return stored(s, "SELECT code FROM member WHERE code = ?", "SELECT code FROM member", code, N_("no member with code '{}'"),
                N_("see 'mbov member list --all'"));
}

std::string require_product(Session& s, std::string_view code) {
  return stored(s, "SELECT code FROM product WHERE code = ?", "SELECT code FROM product", code,
                N_("no product with code '{}'"),
                N_("see 'mbov contract product list'"));
}

void require_person(Session& s, std::int64_t id) {
  SQLite::Statement& q = statement(s, "SELECT 1 FROM person WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) fail_data(msg("no person with id {}", id), {}, msg("see 'mbov member contact list'"));
}

}  // namespace mbov
