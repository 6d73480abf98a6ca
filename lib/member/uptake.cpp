// Uptake (afname) of products per member (R-MEM-8): never compulsory, so simply recorded.
#include <fmt/format.h>

#include "core/keys.hpp"
#include "core/audit.hpp"
#include "core/sql.hpp"
#include "core/error.hpp"
#include "member/member.hpp"
#include "core/session.hpp"

namespace mbov::member {
namespace {

std::optional<std::int64_t> open_uptake(Session& s, const std::string& code, const std::string& product) {
  SQLite::Statement q(sql(s), "SELECT id FROM uptake WHERE member = ? AND product = ? AND until IS NULL");
  q.bind(1, code);
  q.bind(2, product);
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getInt64();
}

std::int64_t end_uptake(Session& s, const std::string& code, const std::string& product, Date until) {
  auto id = open_uptake(s, code, product);
  if (!id) fail_data(fmt::format("member {} has no open uptake of {} to end", code, product), "R-MEM-8",
                     "give --from to record a new uptake");
  SQLite::Statement q(sql(s), "SELECT from_date FROM uptake WHERE id = ?");
  q.bind(1, *id);
  q.executeStep();
  if (until.str() < q.getColumn(0).getString())
    fail_data(fmt::format("--until {} is before the uptake's start ({})", until.str(), q.getColumn(0).getString()));
  SQLite::Statement u(sql(s), "UPDATE uptake SET until = ? WHERE id = ?");
  u.bind(1, until.str());
  u.bind(2, *id);
  u.exec();
  audit::record(s, "uptake", std::to_string(*id), "end", Object().add("until", until.str()));
  return *id;
}

}  // namespace

std::int64_t uptake(Session& s, const std::string& code, const std::string& product, std::optional<Date> from,
                    std::optional<Date> until) {
  std::string key = require_member(s, code), prod = require_product(s, product);
  if (!from && until) return end_uptake(s, key, prod, *until);
  Date start = from.value_or(s.today);
  if (until && *until < start)
    fail_data(fmt::format("--until {} is before --from {}", until->str(), start.str()));
  if (open_uptake(s, key, prod))
    fail_data(fmt::format("member {} already takes up {}", key, prod), "R-MEM-8",
              "end it first: 'mbov member uptake CODE PRODUCT --until DATE'");
  SQLite::Statement ins(sql(s), "INSERT INTO uptake (member, product, from_date, until) VALUES (?, ?, ?, ?)");
  ins.bind(1, key);
  ins.bind(2, prod);
  ins.bind(3, start.str());
  if (until) ins.bind(4, until->str());
  ins.exec();
  std::int64_t id = sql(s).getLastInsertRowid();
  audit::record(s, "uptake", std::to_string(id), "add",
                Object().add("member", key).add("product", prod).add("from", start.str())
                    .add("until", until ? Value(until->str()) : Value()));
  return id;
}

}  // namespace mbov::member
