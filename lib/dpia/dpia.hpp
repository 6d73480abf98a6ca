#pragma once
// Data protection (PDC §9, R-DPIA-1..6): DPIAs per product, the record of processing activities
// (GDPR art. 30), the data protection officer, and erasure of personal data past retention.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <mbov/core/check.hpp>
#include <mbov/core/dates.hpp>
#include <mbov/core/policy.hpp>
#include <mbov/core/value.hpp>
#include <mbov/member/member.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {
class Session;
}

namespace mbov::dpia {

// ---- DPIAs (lib/dpia/dpia.cpp) ----

// The kinds of DPIA (R-DPIA-1, R-DPIA-2); stored and printed as their words: initial, change,
// periodic, audit.
enum class Kind { initial, change, periodic, audit };
// The word of a kind, as stored and as English prints it.
std::string_view kind_name(Kind kind);
// A kind from its word (--kind, a database row); nullopt for any other text.
std::optional<Kind> kind_from(std::string_view word);
// kind_from, or Exit::data "WHAT 'TEXT' is not one of: initial, change, periodic, audit".
Kind parse_kind(std::string_view text, std::string_view what);
// Every kind's word, in Kind's order (what completes --kind).
std::span<const char* const> kind_words();

// What a completed DPIA found; stored and printed as its word: acceptable, mitigations, high-risk.
enum class Outcome { acceptable, mitigations, high_risk };
std::string_view outcome_name(Outcome outcome);
std::optional<Outcome> outcome_from(std::string_view word);
// Every outcome's word, in Outcome's order (what completes --outcome).
std::span<const char* const> outcome_words();
// outcome_from, or Exit::data "WHAT 'TEXT' is not one of: acceptable, mitigations, high-risk".
Outcome parse_outcome(std::string_view text, std::string_view what);

struct NewDpia {
  std::string product;
  Kind kind = Kind::initial;
  std::optional<std::int64_t> change; // the fundamental change incident (kind change only)
  Date started;
  std::optional<std::string> report;  // reference to the report document
};
// R-DPIA-1: a change DPIA points at an incident of kind 'change' of the same product.
std::int64_t add(Session& s, const NewDpia& d);

struct Completion {
  Date on;
  Outcome outcome = Outcome::acceptable;
  std::optional<std::string> measures; // required for mitigations
  std::optional<std::string> report;
};
// Completed on or after its start, never in the future, and only once.
void complete(Session& s, std::int64_t id, const Completion& c);

// A stored DPIA.
struct Dpia {
  std::int64_t id = 0;
  std::string product;
  Kind kind = Kind::initial;
  std::optional<std::int64_t> change;
  Date started;
  std::optional<Date> completed;
  std::optional<Outcome> outcome;
  std::optional<std::string> measures, report;
};
// GDPR art. 36: a high residual risk needs prior consultation of the supervisory authority.
bool needs_prior_consultation(const Dpia& d);
Object to_object(const Dpia& d);

struct ListFilter {
  std::optional<std::string> product;
  bool open = false;  // only DPIAs not yet completed
};
std::vector<Dpia> list(Session& s, const ListFilter& filter);
Dpia show(Session& s, std::int64_t id);

// ---- The processing register, GDPR art. 30(1) (lib/dpia/register.cpp) ----

// The lawful bases of GDPR art. 6(1); stored and printed as their words: consent, contract,
// legal-obligation, vital-interests, public-task, legitimate-interests.
enum class LegalBasis { consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests };
std::string_view legal_basis_name(LegalBasis basis);
std::optional<LegalBasis> legal_basis_from(std::string_view word);
// Every basis's word, in LegalBasis's order (what completes --legal-basis).
std::span<const char* const> legal_basis_words();
// legal_basis_from, or Exit::data "WHAT 'TEXT' is not one of: consent, ..." (R-DPIA-3).
LegalBasis parse_legal_basis(std::string_view text, std::string_view what);

// The cooperative's role in a processing; stored and printed as its word: controller, processor.
enum class ProcessingRole { controller, processor };
std::string_view processing_role_name(ProcessingRole role);
std::optional<ProcessingRole> processing_role_from(std::string_view word);
// Every role's word, in ProcessingRole's order (what completes --role).
std::span<const char* const> processing_role_words();
// processing_role_from, or Exit::data "WHAT 'TEXT' is not one of: controller, processor" (R-DPIA-3).
ProcessingRole parse_processing_role(std::string_view text, std::string_view what);

// A processing record's fields as given: nullopt when not given; on edit "" clears an optional
// field. The hand-over's days stay text until R-DPIA-6 checks them (its message quotes them).
struct ProcessingFields {
  std::optional<std::string> product;  // none: the cooperative's own processing
  std::optional<std::string> name, purpose;
  std::optional<std::string> legal_basis;  // GDPR art. 6(1)
  std::optional<std::string> subjects, data_categories, recipients, processors;
  std::optional<std::string> transfers, safeguards;  // outside the EEA; their safeguards (art. 46)
  std::optional<std::string> retention, security;
  std::optional<std::string> role;  // controller | processor
  std::optional<std::string> handover_system, handover_days;  // R-DPIA-6
};

struct RegisterField {
  std::string_view column;  // also the JSON, CSV and audit field name
  std::string_view option;  // the command-line option, without "--"
  std::string_view help;
  bool required;            // required when a record is added
  std::optional<std::string> ProcessingFields::*value;  // where the option's value goes
};
// Every field of a processing record, in the order of the register's CSV.
std::span<const RegisterField> register_fields();

// A stored processing record (GDPR art. 30(1)).
struct ProcessingRecord {
  std::int64_t id = 0;
  std::optional<std::string> product;  // none: the cooperative's own processing
  std::string name, purpose;
  // As stored: the schema has no check on it, and records written before the input was checked
  // may hold other text (a legal basis is checked where it is given: parse_legal_basis).
  std::string legal_basis;
  std::string subjects, data_categories;
  std::optional<std::string> recipients, processors, transfers, safeguards;
  std::string retention;
  std::optional<std::string> security;
  ProcessingRole role = ProcessingRole::controller;
  std::optional<std::string> handover_system;
  std::optional<int> handover_days;
  std::optional<Date> updated;  // the day it last changed
};
// R-DPIA-6: the hand-over a record states, when it states one.
struct Handover {
  std::string system;  // the members' system that fetches the data
  int max_days = 0;    // the most days data may wait unfetched
};
std::optional<Handover> handover(const ProcessingRecord& r);
Object to_object(const ProcessingRecord& r);

// R-DPIA-3: every required field present; known product, legal basis and role; transfers
// outside the EEA name their safeguards. R-DPIA-6: a hand-over names its system and at most
// policy dpia.handover_max_days.
std::int64_t register_add(Session& s, const ProcessingFields& fields);
void register_edit(Session& s, std::int64_t id, const ProcessingFields& fields);  // "" clears an optional field
std::vector<ProcessingRecord> register_list(Session& s, const std::optional<std::string>& product);
ProcessingRecord register_show(Session& s, std::int64_t id);

// ---- The data protection officer, R-DPIA-4 (officer.cpp) ----

// One officer's term.
struct Officer {
  std::int64_t id = 0;
  std::int64_t person = 0;
  std::optional<std::string> name, email;  // none once erased
  Date from;
  std::optional<Date> until;  // the successor's first day
};
Object to_object(const Officer& o);

// Appoints an officer from `from` on; the officer in office until then leaves on that day.
std::int64_t officer_set(Session& s, const std::string& name, const std::string& email, Date from);
// The officer in office on `on`: from_date <= on < until.
std::optional<Officer> officer_on(Session& s, Date on);
std::vector<Officer> officer_history(Session& s);

// ---- Retention, R-DPIA-5 (lib/dpia/purge.cpp) ----

struct Expired {
  std::int64_t person;
  std::optional<std::string> name;
  std::string member;     // the member of the last role
  member::ContactRole role = member::ContactRole::contact;
  Date ended;             // the last role's end
  Date retention_end;     // ended + member.personal_data_retention_months
  std::optional<std::string> spared = {};  // what still needs the data (still_needed): not erased
};
// Contact persons whose every role ended and whom nothing else still needs (still_needed: a board
// seat, a governance role or deputyship, a group membership), not yet erased, with the day their
// data must be erased by.
std::vector<Expired> retention_ends(Session& s);
// Those of them past their retention end (the day after it, as deadline_status judges).
std::vector<Expired> past_retention(Session& s);
// Every contact person past the retention end: erased (erase_person) unless dry_run or spared
// because something still needs the data; returns them all, the spared with their reason.
std::vector<Expired> purge(Session& s, bool dry_run);
// person, name, member, role, until, retention_end, spared (bool), reason (what needs the data, or null)
Object to_object(const Expired& e);

// ---- dpia due (lib/dpia/check.cpp) ----
// R-DPIA-2: the periodic DPIA or audit is due dpia.periodic_months after the last completed one.
Date periodic_due(Date last_completed, const Policy::Dpia& policy);
CheckReport check(Session& s);

}  // namespace mbov::dpia

MBOV_PUBLIC_END
