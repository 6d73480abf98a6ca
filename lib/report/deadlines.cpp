// Every date that something is due by, from every area, for `report deadlines` and the weekly
// report's "coming weeks". Items still to do are listed even when overdue; events (meetings,
// contract ends) only when still ahead.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include <mbov/core/msg.hpp>
#include <mbov/contract/catalog.hpp>
#include <mbov/contract/contract.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/dpia/dpia.hpp>
#include <mbov/incident/incident.hpp>
#include <mbov/member/member.hpp>
#include <mbov/report/report.hpp>
#include <mbov/vote/vote.hpp>
#include "report/sources.hpp"
#include <mbov/core/session.hpp>

namespace mbov::report {
namespace {

struct Collector {
  Reader& r;
  Date until;
  std::vector<Deadline> out;

  // kind: one of Deadline's kinds, marked N_ (people read it translated).
  void add(Date date, Severity severity, const char* kind, Message subject, std::string rule, Message title, std::string uid,
           std::optional<Timestamp> due_at = std::nullopt, std::optional<Timestamp> warn_at = std::nullopt) {
    if (date > until) return;
    out.push_back({.date = date,
                   .kind = kind,
                   .subject = std::move(subject),
                   .rule = std::move(rule),
                   .title = std::move(title),
                   .status = status_of(severity),
                   .uid = uid + "@mbov",
                   .due_at = due_at,
                   .warn_at = warn_at});
  }
  void add(Date date, long warn_days, const char* kind, Message subject, std::string rule, Message title, std::string uid) {
    add(date, deadline_status(date, r.s.today, warn_days), kind, std::move(subject), std::move(rule), std::move(title),
        std::move(uid));
  }
};

// R-CON-2..5: reviews, notice dates and ends of contracts not ended; their suppliers' certificates.
void contracts(Collector& c) {
  const auto& policy = c.r.s.policy.contract;
  std::map<std::int64_t, std::string> suppliers;
  for (const contract::Contract& k : contract::load_all(c.r.s)) {
    if (k.status == contract::ContractStatus::ended) continue;
    suppliers.emplace(k.supplier_id, k.supplier);
    const Message subject = msg("contract {}", k.id);
    const std::string what = fmt::format("{}, {}", k.product, k.supplier);
    const std::string key = fmt::format("contract-{}", k.id);
    if (k.next_review)
      c.add(*k.next_review, policy.warn_days, N_("review"), subject, "R-CON-3",
            msg("Review of contract {} ({})", k.id, what), "review-" + key);
    if (k.notice)
      c.add(*k.notice, policy.warn_days, N_("notice"), subject, "R-CON-4",
            msg_n("Notice date of contract {} ({}): extend or end, {} extension left",
                         "Notice date of contract {} ({}): extend or end, {} extensions left", k.extensions_left,
                         k.id, what, k.extensions_left),
            "notice-" + key);
    c.add(k.end, policy.warn_days, N_("contract-end"), subject,
          k.status == contract::ContractStatus::ending ? "R-CON-7" : "R-CON-2",
          msg("End of contract {} ({})", k.id, what), "end-" + key);
  }
  // R-CON-5 as the contract check judges it (contract::certification): each certificate that
  // counts today, else the one that ran out last.
  for (const auto& [id, name] : suppliers) {
    const contract::Certification held = contract::certification(c.r.s, id, c.r.s.today);
    std::vector<contract::Certificate> due = held.counting;
    if (due.empty() && held.last_expired) due.push_back(*held.last_expired);
    for (const contract::Certificate& cert : due)
      c.add(cert.valid_until, policy.cert_warn_days, N_("certificate"), msg("supplier {}", id), "R-CON-5",
            msg("{} certificate of {} expires", cert.standard, name), fmt::format("certificate-{}", cert.id));
  }
}

// R-DPIA-2: the next periodic DPIA or audit of each product that has had one.
void dpias(Collector& c) {
  for (const auto& [product, last] : dpia::last_completed(c.r.s)) {
    const Date due = dpia::periodic_due(*last.completed, c.r.s.policy.dpia);
    c.add(due, c.r.s.policy.dpia.warn_days, N_("dpia"), msg("product {}", product), "R-DPIA-2",
          msg("Periodic DPIA or audit of {}", product), "dpia-product-" + product);
  }
}

// R-MEM-4: the yearly confirmation of each member in the register (member::list, which dates it).
void confirmations(Collector& c) {
  for (const member::Member& m : member::list(c.r.s, {}))
    c.add(m.confirmation_due, c.r.s.policy.member.warn_days, N_("confirmation"), msg("member {}", m.code),
          "R-MEM-4", msg("Contacts of {} ({}) to be confirmed", m.code, m.name),
          "confirmation-member-" + m.code);
}

// R-VOTE-1: the General Assembly meetings ahead (the member warn window: members prepare).
void meetings(Collector& c) {
  for (const vote::MeetingSummary& m : vote::list_meetings(c.r.s, std::nullopt)) {
    if (m.meeting.kind != vote::MeetingKind::av || m.meeting.date < c.r.s.today) continue;
    const std::optional<std::string>& title = m.meeting.title;
    c.add(m.meeting.date, c.r.s.policy.member.warn_days, N_("meeting"), msg("meeting {}", m.meeting.id), "R-VOTE-1",
          msg("AV: {}", title ? Message(*title) : msg("General Assembly")), fmt::format("meeting-{}", m.meeting.id));
  }
}

// R-INC-7: breaches not yet reported to the authority nor recorded as no risk. Their deadline is a
// moment (due_at), judged as `incident overdue` judges it.
void breaches(Collector& c) {
  for (const incident::Incident& b : incident::undecided_breaches(c.r.s)) {
    if (!b.authority_deadline) continue;
    const Timestamp deadline = *b.authority_deadline;
    c.add(deadline.local_date(), incident::deadline_severity(c.r.s.policy, b.opened, deadline, c.r.s.now), N_("breach"),
          msg("incident {}", b.id), "R-INC-7",
          msg("Report breach {} to the Autoriteit Persoonsgegevens by {}: {}", b.id, deadline, b.title),
          fmt::format("breach-incident-{}", b.id), deadline,
          incident::warning_moment(c.r.s.policy, b.opened, deadline));
  }
}

}  // namespace

const char* status_name(DeadlineStatus status) {
  switch (status) {
    case DeadlineStatus::overdue: return N_("overdue");
    case DeadlineStatus::soon: return N_("soon");
    case DeadlineStatus::later: break;
  }
  return N_("later");
}

DeadlineStatus status_of(Severity severity) {
  return severity == Severity::critical  ? DeadlineStatus::overdue
         : severity == Severity::warning ? DeadlineStatus::soon
                                         : DeadlineStatus::later;
}

Object Deadline::to_object() const {
  Object o;
  o.add("date", date).add("due_at", due_at);
  o.add("kind", marked(kind)).add("subject", subject).add("rule", rule);
  o.add("status", marked(status_name(status))).add("title", title).add("uid", uid);
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
