// What a policy text means: one table of key descriptors (kKeys) drives parsing, type and range
// checks, unknown-key detection, entries() and the built-in policy's C++. See policy.hpp; the
// file over the defaults is policy_file.cpp.
#include <mbov/core/policy.hpp>
#include "core/closed_set.hpp"
#include "core/policy_text.hpp"

#include <algorithm>
#include <climits>
#include <span>
#include <string>
#include <utility>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <toml++/toml.h>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/msg.hpp>
#include "core/spelling.hpp"

namespace mbov {

// ---------------------------------------------------------------------------------------------
// Fraction

std::string Fraction::str() const { return fmt::format("{}/{}", num, den); }

Fraction parse_fraction(std::string_view text) {
  constexpr std::int64_t kMax = INT32_MAX;
  auto bad = [&] {
    return Error(Exit::usage, msg("want a fraction \"a/b\" of positive integers, got \"{}\"", text));
  };
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) throw bad();
  const std::string_view parts[2] = {text.substr(0, slash), text.substr(slash + 1)};
  std::int64_t n[2] = {0, 0};
  for (int i = 0; i < 2; ++i) {
    if (parts[i].empty()) throw bad();
    for (char c : parts[i]) {
      if (c < '0' || c > '9') throw bad();
      n[i] = n[i] * 10 + (c - '0');
      if (n[i] > kMax)
        throw Error(Exit::usage, msg("{}: a number above {} is not supported", text, kMax));
    }
  }
  if (n[1] == 0) throw Error(Exit::usage, msg("{} has a zero denominator", text));
  if (n[0] == 0) throw Error(Exit::usage, msg("{} is zero, want a fraction more than 0", text));
  return Fraction{n[0], n[1]};
}

// ---------------------------------------------------------------------------------------------
// The key table

namespace {

enum class Kind : unsigned char { integer, boolean, choice, fraction, names };

struct Key {
  std::string_view name;
  Kind kind;
  std::string_view member = {};  // the Policy member as C++ ("vote.threshold"), for policy_gen
  // integer: the valid range, both ends included
  std::int64_t min = 0;
  std::int64_t max = 0;
  // choice: the allowed strings, in the order of the member's enum
  std::span<const std::string_view> choices = {};
  // the member, one of these by kind (a choice as its enum's index)
  int& (*i)(Policy&) = nullptr;
  bool& (*b)(Policy&) = nullptr;
  std::size_t (*get)(const Policy&) = nullptr;
  void (*put)(Policy&, std::size_t) = nullptr;
  Fraction& (*f)(Policy&) = nullptr;
  std::vector<std::string>& (*v)(Policy&) = nullptr;
};

// Sanity caps on durations: no cooperative needs more, and they keep date arithmetic far from
// overflow (a century in years, months, days or hours).
constexpr std::int64_t kInt = INT_MAX;
constexpr std::int64_t kYears = 100;
constexpr std::int64_t kMonths = 100 * 12;
constexpr std::int64_t kDays = 100 * 365;
constexpr std::int64_t kHours = 100 * 365 * 24;

constexpr Words<VoteBase, 3> kBases{{"present_or_advance", "cast", "all_members"}};
constexpr Words<Consensus, 2> kConsensus{{"no_objection", "unanimous"}};
constexpr std::string_view kIncidentKinds[] = {"disruption", "change", "backup", "problem", "access", "breach"};

// The member as text (for the built-in policy's C++) and its accessor.
#define MBOV_REF(expr) #expr, [](Policy& p) -> auto& { return p.expr; }
// A choice member as text, and its enum read and written as an index into the key's choices.
#define MBOV_CHOICE(expr)                                                     \
  #expr, [](const Policy& p) { return static_cast<std::size_t>(p.expr); }, \
      [](Policy& p, std::size_t i) { p.expr = static_cast<decltype(p.expr)>(i); }

constexpr Key integer(std::string_view name, std::string_view member, int& (*ref)(Policy&), std::int64_t min,
                      std::int64_t max) {
  Key k{name, Kind::integer, member, min, max};
  k.i = ref;
  return k;
}
constexpr Key boolean(std::string_view name, std::string_view member, bool& (*ref)(Policy&)) {
  Key k{name, Kind::boolean, member};
  k.b = ref;
  return k;
}
constexpr Key choice(std::string_view name, std::string_view member, std::size_t (*get)(const Policy&),
                     void (*put)(Policy&, std::size_t), std::span<const std::string_view> choices) {
  Key k{name, Kind::choice, member};
  k.choices = choices;
  k.get = get;
  k.put = put;
  return k;
}
constexpr Key fraction(std::string_view name, std::string_view member, Fraction& (*ref)(Policy&)) {
  Key k{name, Kind::fraction, member};
  k.f = ref;
  return k;
}
// names: uppercase names (certifications), or with `choices` each one of those.
constexpr Key names(std::string_view name, std::string_view member, std::vector<std::string>& (*ref)(Policy&),
                    std::span<const std::string_view> choices = {}) {
  Key k{name, Kind::names, member};
  k.choices = choices;
  k.v = ref;
  return k;
}

// Every key, in the order of data/policy.toml (entries() keeps this order).
constexpr Key kKeys[] = {
    fraction("vote.threshold", MBOV_REF(vote.threshold)),
    choice("vote.base", MBOV_CHOICE(vote.base), kBases.words),
    choice("vote.consensus", MBOV_CHOICE(vote.consensus), kConsensus.words),
    integer("vote.quorum", MBOV_REF(vote.quorum), 0, kInt),
    boolean("vote.in_person_overrides_advance", MBOV_REF(vote.in_person_overrides_advance)),
    boolean("vote.withdrawal_restores_advance", MBOV_REF(vote.withdrawal_restores_advance)),
    integer("vote.av_meetings_per_year", MBOV_REF(vote.av_meetings_per_year), 0, 366),

    integer("board.size", MBOV_REF(board.size), 1, kInt),
    integer("board.meetings_per_year", MBOV_REF(board.meetings_per_year), 0, 366),

    integer("member.contacts_min", MBOV_REF(member.contacts_min), 0, kInt),
    integer("member.contacts_preferred", MBOV_REF(member.contacts_preferred), 0, kInt),
    integer("member.contact_confirmation_months", MBOV_REF(member.contact_confirmation_months), 1, kMonths),
    integer("member.personal_data_retention_months", MBOV_REF(member.personal_data_retention_months), 0, kMonths),
    integer("member.warn_days", MBOV_REF(member.warn_days), 0, kDays),

    integer("contract.base_years", MBOV_REF(contract.base_years), 1, kYears),
    integer("contract.extensions", MBOV_REF(contract.extensions), 0, kYears),
    integer("contract.extension_years", MBOV_REF(contract.extension_years), 1, kYears),
    integer("contract.review_interval_months", MBOV_REF(contract.review_interval_months), 1, kMonths),
    integer("contract.notice_months", MBOV_REF(contract.notice_months), 0, kMonths),
    integer("contract.warn_days", MBOV_REF(contract.warn_days), 0, kDays),
    names("contract.certifications", MBOV_REF(contract.certifications)),
    integer("contract.cert_warn_days", MBOV_REF(contract.cert_warn_days), 0, kDays),

    integer("incident.escalate_at_percent", MBOV_REF(incident.escalate_at_percent), 1, 100),
    integer("incident.breach_authority_hours", MBOV_REF(incident.breach_authority_hours), 1, kHours),
    names("incident.sla_kinds", MBOV_REF(incident.sla_kinds), kIncidentKinds),
    integer("incident.sla.p1.respond_hours", MBOV_REF(incident.sla[0].respond_hours), 1, kHours),
    integer("incident.sla.p1.resolve_hours", MBOV_REF(incident.sla[0].resolve_hours), 1, kHours),
    integer("incident.sla.p2.respond_hours", MBOV_REF(incident.sla[1].respond_hours), 1, kHours),
    integer("incident.sla.p2.resolve_hours", MBOV_REF(incident.sla[1].resolve_hours), 1, kHours),
    integer("incident.sla.p3.respond_hours", MBOV_REF(incident.sla[2].respond_hours), 1, kHours),
    integer("incident.sla.p3.resolve_hours", MBOV_REF(incident.sla[2].resolve_hours), 1, kHours),
    integer("incident.sla.p4.respond_hours", MBOV_REF(incident.sla[3].respond_hours), 1, kHours),
    integer("incident.sla.p4.resolve_hours", MBOV_REF(incident.sla[3].resolve_hours), 1, kHours),

    integer("dpia.periodic_months", MBOV_REF(dpia.periodic_months), 1, kMonths),
    integer("dpia.warn_days", MBOV_REF(dpia.warn_days), 0, kDays),
    integer("dpia.handover_max_days", MBOV_REF(dpia.handover_max_days), 1, kDays),

    integer("finance.investment_min_eur", MBOV_REF(finance.investment_min_eur), 0, kInt),
    integer("finance.investment_min_life_years", MBOV_REF(finance.investment_min_life_years), 0, kYears),
    integer("finance.budget_warn_days", MBOV_REF(finance.budget_warn_days), 0, kDays),

    integer("governance.vision_years", MBOV_REF(governance.vision_years), 1, kYears),
    integer("governance.warn_days", MBOV_REF(governance.warn_days), 0, kDays),

    integer("report.calendar_alarm_days", MBOV_REF(report.calendar_alarm_days), 0, kDays),
};
#undef MBOV_REF

constexpr std::size_t kCount = std::size(kKeys);

// Cross-key rules between two integer keys: value(lo) ≤ value(hi).
struct Order {
  std::string_view lo, hi;
};
constexpr Order kOrders[] = {
    {"member.contacts_min", "member.contacts_preferred"},
    {"incident.sla.p1.respond_hours", "incident.sla.p1.resolve_hours"},
    {"incident.sla.p2.respond_hours", "incident.sla.p2.resolve_hours"},
    {"incident.sla.p3.respond_hours", "incident.sla.p3.resolve_hours"},
    {"incident.sla.p4.respond_hours", "incident.sla.p4.resolve_hours"},
};

std::size_t key_index(std::string_view name) {
  for (std::size_t i = 0; i < kCount; ++i)
    if (kKeys[i].name == name) return i;
  return kCount;
}

// True when `path` names a table of the policy ("vote", "incident.sla", "incident.sla.p1").
bool is_table(std::string_view path) {
  for (const Key& k : kKeys)
    if (k.name.size() > path.size() && k.name.starts_with(path) && k.name[path.size()] == '.') return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Messages

// What a TOML value is and what a key wants, as noun phrases for "{}: want {}, got {}" (N_:
// translated where the sentence is made).
const char* a_type(toml::node_type t) {
  switch (t) {
    // TRANSLATORS: the kind of a value in a policy file, after "want" or "got".
    case toml::node_type::table: return N_("a table");
    case toml::node_type::array: return N_("an array");
    case toml::node_type::string: return N_("a string");
    case toml::node_type::integer: return N_("an integer");
    case toml::node_type::floating_point: return N_("a float");
    case toml::node_type::boolean: return N_("a boolean");
    case toml::node_type::date: return N_("a date");
    case toml::node_type::time: return N_("a time");
    case toml::node_type::date_time: return N_("a date-time");
    default: return N_("nothing");
  }
}

const char* wanted(Kind k) {
  switch (k) {
    // TRANSLATORS: the kind of value a policy key wants, after "want".
    case Kind::integer: return N_("an integer");
    case Kind::boolean: return N_("a boolean (true or false)");
    case Kind::choice: return N_("a string");
    case Kind::fraction: return N_("a string \"a/b\" such as \"2/3\"");
    case Kind::names: return N_("an array of strings");
  }
  return "";
}

Message did_you_mean(std::string_view s) { return s.empty() ? Message() : msg("; did you mean '{}'?", s); }

// "WHAT: want one of A, B, C, got 'TEXT'", and the nearest choice when TEXT looks like a typo.
Message not_a_choice(std::string_view what, std::span<const std::string_view> choices, std::string_view text) {
  return msg("{}: want one of {}, got '{}'{}", what, fmt::join(choices, ", "), text, did_you_mean(nearest(text, choices)));
}

template <class E>
E parse_choice(std::span<const std::string_view> choices, std::string_view text, std::string_view what) {
  if (const std::optional<E> e = enum_of<E>(text, choices)) return *e;
  throw Error(Exit::data, not_a_choice(what, choices, text));
}

// The known key or table an unknown path most likely meant: a near spelling, or else the only
// key with the same last name elsewhere (`[vote] size` -> board.size).
Message suggest_key(std::string_view path) {
  std::vector<std::string_view> known;
  for (const Key& k : kKeys) {
    known.push_back(k.name);
    for (std::size_t dot = k.name.find('.'); dot != std::string_view::npos; dot = k.name.find('.', dot + 1))
      known.push_back(k.name.substr(0, dot));
  }
  if (auto s = nearest(path, known); !s.empty()) return did_you_mean(s);
  const auto last = path.substr(path.rfind('.') + 1);  // npos + 1 == 0: the whole path
  std::string_view only;
  for (const Key& k : kKeys) {
    if (k.name.substr(k.name.rfind('.') + 1) != last) continue;
    if (!only.empty()) return {};  // ambiguous (warn_days)
    only = k.name;
  }
  return did_you_mean(only);
}

// ---------------------------------------------------------------------------------------------
// Reading a TOML table into a Policy

struct Pos {
  std::uint32_t line = 0, column = 0;  // line 0: not set by this source
};

struct Problem {
  Pos at;
  Message message;
};

Pos pos_of(const toml::source_region& r) { return {r.begin.line, r.begin.column}; }

class Reader {
 public:
  explicit Reader(Policy& p) : policy_(p), set_(kCount) {}

  void table(const toml::table& t, const std::string& prefix) {
    for (auto&& [k, node] : t) {
      const std::string path = prefix.empty() ? std::string(k.str()) : prefix + "." + std::string(k.str());
      if (const std::size_t i = key_index(path); i < kCount) {
        value(i, node);
      } else if (is_table(path)) {
        if (const auto* sub = node.as_table())
          table(*sub, path);
        else
          problem(node.source(), msg("{}: want a table, got {}", path, marked(a_type(node.type()))));
      } else {
        const auto where = k.source().begin.line ? k.source() : node.source();
        problem(where, node.is_table() ? msg("unknown table '{}'{}", path, suggest_key(path))
                                       : msg("unknown key '{}'{}", path, suggest_key(path)));
      }
    }
  }

  // The cross-key rules, once all keys are read; `source` is what an error blames a default on.
  void orders(const Message& source) {
    for (const Order& o : kOrders) {
      const std::size_t lo = key_index(o.lo), hi = key_index(o.hi);
      const int a = kKeys[lo].i(policy_), b = kKeys[hi].i(policy_);
      if (a <= b) continue;
      if (set_[hi].line && set_[lo].line)
        problem(set_[hi], msg("{}: {} is less than {} ({})", o.hi, b, o.lo, a));
      else if (set_[hi].line || !set_[lo].line)
        problem(set_[hi], msg("{}: {} is less than {} ({}, from {})", o.hi, b, o.lo, a, source));
      else
        problem(set_[lo], msg("{}: {} is more than {} ({}, from {})", o.lo, a, o.hi, b, source));
    }
  }

  const std::vector<Pos>& set() const { return set_; }

  // The first problem in the file, if any.
  const Problem* first() const {
    const Problem* best = nullptr;
    for (const Problem& p : problems_)
      if (!best || std::pair(p.at.line, p.at.column) < std::pair(best->at.line, best->at.column)) best = &p;
    return best;
  }

 private:
  void problem(Pos at, Message message) { problems_.push_back({at, std::move(message)}); }
  void problem(const toml::source_region& r, Message message) { problem(pos_of(r), std::move(message)); }

  void value(std::size_t i, const toml::node& node) {
    const Key& key = kKeys[i];
    const std::size_t before = problems_.size();
    switch (key.kind) {
      case Kind::integer: integer(key, node); break;
      case Kind::boolean:
        if (const auto* b = node.as_boolean()) key.b(policy_) = b->get();
        else wrong_type(key, node);
        break;
      case Kind::choice: choice(key, node); break;
      case Kind::fraction: fraction(key, node); break;
      case Kind::names: names(key, node); break;
    }
    if (problems_.size() == before) set_[i] = pos_of(node.source());
  }

  void wrong_type(const Key& key, const toml::node& node) {
    problem(node.source(), msg("{}: want {}, got {}", key.name, marked(wanted(key.kind)), marked(a_type(node.type()))));
  }

  void integer(const Key& key, const toml::node& node) {
    const auto* v = node.as_integer();
    if (!v) return wrong_type(key, node);
    const std::int64_t n = v->get();
    if (n < key.min)
      problem(node.source(), key.min == 0 ? msg("{}: {} is negative", key.name, n)
                                          : msg("{}: {} is less than {}", key.name, n, key.min));
    else if (n > key.max)
      problem(node.source(), msg("{}: {} is more than {}", key.name, n, key.max));
    else
      key.i(policy_) = static_cast<int>(n);
  }

  void choice(const Key& key, const toml::node& node) {
    const auto* v = node.as_string();
    if (!v) return wrong_type(key, node);
    const std::string& s = v->get();
    if (const auto at = std::find(key.choices.begin(), key.choices.end(), s); at != key.choices.end()) {
      key.put(policy_, static_cast<std::size_t>(at - key.choices.begin()));
      return;
    }
    problem(node.source(), not_a_choice(key.name, key.choices, s));
  }

  void fraction(const Key& key, const toml::node& node) {
    const auto* v = node.as_string();
    if (!v) return wrong_type(key, node);
    try {
      const Fraction f = parse_fraction(v->get());
      if (f.num > f.den) return problem(node.source(), msg("{}: {} is more than 1", key.name, v->get()));
      key.f(policy_) = f;
    } catch (const Error& e) {
      problem(node.source(), joined("{}: {}", key.name, e.message()));
    }
  }

  void names(const Key& key, const toml::node& node) {
    const auto* a = node.as_array();
    if (!a) return wrong_type(key, node);
    if (a->empty()) return problem(node.source(), msg("{}: want at least one name, got an empty array", key.name));
    std::vector<std::string> out;
    out.reserve(a->size());
    for (std::size_t j = 0; j < a->size(); ++j) {
      const toml::node& e = *a->get(j);
      const auto* s = e.as_string();
      if (!s) return problem(e.source(), msg("{}[{}]: want a string, got {}", key.name, j, marked(a_type(e.type()))));
      const std::string& name = s->get();
      if (!key.choices.empty()) {
        if (std::find(key.choices.begin(), key.choices.end(), name) == key.choices.end())
          return problem(e.source(), msg("{}[{}]: '{}' is not one of {}", key.name, j, name,
                                                 fmt::join(key.choices, ", ")));
        if (std::find(out.begin(), out.end(), name) != out.end())
          return problem(e.source(), msg("{}[{}]: '{}' is listed twice", key.name, j, name));
        out.push_back(name);
        continue;
      }
      const bool upper = !name.empty() && name[0] >= 'A' && name[0] <= 'Z' &&
                         std::all_of(name.begin(), name.end(), [](char c) {
                           return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
                         });
      if (!upper)
        return problem(e.source(), msg("{}[{}]: want an uppercase name such as ISO27001 (A-Z, 0-9, - and _), "
                                                                 "got '{}'", key.name, j, name));
      if (std::find(out.begin(), out.end(), name) != out.end())
        return problem(e.source(), msg("{}[{}]: '{}' is listed twice", key.name, j, name));
      // R-CON-5: ISO/IEC 27002 is the code of practice behind 27001; it certifies nothing.
      if (key.name == "contract.certifications" && name == "ISO27002")
        return problem(e.source(), msg("{}[{}]: ISO27002 is the code of practice, not a certificate: "
                                                                 "list ISO27001 (or ISAE3000, ISAE3402)", key.name, j));
      out.push_back(name);
    }
    key.v(policy_) = std::move(out);
  }

  Policy& policy_;
  std::vector<Pos> set_;  // per key: where the source set it
  std::vector<Problem> problems_;
};

// toml++ 3.3 (Debian 12) reaches __builtin_unreachable on a character from U+00A1 on outside a
// string or a comment (is_non_ascii_horizontal_whitespace; found by tests/fuzz/fuzz_policy_values).
// TOML allows no such character there: it is refused first, naming its line and column.
void check_ascii_outside_strings(std::string_view text, const std::string& name, Exit code) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '#') {
      while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
    } else if (c == '"' || c == '\'') {
      const std::size_t quotes = text.substr(i, 3) == std::string(3, c) ? 3 : 1;
      const std::string_view close = text.substr(i, quotes);
      std::size_t j = i + quotes;
      for (; j < text.size() && text.substr(j, quotes) != close; ++j) {
        if (quotes == 1 && text[j] == '\n') return;  // unterminated: toml++ says so, reading no further
        if (c == '"' && text[j] == '\\') ++j;       // an escape: the next character is the string's
      }
      if (j >= text.size()) return;
      i = j + quotes - 1;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      const std::string_view before = text.substr(0, i);
      const std::size_t start = before.rfind('\n') + 1;  // npos + 1 == 0: the first line
      const auto column = 1 + std::count_if(text.begin() + static_cast<std::ptrdiff_t>(start), text.begin() + static_cast<std::ptrdiff_t>(i),
                                            [](char b) { return (b & 0xC0) != 0x80; });  // characters, as toml++ counts
      throw Error(code, joined("{}:{}:{}: {}", name, 1 + std::count(before.begin(), before.end(), '\n'), column,
                               msg("a character other than ASCII outside quotes")));
    }
  }
}

toml::table parse_toml(std::string_view text, const std::string& name, Exit code) {
  check_ascii_outside_strings(text, name, code);
  try {
    return toml::parse(text, std::string_view(name));
  } catch (const toml::parse_error& e) {
    throw Error(code, joined("{}:{}:{}: {}", name, e.source().begin.line, e.source().begin.column,
                             std::string(e.description())));
  }
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// The choices

std::string_view vote_base_name(VoteBase base) { return kBases.name(base); }
std::string_view consensus_name(Consensus consensus) { return kConsensus.name(consensus); }
std::optional<VoteBase> vote_base_from(std::string_view word) { return kBases.from(word); }
std::optional<Consensus> consensus_from(std::string_view word) { return kConsensus.from(word); }
VoteBase parse_vote_base(std::string_view text, std::string_view what) { return parse_choice<VoteBase>(kBases.words, text, what); }
Consensus parse_consensus(std::string_view text, std::string_view what) {
  return parse_choice<Consensus>(kConsensus.words, text, what);
}

std::vector<std::uint32_t> read_policy_text(Policy& p, std::string_view text, const std::string& name, Exit code) {
  Reader r(p);
  r.table(parse_toml(text, name, code), "");
  // Cross-key rules only once every key is valid by itself: a rejected value would blame its partner.
  for (int pass = 0; pass < 2; ++pass) {
    if (const Problem* pr = r.first())
      throw Error(code, joined("{}:{}:{}: {}", name, pr->at.line, pr->at.column, pr->message));
    if (pass == 0) r.orders(msg("the defaults"));
  }
  std::vector<std::uint32_t> lines;
  lines.reserve(kCount);
  for (const Pos& at : r.set()) lines.push_back(at.line);
  return lines;
}

// ---------------------------------------------------------------------------------------------
// The built-in policy, at build time

std::string builtin_policy_cpp(std::string_view text, const std::string& name) {
  Policy p;
  const std::vector<std::uint32_t> lines = read_policy_text(p, text, name, Exit::software);
  std::string out;
  for (std::size_t i = 0; i < kCount; ++i) {
    const Key& k = kKeys[i];
    if (!lines[i]) throw Error(Exit::software, msg("{}: key '{}' is missing", name, k.name));
    std::string value;
    switch (k.kind) {
      case Kind::integer: value = std::to_string(k.i(p)); break;
      case Kind::boolean: value = k.b(p) ? "true" : "false"; break;
      case Kind::choice: value = fmt::format("decltype(p.{})::{}", k.member, k.choices[k.get(p)]); break;
      case Kind::fraction: value = fmt::format("Fraction{{{}, {}}}", k.f(p).num, k.f(p).den); break;
      case Kind::names: value = fmt::format("{{{:?}}}", fmt::join(k.v(p), ", ")); break;
    }
    out += fmt::format("  p.{} = {};\n", k.member, value);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Policy

std::vector<PolicyEntry> Policy::entries() const {
  Policy& self = const_cast<Policy&>(*this);  // the accessors only read here
  std::vector<PolicyEntry> out;
  out.reserve(kCount);
  for (std::size_t i = 0; i < kCount; ++i) {
    const Key& k = kKeys[i];
    Value v;
    switch (k.kind) {
      case Kind::integer: v = Value(k.i(self)); break;
      case Kind::boolean: v = Value(k.b(self)); break;
      case Kind::choice: v = Value(std::string(k.choices[k.get(self)])); break;
      case Kind::fraction: v = Value(k.f(self).str()); break;
      case Kind::names: {
        Array a;
        for (const std::string& s : k.v(self)) a.emplace_back(s);
        v = Value(std::move(a));
        break;
      }
    }
    const std::uint32_t line = i < line_.size() ? line_[i] : 0;
    out.push_back({std::string(k.name), std::move(v), line ? fmt::format("{}:{}", file_, line) : "default"});
  }
  return out;
}

}  // namespace mbov
