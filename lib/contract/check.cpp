#include "contract/check.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "contract/contract.hpp"
#include "contract/catalog.hpp"
#include "core/session.hpp"

namespace mbov {

namespace {

struct Windows {
  long deadlines;     // reviews, notice dates, ends
  long certificates;  // R-CON-5
};

// R-CON-5: no certificate that counts today is a violation; each one running out soon a warning.
void check_certificates(Session& s, CheckReport& report, const Contract& c, const std::string& subject,
                        long window) {
  bool certified = false;
  std::optional<Date> last_expired;
  for (const Certificate& cert : supplier_certificates(s, c.supplier_id)) {
    if (!certifies(cert, s.policy.contract, s.today)) {
      if (cert.valid_until < s.today) last_expired = std::max(last_expired.value_or(cert.valid_until), cert.valid_until);
      continue;
    }
    certified = true;
    report.add(deadline_status(cert.valid_until, s.today, window), "R-CON-5", subject, cert.valid_until,
               fmt::format("{} certificate {} of {} runs out: {}", cert.standard, cert.id, c.supplier,
                           due_phrase(cert.valid_until, s.today)));
  }
  if (!certified)
    report.add(Severity::critical, "R-CON-5", subject, last_expired,
               last_expired ? fmt::format("supplier {} has no valid certificate (the last ran out {})", c.supplier,
                                          last_expired->str())
                            : fmt::format("supplier {} has no certificate", c.supplier));
}

void check_contract(Session& s, CheckReport& report, const Contract& c, Windows w) {
  const std::string subject = fmt::format("contract {} ({}, {})", c.id, c.product, c.supplier);
  const Date today = s.today;
  if (c.next_review)
    report.add(deadline_status(*c.next_review, today, w.deadlines), "R-CON-3", subject, c.next_review,
               "yearly review " + due_phrase(*c.next_review, today));
  if (c.notice)
    report.add(deadline_status(*c.notice, today, w.deadlines), "R-CON-4", subject, c.notice,
               fmt::format("decide to extend ({} left) or end by the notice date: {}", c.extensions_left,
                           due_phrase(*c.notice, today)));
  const bool ending = c.status == ContractStatus::ending;
  report.add(deadline_status(c.end, today, w.deadlines), ending ? "R-CON-7" : "R-CON-2", subject, c.end,
             "end of the contract " + due_phrase(c.end, today));
  if (ending && !c.exit_plan)
    report.add(Severity::warning, "R-CON-7", subject, c.end, "terminated without an exit plan (--exit-plan REF)");
  check_certificates(s, report, c, subject, w.certificates);
}

}  // namespace

CheckReport contract_due(Session& s, std::optional<Duration> within) {
  const Policy::Contract& p = s.policy.contract;
  Windows w{p.warn_days, p.cert_warn_days};
  if (within) {
    w.deadlines = within->days_from(s.today);
    w.certificates = std::max<long>(w.certificates, w.deadlines);
  }
  CheckReport report{"contract", {}, {}};
  long long in_force = 0;
  for (const Contract& c : load_contracts(s)) {
    if (c.status == ContractStatus::ended) continue;
    ++in_force;
    check_contract(s, report, c, w);
  }
  report.perfdata.emplace_back("contracts", in_force);
  return report;
}

CheckReport contract::check(Session& s) { return contract_due(s, std::nullopt); }

}  // namespace mbov
