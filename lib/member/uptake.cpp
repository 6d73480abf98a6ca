// Uptake (afname) of products per member (R-MEM-8): never compulsory, so simply recorded.
#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <mbov/core/msg.hpp>

#include <mbov/core/audit.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/keys.hpp"
#include <mbov/core/session.hpp>
#include <mbov/member/member.hpp>
#include "member/store.hpp"

namespace mbov::member {
namespace {

// R-MEM-7: an uptake lies within one period of the membership (from its joining through its last day).
void require_within_membership(Session& s, const std::string& code, Date from, const std::optional<Date>& until) {
  const std::vector<store::Membership> periods = store::periods(s, code);
  if (from < periods.front().joined)
    fail_data(msg("member {} joined on {}: an uptake cannot begin before ({})", code,
                          human_date(periods.front().joined), human_date(from)), "R-MEM-7");
  auto begun = std::find_if(periods.rbegin(), periods.rend(), [&](const store::Membership& p) { return p.joined <= from; });
  const store::Membership& m = *begun;
  if (!m.left) return;
  if (*m.left < from && begun != periods.rbegin())  // in a gap between two periods
    fail_data(msg("member {} was not a member on {}: it left on {} and rejoined on {}", code, human_date(from),
                  human_date(*m.left), human_date(std::prev(begun)->joined)),
              "R-MEM-7");
  if (*m.left < from || !until || *m.left < *until)
    fail_data(msg("member {} left on {}: an uptake cannot run after that day", code, human_date(*m.left)),
              "R-MEM-7", msg("give --until, at the latest the member's last day"));
}

std::int64_t end_uptake(Session& s, const std::string& code, const std::string& product, Date until) {
  auto open = store::open_uptake(s, code, product);
  if (!open) fail_data(msg("member {} has no open uptake of {} to end", code, product), "R-MEM-8",
                       msg("give --from to record a new uptake"));
  if (until < open->from)
    fail_data(msg("--until {} is before the uptake's start ({})", human_date(until), human_date(open->from)));
  require_within_membership(s, code, open->from, until);
  store::end_uptake(s, open->id, until);
  audit::record(s, "uptake", std::to_string(open->id), "end", Object().add("until", until.str()));
  return open->id;
}

}  // namespace

std::int64_t uptake(Session& s, const UptakeInput& u) {
  std::string key = require_member(s, u.member), prod = require_product(s, u.product);
  if (!u.from && u.until) return end_uptake(s, key, prod, *u.until);
  Date start = u.from.value_or(s.today);
  if (u.until && *u.until < start)
    fail_data(msg("--until {} is before --from {}", human_date(*u.until), human_date(start)));
  require_within_membership(s, key, start, u.until);
  if (store::open_uptake(s, key, prod))
    fail_data(msg("member {} already takes up {}", key, prod), "R-MEM-8",
              msg("end it first: 'mbov member uptake CODE PRODUCT --until DATE'"));
  // R-MEM-8: one uptake of a product at a time: periods never overlap (each day is charged once).
  if (const std::optional<std::int64_t> other = store::overlapping_uptake(s, key, prod, start, u.until))
    fail_data(msg("member {} already takes up {} within that period (uptake {})", key, prod, *other),
              "R-MEM-8");
  std::int64_t id = store::insert_uptake(s, key, prod, start, u.until);
  std::optional<std::string> until;
  if (u.until) until = u.until->str();
  audit::record(s, "uptake", std::to_string(id), "add",
                Object().add("member", key).add("product", prod).add("from", start.str()).add("until", until));
  return id;
}

std::vector<Uptake> uptakes_on(Session& s, Date on, const std::optional<std::string>& member) {
  return store::uptakes_on(s, on, member);
}

}  // namespace mbov::member
