// DPIAs per product (R-DPIA-1, R-DPIA-2): started, completed with an outcome.
#include <fmt/format.h>
#include <mbov/core/msg.hpp>
#include <fmt/ranges.h>

#include <algorithm>

#include <mbov/core/audit.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/keys.hpp"
#include <mbov/core/output.hpp>
#include <mbov/core/session.hpp>
#include <mbov/dpia/dpia.hpp>
#include "dpia/store.hpp"

namespace mbov::dpia {
namespace detail {

void require_one_of(std::string_view value, std::span<const char* const> allowed, std::string_view what,
                    std::string rule) {
  if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return;
  fail_data(msg("{} '{}' is not one of: {}", what, value, fmt::join(allowed, ", ")), std::move(rule));
}

}  // namespace detail

namespace {

constexpr Words<Kind, 4, const char*> kinds{{"initial", "change", "periodic", "audit"}};
constexpr Words<Outcome, 3, const char*> outcomes{{"acceptable", "mitigations", "high-risk"}};

// R-DPIA-1: the DPIA of a fundamental change names that change: an incident of kind 'change'
// of the DPIA's product (or of no product).
void require_change_incident(Session& s, std::int64_t incident, const std::string& product) {
  const std::optional<store::Incident> i = store::select_incident(s, incident);
  if (!i) fail_data(msg("no incident {}", incident), {}, msg("see 'mbov incident list --kind change'"));
  if (i->kind != incident::Kind::change)
    fail_data(msg("incident {} is a {}, not a change", incident, incident::kind_name(i->kind)), "R-DPIA-1",
              msg("a change DPIA names the change incident that triggered it"));
  if (i->product && *i->product != product)
    fail_data(msg("incident {} is a change of {}, not of {}", incident, *i->product, product),
              "R-DPIA-1");
}

}  // namespace

std::string_view kind_name(Kind kind) { return kinds.name(kind); }
std::optional<Kind> kind_from(std::string_view word) { return kinds.from(word); }
std::span<const char* const> kind_words() { return kinds.words; }
Kind parse_kind(std::string_view text, std::string_view what) {
  return parse_word<Kind>(text, kinds.words, detail::require_one_of, what, std::string());
}

std::string_view outcome_name(Outcome outcome) { return outcomes.name(outcome); }
std::optional<Outcome> outcome_from(std::string_view word) { return outcomes.from(word); }
std::span<const char* const> outcome_words() { return outcomes.words; }
Outcome parse_outcome(std::string_view text, std::string_view what) {
  return parse_word<Outcome>(text, outcomes.words, detail::require_one_of, what, std::string());
}

bool needs_prior_consultation(const Dpia& d) { return d.outcome == Outcome::high_risk; }

Object to_object(const Dpia& d) {
  return Object()
      .add("id", d.id)
      .add("product", d.product)
      .add("kind", kind_name(d.kind))
      .add("change", d.change ? Value(static_cast<long long>(*d.change)) : Value())
      .add("started", d.started)
      .add("completed", date_value(d.completed))
      .add("status", d.completed ? "completed" : "open")
      .add("outcome", d.outcome ? Value(outcome_name(*d.outcome)) : Value())
      .add("measures", d.measures)
      .add("prior_consultation", needs_prior_consultation(d))
      .add("report", d.report);
}

std::int64_t add(Session& s, const NewDpia& given) {
  NewDpia d = given;
  d.product = require_product(s, given.product);
  if (d.kind == Kind::change && !d.change)
    fail_data(msg("a change DPIA needs --change INCIDENT-ID"), "R-DPIA-1", msg("the fundamental change it assesses"));
  if (d.kind != Kind::change && d.change) fail_data(msg("--change belongs to a change DPIA, not {}", kind_name(d.kind)));
  if (d.change) require_change_incident(s, *d.change, d.product);
  if (d.started > s.today) fail_data(msg("--started {} is after today ({})", human_date(d.started), human_date(s.today)));
  const std::int64_t id = store::insert_dpia(s, d);
  audit::record(s, "dpia", std::to_string(id), "add",
                Object().add("product", d.product).add("kind", kind_name(d.kind)).add("change", d.change).add("started", d.started.str()));
  return id;
}

void complete(Session& s, std::int64_t id, const Completion& c) {
  const Dpia current = show(s, id);
  if (current.completed) fail_data(msg("DPIA {} was already completed on {}", id, human_date(*current.completed)));
  if (c.on < current.started)
    fail_data(msg("--on {} is before the DPIA's start ({})", human_date(c.on),
                          human_date(current.started)),
              {}, msg("a DPIA is completed on or after the day it started"));
  if (c.on > s.today) fail_data(msg("--on {} is after today ({})", human_date(c.on), human_date(s.today)));
  if (c.outcome == Outcome::mitigations && (!c.measures || c.measures->empty()))
    fail_data(msg("outcome mitigations needs --measures"), {}, msg("describe the measures that mitigate the risks"));
  if (c.outcome != Outcome::mitigations && c.measures)
    fail_data(msg("--measures belongs to outcome mitigations, not {}", outcome_name(c.outcome)));
  store::update_completion(s, id, c);
  audit::record(s, "dpia", std::to_string(id), "complete",
                Object().add("completed", c.on.str()).add("outcome", outcome_name(c.outcome)).add("measures", c.measures).add("report", c.report));
}

std::vector<Dpia> list(Session& s, const ListFilter& filter) {
  std::optional<std::string> product;
  if (filter.product) product = require_product(s, *filter.product);
  return store::select_dpias(s, std::nullopt, product, filter.open);
}

Dpia show(Session& s, std::int64_t id) {
  std::vector<Dpia> found = store::select_dpias(s, id, std::nullopt, false);
  if (found.empty()) fail_data(msg("no DPIA {}", id), {}, msg("see 'mbov dpia list'"));
  return std::move(found.front());
}

}  // namespace mbov::dpia
