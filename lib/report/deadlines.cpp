// Every date that something is due by, from every area, for `report deadlines` and the weekly
// report's "coming weeks". Items still to do are listed even when overdue; events (meetings,
// contract ends) only when still ahead.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "dpia/dpia.hpp"
#include "incident/incident.hpp"
#include "report/report.hpp"
#include "report/sources.hpp"
#include "core/session.hpp"

namespace mbov::report {
namespace {

struct Collector {
  Reader& r;
  Date until;
  std::vector<Deadline> out;

  void add(Date date, long warn_days, std::string kind, std::string subject, std::string rule, std::string title,
           std::string uid) {
    if (date > until) return;
    out.push_back({date, std::move(kind), std::move(subject), std::move(rule), std::move(title),
                   status_word(deadline_status(date, r.s.today, warn_days)), uid + "@mbov"});
  }
};

// R-CON-2..5: reviews, notice dates and ends of contracts not ended; their suppliers' certificates.
void contracts(Collector& c) {
  const auto& policy = c.r.s.policy.contract;
  std::set<std::int64_t> suppliers;
  for (const ContractRow& k : contract_rows(c.r)) {
    if (k.dates.status == "ended") continue;
    suppliers.insert(k.supplier_id);
    const std::string subject = fmt::format("contract {}", k.id), what = fmt::format("{}, {}", k.product, k.supplier);
    const std::string key = fmt::format("contract-{}", k.id);
    if (k.dates.next_review <= k.dates.end)
      c.add(k.dates.next_review, policy.warn_days, "review", subject, "R-CON-3",
            fmt::format("Review of contract {} ({})", k.id, what), "review-" + key);
    if (k.dates.status == "active")
      c.add(k.dates.notice_date, policy.warn_days, "notice", subject, "R-CON-4",
            fmt::format("Notice date of contract {} ({}): extend or end, {} extension{} left", k.id, what,
                        k.dates.extensions_left, k.dates.extensions_left == 1 ? "" : "s"),
            "notice-" + key);
    c.add(k.dates.end, policy.warn_days, "contract-end", subject, k.dates.status == "ending" ? "R-CON-7" : "R-CON-2",
          fmt::format("End of contract {} ({})", k.id, what), "end-" + key);
  }
  Query q(c.r,
          "SELECT s.id, s.name, c.standard, max(c.valid_until) FROM certificate c JOIN supplier s ON s.id = c.supplier"
          " GROUP BY s.id, c.standard ORDER BY s.id, c.standard");
  while (q.next()) {
    if (!suppliers.contains(q.integer(0))) continue;
    const std::string standard = q.col(2).getString();
    c.add(Date::parse(q.col(3).getString(), "certificate.valid_until"), policy.cert_warn_days, "certificate",
          fmt::format("supplier {}", q.integer(0)),
          "R-CON-5", fmt::format("{} certificate of {} expires", standard, q.col(1).getString()),
          fmt::format("certificate-supplier-{}-{}", q.integer(0), standard));
  }
}

// R-DPIA-2: the next periodic DPIA or audit of each product that has had one.
void dpias(Collector& c) {
  Query q(c.r,
          "SELECT p.code, max(d.completed) FROM product p JOIN dpia d ON d.product = p.code"
          " WHERE d.completed IS NOT NULL GROUP BY p.code ORDER BY p.code");
  while (q.next()) {
    const std::string product = q.col(0).getString();
    const Date due = dpia::periodic_due(Date::parse(q.col(1).getString(), "dpia.completed"), c.r.s.policy.dpia);
    c.add(due, c.r.s.policy.dpia.warn_days, "dpia", "product " + product, "R-DPIA-2",
          fmt::format("Periodic DPIA or audit of {}", product), "dpia-product-" + product);
  }
}

// R-MEM-4: the yearly confirmation of each current member's contacts (a member counts up to its
// left_on day).
void confirmations(Collector& c) {
  Query q(c.r,
          "SELECT m.code, m.name, coalesce((SELECT max(on_date) FROM confirmation f WHERE f.member = m.code), m.joined)"
          " FROM member m WHERE m.left_on IS NULL OR m.left_on >= ? ORDER BY m.code",
          {p(c.r.s.today.str())});
  while (q.next()) {
    const std::string code = q.col(0).getString();
    const Date due = Date::parse(q.col(2).getString(), "confirmation.on_date")
                         .add_months(c.r.s.policy.member.contact_confirmation_months);
    c.add(due, c.r.s.policy.member.warn_days, "confirmation", "member " + code, "R-MEM-4",
          fmt::format("Contacts of {} ({}) to be confirmed", code, q.col(1).getString()), "confirmation-member-" + code);
  }
}

// R-VOTE-1: the General Assembly meetings ahead (the member warn window: members prepare).
void meetings(Collector& c) {
  Query q(c.r, "SELECT id, date, title FROM meeting WHERE kind = 'av' AND date >= ? ORDER BY date, id",
          {p(c.r.s.today.str())});
  while (q.next()) {
    const std::string title = q.text(2).value_or("General Assembly");
    c.add(Date::parse(q.col(1).getString(), "meeting.date"), c.r.s.policy.member.warn_days, "meeting",
          fmt::format("meeting {}", q.integer(0)), "R-VOTE-1", "AV: " + title, fmt::format("meeting-{}", q.integer(0)));
  }
}

// R-INC-7: breaches not yet reported to the authority nor recorded as no risk. Their deadline is a
// moment (due_at), judged as `incident overdue` judges it.
void breaches(Collector& c) {
  Query q(c.r,
          "SELECT id, title, opened, authority_deadline FROM incident WHERE kind = 'breach' AND authority_notified IS NULL"
          " AND no_risk_at IS NULL AND authority_deadline IS NOT NULL ORDER BY authority_deadline, id");
  while (q.next()) {
    const Timestamp opened = Timestamp::parse(q.col(2).getString(), "opened");
    const Timestamp deadline = Timestamp::parse(q.col(3).getString(), "authority_deadline");
    if (deadline.local_date() > c.until) continue;
    c.out.push_back({deadline.local_date(), "breach", fmt::format("incident {}", q.integer(0)), "R-INC-7",
                     fmt::format("Report breach {} to the Autoriteit Persoonsgegevens by {}: {}", q.integer(0),
                                 deadline.local(), q.col(1).getString()),
                     status_word(incident::deadline_severity(c.r.s.policy, opened, deadline, c.r.s.now)),
                     fmt::format("breach-incident-{}@mbov", q.integer(0)), deadline});
  }
}

}  // namespace

Object Deadline::to_object() const {
  Object o;
  o.add("date", date.str()).add("due_at", due_at ? Value(due_at->local()) : Value()).add("kind", kind).add("subject", subject).add("rule", rule).add("status", status);
  o.add("title", title).add("uid", uid);
  return o;
}

const std::vector<std::string>& deadline_columns() {
  static const std::vector<std::string> columns{"date", "due_at", "kind", "subject", "rule", "status", "title"};
  return columns;
}

std::vector<Deadline> deadlines(Reader& r, Date until) {
  Collector c{r, until, {}};
  contracts(c);
  dpias(c);
  confirmations(c);
  meetings(c);
  breaches(c);
  std::stable_sort(c.out.begin(), c.out.end(), [](const Deadline& a, const Deadline& b) { return a.date < b.date; });
  return c.out;
}

}  // namespace mbov::report
