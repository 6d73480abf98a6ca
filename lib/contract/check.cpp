#include <mbov/contract/check.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>

#include <mbov/contract/catalog.hpp>
#include <mbov/contract/contract.hpp>
#include "contract/store.hpp"
#include <mbov/core/msg.hpp>
#include <mbov/core/session.hpp>

namespace mbov::contract {

namespace {

struct Windows {
  long deadlines;     // reviews, notice dates, ends
  long certificates;  // R-CON-5
};

Message subject_of(const Contract& c) { return msg("contract {} ({}, {})", c.id, c.product, c.supplier); }

// R-CON-9: reached its current end (the end day included) with no extension beyond it and no
// recorded termination.
bool lapsed(const Contract& c, Date today) { return !c.terminated_on && today >= c.end; }

// R-CON-5: no certificate that counts today is a violation; each one running out soon a warning.
// A code of practice (ISO27002) held instead is named, so the reader knows what to record.
void check_certificates(Session& s, CheckReport& report, const Contract& c, const Message& subject,
                        long window) {
  const Certification held = certification(s, c.supplier_id, s.today);
  for (const Certificate& cert : held.counting)
    report.add(deadline_status(cert.valid_until, s.today, window), "R-CON-5", subject, cert.valid_until,
               msg("{} certificate {} of {} runs out: {}", cert.standard, cert.id, c.supplier,
                          due_text(cert.valid_until, s.today)));
  if (!held.counting.empty()) return;
  if (held.code_of_practice)
    report.add(Severity::critical, "R-CON-5", subject, std::nullopt,
               msg("supplier {} has no valid certificate: its ISO27002 statement {} is the code of practice, "
                          "not a certificate; record its ISO27001 certificate or ISAE3000/ISAE3402 report",
                          c.supplier, held.code_of_practice->id));
  else if (held.last_expired)
    report.add(Severity::critical, "R-CON-5", subject, held.last_expired->valid_until,
               msg("supplier {} has no valid certificate (the last ran out {})", c.supplier,
                          held.last_expired->valid_until));
  else
    report.add(Severity::critical, "R-CON-5", subject, std::nullopt, msg("supplier {} has no certificate", c.supplier));
}

void check_contract(Session& s, CheckReport& report, const Contract& c, Windows w) {
  const Message subject = subject_of(c);
  const Date today = s.today;
  if (c.next_review)
    report.add(deadline_status(*c.next_review, today, w.deadlines), "R-CON-3", subject, c.next_review,
               msg("yearly review {}", due_text(*c.next_review, today)));
  if (c.notice)
    report.add(deadline_status(*c.notice, today, w.deadlines), "R-CON-4", subject, c.notice,
               msg("decide to extend ({} left) or end by the notice date: {}", c.extensions_left,
                          due_text(*c.notice, today)));
  const bool ending = c.status == ContractStatus::ending;
  if (!lapsed(c, today))  // on its end day a lapsed contract is R-CON-9's
    report.add(deadline_status(c.end, today, w.deadlines), ending ? "R-CON-7" : "R-CON-2", subject, c.end,
               msg("end of the contract {}", due_text(c.end, today)));
  if (ending && !c.exit_plan)
    report.add(Severity::warning, "R-CON-7", subject, c.end,
               msg("terminated without an exit plan (--exit-plan REF)"));
  check_certificates(s, report, c, subject, w.certificates);
}

Message members_text(const std::vector<std::string>& members) {
  return members.empty() ? msg("no member") : Message(fmt::format("{}", fmt::join(members, ", ")));
}

// R-CON-9 in words, `today` the day of the check.
Message lapse_text(const Lapse& l, Date today) {
  if (!l.contract)
    return msg("taken up by {} on {} without an active contract", members_text(l.members), today);
  return msg("contract {} reached its end {} with neither an extension nor a recorded termination (taken up by {})",
                    *l.contract, *l.since, members_text(l.members));
}

Lapse with_text(Lapse l, Date today) {
  l.message = lapse_text(l, today);
  return l;
}

}  // namespace

std::vector<Lapse> lapses(Session& s) {
  std::map<std::string, std::vector<std::string>> takers;  // product -> members taking it up today
  for (auto& [product, member] : store::select_uptakes(s, s.today)) takers[product].push_back(member);
  const std::vector<Contract> contracts = load_all(s);
  std::vector<Lapse> out;
  for (const auto& [product, members] : takers) {
    const std::string& code = product;  // a structured binding can't be captured before C++20 in clang 14
    if (std::any_of(contracts.begin(), contracts.end(),
                    [&](const Contract& c) { return c.product == code && in_force(c, s.today); }))
      continue;
    Lapse l{.product = product, .contract = std::nullopt, .since = std::nullopt, .members = members};
    out.push_back(with_text(std::move(l), s.today));
  }
  for (const Contract& c : contracts) {
    if (!lapsed(c, s.today)) continue;
    const auto taking = takers.find(c.product);
    std::vector<std::string> members = taking == takers.end() ? std::vector<std::string>{} : taking->second;
    Lapse l{.product = c.product, .contract = c.id, .since = c.end, .members = members};
    out.push_back(with_text(std::move(l), s.today));
  }
  return out;
}

CheckReport due(Session& s, std::optional<Duration> within) {
  const Policy::Contract& p = s.policy.contract;
  Windows w{p.warn_days, p.cert_warn_days};
  if (within) {
    w.deadlines = within->days_from(s.today);
    w.certificates = std::max<long>(w.certificates, w.deadlines);
  }
  CheckReport report{"contract", {}, {}};
  long long in_force_count = 0;
  for (const Contract& c : load_all(s)) {
    if (c.status == ContractStatus::ended) continue;
    ++in_force_count;
    check_contract(s, report, c, w);
  }
  // R-CON-9: never silent on a lapsed service.
  for (const Lapse& l : lapses(s))
    report.add(Severity::critical, "R-CON-9",
               l.contract ? msg("contract {} ({})", *l.contract, l.product) : msg("product {}", l.product),
               l.since,
               l.contract ? msg("{}; record it: 'mbov contract extend {} --on DATE' or "
                                       "'mbov contract terminate {} --on DATE --end DATE --reason TEXT'",
                                       lapse_text(l, s.today), *l.contract, *l.contract)
                          : lapse_text(l, s.today));
  report.perfdata.emplace_back("contracts", in_force_count);
  return report;
}

CheckReport check(Session& s) { return due(s, std::nullopt); }

}  // namespace mbov::contract
