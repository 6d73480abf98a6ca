// The record of processing activities (R-DPIA-3, GDPR art. 30(1)) and its hand-over (R-DPIA-6).
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <algorithm>
#include <array>
#include <charconv>

#include <mbov/core/audit.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/keys.hpp"
#include <mbov/core/output.hpp>
#include <mbov/core/session.hpp>
#include <mbov/dpia/dpia.hpp>
#include "dpia/store.hpp"

namespace mbov::dpia {
namespace {

using F = ProcessingFields;
constexpr std::array<RegisterField, 15> fields{{
    {"product", "product", N_("the product the processing serves (none: the cooperative's own)"), false, &F::product},
    {"name", "name", N_("a short name of the processing activity"), true, &F::name},
    {"purpose", "purpose", N_("the purpose of the processing (art. 30(1)(b))"), true, &F::purpose},
    {"legal_basis", "legal-basis",
     N_("GDPR art. 6(1): consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests"), true,
     &F::legal_basis},
    {"subjects", "subjects", N_("categories of data subjects (art. 30(1)(c))"), true, &F::subjects},
    {"data_categories", "data", N_("categories of personal data (art. 30(1)(c))"), true, &F::data_categories},
    {"recipients", "recipients", N_("categories of recipients (art. 30(1)(d))"), false, &F::recipients},
    {"processors", "processors", N_("the processors engaged"), false, &F::processors},
    {"transfers", "transfers", N_("transfers outside the EEA: the countries (art. 30(1)(e))"), false, &F::transfers},
    {"safeguards", "safeguards", N_("the safeguards of those transfers (art. 46)"), false, &F::safeguards},
    {"retention", "retention", N_("the time limits for erasure (art. 30(1)(f))"), true, &F::retention},
    {"security", "security", N_("the technical and organisational security measures (art. 30(1)(g))"), false,
     &F::security},
    {"role", "role", N_("the cooperative's role: controller or processor"), true, &F::role},
    {"handover_system", "handover-system", N_("R-DPIA-6: the members' system that fetches the data"), false,
     &F::handover_system},
    {"handover_days", "handover-days",
     N_("R-DPIA-6: the most days data may wait unfetched (at most policy dpia.handover_max_days)"), false,
     &F::handover_days},
}};

constexpr Words<LegalBasis, 6, const char*> legal_bases{
    {"consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests"}};
constexpr Words<ProcessingRole, 2, const char*> roles{{"controller", "processor"}};

// R-DPIA-6: a hand-over names the fetching system and its days, at most the policy's.
void check_handover(const ProcessingFields& v, int max_days) {
  if (v.handover_system.has_value() != v.handover_days.has_value())
    fail_data(msg("a hand-over needs both --handover-system and --handover-days"), "R-DPIA-6",
              msg("name the members' system that fetches the data and the most days it may wait"));
  if (!v.handover_days) return;
  const std::optional<int> n = detail::whole_days(*v.handover_days);
  if (!n || *n < 0 || *n > max_days)
    fail_data(msg("--handover-days '{}' is not a number of days from 0 to {}", *v.handover_days,
                          max_days),
              "R-DPIA-6", msg("policy dpia.handover_max_days caps how long data may wait for the members' systems"));
}

// R-DPIA-3: a complete art. 30(1) record. Empty optional fields are dropped; returns the record
// as it will be stored.
ProcessingFields validated(Session& s, ProcessingFields v) {
  for (const RegisterField& f : fields) {
    std::optional<std::string>& value = v.*f.value;
    if (value && value->empty()) value.reset();
    if (f.required && !value)
      fail_data(msg("a processing record needs --{}", f.option), "R-DPIA-3",
                tr(std::string(f.help).c_str()));
  }
  if (v.product) v.product = require_product(s, *v.product);
  // The given words are refused unless they are one of the set's (the record keeps them as given).
  parse_legal_basis(*v.legal_basis, "--legal-basis");
  parse_processing_role(*v.role, "--role");
  if (v.transfers && !v.safeguards)
    fail_data(msg("transfers outside the EEA need --safeguards"), "R-DPIA-3",
              msg("name the safeguards (adequacy decision, standard contractual clauses, ...)"));
  check_handover(v, s.policy.dpia.handover_max_days);
  return v;
}

// The given fields by column, in the columns' alphabetical order: the audit's details have had
// that order from the start.
Object as_details(const ProcessingFields& v) {
  std::array<RegisterField, fields.size()> by_column = fields;
  std::ranges::sort(by_column, {}, &RegisterField::column);
  Object o;
  for (const RegisterField& f : by_column)
    if (const std::optional<std::string>& value = v.*f.value) o.add(std::string(f.column), *value);
  return o;
}

// A stored record as the fields an edit starts from.
ProcessingFields fields_of(const ProcessingRecord& r) {
  return {.product = r.product,
          .name = r.name,
          .purpose = r.purpose,
          .legal_basis = r.legal_basis,
          .subjects = r.subjects,
          .data_categories = r.data_categories,
          .recipients = r.recipients,
          .processors = r.processors,
          .transfers = r.transfers,
          .safeguards = r.safeguards,
          .retention = r.retention,
          .security = r.security,
          .role = std::string(processing_role_name(r.role)),
          .handover_system = r.handover_system,
          .handover_days = r.handover_days ? std::optional(std::to_string(*r.handover_days)) : std::nullopt};
}

}  // namespace

std::span<const RegisterField> register_fields() { return fields; }

std::string_view legal_basis_name(LegalBasis basis) { return legal_bases.name(basis); }
std::optional<LegalBasis> legal_basis_from(std::string_view word) { return legal_bases.from(word); }
std::span<const char* const> legal_basis_words() { return legal_bases.words; }
LegalBasis parse_legal_basis(std::string_view text, std::string_view what) {
  return parse_word<LegalBasis>(text, legal_bases.words, detail::require_one_of, what, "R-DPIA-3");
}

std::string_view processing_role_name(ProcessingRole role) { return roles.name(role); }
std::optional<ProcessingRole> processing_role_from(std::string_view word) { return roles.from(word); }
std::span<const char* const> processing_role_words() { return roles.words; }
ProcessingRole parse_processing_role(std::string_view text, std::string_view what) {
  return parse_word<ProcessingRole>(text, roles.words, detail::require_one_of, what, "R-DPIA-3");
}

std::optional<int> detail::whole_days(std::string_view text) {
  int days = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), days);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return days;
}

std::optional<Handover> handover(const ProcessingRecord& r) {
  if (!r.handover_system || !r.handover_days) return std::nullopt;
  return Handover{.system = *r.handover_system, .max_days = *r.handover_days};
}

Object to_object(const ProcessingRecord& r) {
  Object o;
  o.add("id", r.id)
      .add("product", r.product)
      .add("name", r.name)
      .add("purpose", r.purpose)
      .add("legal_basis", r.legal_basis)
      .add("subjects", r.subjects)
      .add("data_categories", r.data_categories)
      .add("recipients", r.recipients)
      .add("processors", r.processors)
      .add("transfers", r.transfers)
      .add("safeguards", r.safeguards)
      .add("retention", r.retention)
      .add("security", r.security)
      .add("role", processing_role_name(r.role))
      .add("handover_system", r.handover_system)
      .add("handover_days", r.handover_days)
      .add("updated", date_value(r.updated));
  return o;
}

std::int64_t register_add(Session& s, const ProcessingFields& given) {
  const ProcessingFields v = validated(s, given);
  const std::int64_t id = store::insert_processing(s, v, s.today);
  audit::record(s, "processing", std::to_string(id), "add", as_details(v));
  return id;
}

void register_edit(Session& s, std::int64_t id, const ProcessingFields& given) {
  if (std::ranges::none_of(fields, [&](const RegisterField& f) { return (given.*f.value).has_value(); }))
    fail_data(msg("nothing to change"), {}, msg("give at least one field option, see --help"));
  ProcessingFields v = fields_of(register_show(s, id));
  for (const RegisterField& f : fields)
    if (given.*f.value) v.*f.value = given.*f.value;
  store::update_processing(s, id, validated(s, v), s.today);
  audit::record(s, "processing", std::to_string(id), "edit", as_details(given));
}

std::vector<ProcessingRecord> register_list(Session& s, const std::optional<std::string>& product) {
  std::optional<std::string> code;
  if (product) code = require_product(s, *product);
  return store::select_processing(s, std::nullopt, code);
}

ProcessingRecord register_show(Session& s, std::int64_t id) {
  std::vector<ProcessingRecord> rows = store::select_processing(s, id, std::nullopt);
  if (rows.empty()) fail_data(msg("no processing record {}", id), {}, msg("see 'mbov dpia register list'"));
  return std::move(rows.front());
}

}  // namespace mbov::dpia
