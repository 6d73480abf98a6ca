// The record of processing activities (R-DPIA-3, GDPR art. 30(1)) and its hand-over (R-DPIA-6).
#include <fmt/format.h>

#include <array>
#include <charconv>

#include "core/audit.hpp"
#include "core/error.hpp"
#include "core/keys.hpp"
#include "core/session.hpp"
#include "dpia/dpia.hpp"
#include "dpia/store.hpp"

namespace mbov::dpia {
namespace {

constexpr std::array<RegisterField, 15> fields{{
    {"product", "product", "the product the processing serves (none: the cooperative's own)", false},
    {"name", "name", "a short name of the processing activity", true},
    {"purpose", "purpose", "the purpose of the processing (art. 30(1)(b))", true},
    {"legal_basis", "legal-basis",
     "GDPR art. 6(1): consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests", true},
    {"subjects", "subjects", "categories of data subjects (art. 30(1)(c))", true},
    {"data_categories", "data", "categories of personal data (art. 30(1)(c))", true},
    {"recipients", "recipients", "categories of recipients (art. 30(1)(d))", false},
    {"processors", "processors", "the processors engaged", false},
    {"transfers", "transfers", "transfers outside the EEA: the countries (art. 30(1)(e))", false},
    {"safeguards", "safeguards", "the safeguards of those transfers (art. 46)", false},
    {"retention", "retention", "the time limits for erasure (art. 30(1)(f))", true},
    {"security", "security", "the technical and organisational security measures (art. 30(1)(g))", false},
    {"role", "role", "the cooperative's role: controller or processor", true},
    {"handover_system", "handover-system", "R-DPIA-6: the members' system that fetches the data", false},
    {"handover_days", "handover-days",
     "R-DPIA-6: the most days data may wait unfetched (at most policy dpia.handover_max_days)", false},
}};

constexpr std::array legal_bases{"consent",     "contract",    "legal-obligation", "vital-interests",
                                 "public-task", "legitimate-interests"};
constexpr std::array roles{"controller", "processor"};

// The days of a stored or given hand-over; nullopt when not a whole number.
std::optional<int> whole_days(const std::string& text) {
  int days = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), days);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return days;
}

// R-DPIA-6: a hand-over names the fetching system and its days, at most the policy's.
void check_handover(const RegisterValues& v, int max_days) {
  const bool system = v.contains("handover_system"), days = v.contains("handover_days");
  if (system != days)
    fail_data("a hand-over needs both --handover-system and --handover-days", "R-DPIA-6",
              "name the members' system that fetches the data and the most days it may wait");
  if (!days) return;
  const std::optional<int> n = whole_days(v.at("handover_days"));
  if (!n || *n < 0 || *n > max_days)
    fail_data(fmt::format("--handover-days '{}' is not a number of days from 0 to {}", v.at("handover_days"), max_days),
              "R-DPIA-6", "policy dpia.handover_max_days caps how long data may wait for the members' systems");
}

// R-DPIA-3: a complete art. 30(1) record. Empty optional fields are dropped; returns the record
// as it will be stored.
RegisterValues validated(Session& s, RegisterValues v) {
  for (const RegisterField& f : fields) {
    auto it = v.find(std::string(f.column));
    if (it != v.end() && it->second.empty()) v.erase(it);
    if (f.required && !v.contains(std::string(f.column)))
      fail_data(fmt::format("a processing record needs --{}", f.option), "R-DPIA-3", std::string(f.help));
  }
  if (v.contains("product")) v["product"] = require_product(s, v["product"]);
  detail::require_one_of(v["legal_basis"], legal_bases, "--legal-basis", "R-DPIA-3");
  detail::require_one_of(v["role"], roles, "--role", "R-DPIA-3");
  if (v.contains("transfers") && !v.contains("safeguards"))
    fail_data("transfers outside the EEA need --safeguards", "R-DPIA-3",
              "name the safeguards (adequacy decision, standard contractual clauses, ...)");
  check_handover(v, s.policy.dpia.handover_max_days);
  return v;
}

Object as_details(const RegisterValues& v) {
  Object o;
  for (const auto& [k, value] : v) o.add(k, value);
  return o;
}

}  // namespace

std::span<const RegisterField> register_fields() { return fields; }

std::optional<Handover> handover(const ProcessingRecord& r) {
  const auto system = r.fields.find("handover_system"), days = r.fields.find("handover_days");
  if (system == r.fields.end() || days == r.fields.end()) return std::nullopt;
  const std::optional<int> n = whole_days(days->second);
  if (!n) return std::nullopt;
  return Handover{.system = system->second, .max_days = *n};
}

// Every field as text or null, the hand-over's days as a number (one type per key).
Object to_object(const ProcessingRecord& r) {
  Object o;
  o.add("id", r.id);
  for (const RegisterField& f : fields) {
    const auto it = r.fields.find(std::string(f.column));
    if (it == r.fields.end()) o.add(std::string(f.column), Value());
    else if (f.column == "handover_days") o.add(std::string(f.column), whole_days(it->second));
    else o.add(std::string(f.column), it->second);
  }
  o.add("updated", r.updated ? Value(r.updated->str()) : Value());
  return o;
}

std::int64_t register_add(Session& s, const RegisterValues& values) {
  const RegisterValues v = validated(s, values);
  const std::int64_t id = store::insert_processing(s, v, s.today);
  audit::record(s, "processing", std::to_string(id), "add", as_details(v));
  return id;
}

void register_edit(Session& s, std::int64_t id, const RegisterValues& values) {
  if (values.empty()) fail_data("nothing to change", {}, "give at least one field option, see --help");
  RegisterValues v = register_show(s, id).fields;
  for (const auto& [k, value] : values) v[k] = value;
  store::update_processing(s, id, validated(s, v), s.today);
  audit::record(s, "processing", std::to_string(id), "edit", as_details(values));
}

std::vector<ProcessingRecord> register_list(Session& s, const std::optional<std::string>& product) {
  std::optional<std::string> code;
  if (product) code = require_product(s, *product);
  return store::select_processing(s, std::nullopt, code);
}

ProcessingRecord register_show(Session& s, std::int64_t id) {
  std::vector<ProcessingRecord> rows = store::select_processing(s, id, std::nullopt);
  if (rows.empty()) fail_data(fmt::format("no processing record {}", id), {}, "see 'mbov dpia register list'");
  return std::move(rows.front());
}

}  // namespace mbov::dpia
