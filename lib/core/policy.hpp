#pragma once
// The cooperative's policy: every value DOMAIN.md marks *policy*, typed, with its origin.
//
// The built-in defaults are data/policy.toml, read and checked at build time like a policy file
// and compiled into the library as plain assignments (cmake/policy_gen.cpp): a start without a
// policy file parses no TOML. A policy file (--config / MBOV_CONFIG) overrides them key by key.
// Every key, its type and its valid range live in ONE table in policy.cpp; man/mbov-policy.5
// documents the same ranges.
//
// The members are plain data: read them directly, also in hot loops.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <mbov/core/value.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {

// A fraction "num/den" of positive integers, as written ("4/6" stays 4/6). Used for vote.threshold:
// adopted when yes × den ≥ num × base, in integers (R-VOTE-4).
struct Fraction {
  std::int64_t num = 0;
  std::int64_t den = 1;

  std::string str() const;  // "2/3"
  friend bool operator==(const Fraction&, const Fraction&) = default;
};

// Parses "a/b": a and b decimal digits only (no sign, no spaces), 1 ≤ a, 1 ≤ b, both ≤ 2147483647
// (so that products with int counts fit std::int64_t). Does NOT require a ≤ b: the threshold's
// range check does that. Throws Error(Exit::usage, reason) with a reason that names the text but
// no key or position (e.g. `2/0 has a zero denominator`); callers add their own context.
Fraction parse_fraction(std::string_view text);

// vote.base: whom the threshold is a share of: the members present or voting in advance, the
// members that cast a ballot, or all members. Written and printed as its word.
enum class VoteBase { present_or_advance, cast, all_members };
// vote.consensus: adopted by consensus when at least one yes and no "no" (no_objection), or when
// every member in the base voted yes (unanimous). Written and printed as its word.
enum class Consensus { no_objection, unanimous };
// The word of a choice, as the policy file writes it and as English prints it.
std::string_view vote_base_name(VoteBase base);
std::string_view consensus_name(Consensus consensus);
// A choice from its word (a policy file, a stored tally); nullopt for any other text.
std::optional<VoteBase> vote_base_from(std::string_view word);
std::optional<Consensus> consensus_from(std::string_view word);
// *_from, or Exit::data naming `what`, the text and the words there are (a stored tally's row; a
// policy file says its own error, Exit::config).
VoteBase parse_vote_base(std::string_view text, std::string_view what);
Consensus parse_consensus(std::string_view text, std::string_view what);

// The service levels of one incident priority (R-INC-3).
struct Sla {
  int respond_hours = 0;
  int resolve_hours = 0;
};

// One key of the effective policy, for `mbov config show [--origin]`.
struct PolicyEntry {
  std::string key;     // "vote.threshold", "incident.sla.p1.respond_hours", ...
  Value value;         // typed: integer, bool, string (a choice its word); threshold as "2/3"; certifications an Array
  std::string origin;  // "default", or "PATH:LINE" of the policy file that set it
};

struct Policy {
  struct Vote {
    Fraction threshold;               // 0 < num ≤ den
    VoteBase base = VoteBase::present_or_advance;
    Consensus consensus = Consensus::no_objection;
    int quorum = 0;                   // 0 = none
    bool in_person_overrides_advance = false;
    bool withdrawal_restores_advance = false;  // R-VOTE-10
    int av_meetings_per_year = 0;     // 0 = no minimum
  } vote;
  struct Board {
    int size = 0;
    int meetings_per_year = 0;        // R-GOV-4; 0 = no minimum
  } board;
  struct Member {
    int contacts_min = 0;
    int contacts_preferred = 0;
    int contact_confirmation_months = 0;
    int personal_data_retention_months = 0;
    int warn_days = 0;
  } member;
  struct Contract {
    int base_years = 0;
    int extensions = 0;
    int extension_years = 0;
    int review_interval_months = 0;
    int notice_months = 0;
    int warn_days = 0;
    std::vector<std::string> certifications;
    int cert_warn_days = 0;
  } contract;
  struct Incident {
    int escalate_at_percent = 0;
    int breach_authority_hours = 0;
    std::vector<std::string> sla_kinds;  // R-INC-3: the kinds on the service-level clock
    std::array<Sla, 4> sla{};  // index = priority - 1: sla[0] is incident.sla.p1
  } incident;
  struct Dpia {
    int periodic_months = 0;
    int warn_days = 0;
    int handover_max_days = 0;  // R-DPIA-6
  } dpia;
  struct Finance {
    int investment_min_eur = 0;
    int investment_min_life_years = 0;
    int budget_warn_days = 0;         // R-FIN-2
  } finance;
  struct Governance {
    int vision_years = 0;             // R-GOV-2
    int warn_days = 0;
  } governance;
  struct Report {
    int calendar_alarm_days = 0;  // the VALARM of each deadline in the iCalendar feed
  } report;

  // The built-in defaults (data/policy.toml); generated at build time, which fails on a broken
  // data/policy.toml.
  static Policy defaults();

  // The defaults, then the file at *path (if given) overriding them key by key. Throws Error:
  //   Exit::noinput  "cannot read policy file PATH: REASON"
  //   Exit::config   "PATH:LINE:COLUMN: WHAT" for a TOML syntax error, an unknown key or table
  //                  (with "did you mean 'KEY'?" when a known key is near), a wrong type, or a
  //                  value out of range; when a file has several problems, the first in the file.
  static Policy load(const std::optional<std::string>& path);

  // Every key in the order of data/policy.toml, with its value and origin.
  std::vector<PolicyEntry> entries() const;

 private:
  std::string file_;                // the policy file given to load(), or empty
  std::vector<std::uint32_t> line_; // per key (table order): line in file_ that set it, 0 = default;
                                    // empty: all defaults
};

}  // namespace mbov

MBOV_PUBLIC_END
