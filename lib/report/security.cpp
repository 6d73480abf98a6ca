// The security statement for one member (R-DPIA-7): for each product it takes up, the supplier's
// certificates and their validity, the last DPIA and its outcome, the processing records, and
// the data protection officer (R-DPIA-4). Dated: it states the situation on --today.
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <algorithm>
#include <map>
#include <set>

#include <mbov/contract/catalog.hpp>
#include <mbov/contract/contract.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/output.hpp>
#include <mbov/dpia/dpia.hpp>
#include <mbov/member/member.hpp>
#include <mbov/report/report.hpp>
#include "report/sources.hpp"
#include <mbov/core/session.hpp>

namespace mbov::report {
namespace {

// A product the member takes up, since its first uptake.
struct Uptake {
  std::string product, name;
  Date since;
  Object to_object() const { return Object().add("product", product).add("name", name).add("since", since); }
};

// A certificate the product relies on, valid or not on the statement's day.
Object certificate_row(const contract::ReliedCertificate& c) {
  return Object()
      .add("product", c.product)
      .add("contract", c.contract)
      .add("supplier", c.supplier)
      .add("standard", c.cert.standard)
      .add("valid_from", date_value(c.cert.valid_from))
      .add("valid_until", c.cert.valid_until)
      .add("valid", c.valid)
      .add("evidence", c.cert.evidence);
}

// A product's last completed DPIA (dpia::last_completed), and when the next is due (R-DPIA-2).
struct DpiaState {
  std::string product;
  const dpia::Dpia* last = nullptr;  // none: no DPIA completed
  Date next_due;
  Object to_object() const {
    if (!last) return Object().add("product", product).add("id", nullptr).add("outcome", marked(N_("no DPIA completed")));
    return Object()
        .add("product", product)
        .add("id", last->id)
        .add("kind", std::string(dpia::kind_name(last->kind)))
        .add("completed", *last->completed)
        .add("outcome", last->outcome ? std::optional(std::string(dpia::outcome_name(*last->outcome))) : std::nullopt)
        .add("measures", last->measures)
        .add("next_due", next_due);
  }
};

// The products the member takes up today (R-MEM-8: member::uptakes_on), each since its first uptake.
std::vector<Uptake> products(Document& d, Reader& r, const std::string& member) {
  std::map<std::string, std::string> names;
  for (const contract::Product& p : contract::products(r.s)) names[p.code] = p.name;
  std::map<std::string, Date> since;
  for (const member::Uptake& u : member::uptakes_on(r.s, r.s.today, member))
    if (const auto [at, added] = since.emplace(u.product, u.from); !added && u.from < at->second) at->second = u.from;
  Section& s = d.table("products", N_("Products taken up"), {"product", "name", "since"});
  std::vector<Uptake> taken;
  for (const auto& [product, from] : since) taken.push_back({.product = product, .name = names[product], .since = from});
  for (const Uptake& u : taken) s.rows.push_back(u.to_object());
  return taken;
}

void certificates(Document& d, Reader& r, const std::vector<Uptake>& taken) {
  Section& s = d.table("certificates", N_("Supplier certificates (R-CON-5)"),
                       {"product", "contract", "supplier", "standard", "valid_from", "valid_until", "valid", "evidence"});
  std::set<std::string> wanted;
  for (const Uptake& u : taken) wanted.insert(u.product);
  // R-CON-5: each certificate of the suppliers of their contracts not ended (contract::certificates_relied_on).
  for (const contract::ReliedCertificate& c : contract::certificates_relied_on(r.s, wanted))
    s.rows.push_back(certificate_row(c));
}

void dpias(Document& d, Reader& r, const std::vector<Uptake>& taken) {
  Section& s = d.table("dpias", N_("Last DPIA per product (R-DPIA-1, 2)"),
                       {"product", "id", "kind", "completed", "outcome", "next_due"});
  const std::map<std::string, dpia::Dpia> last = dpia::last_completed(r.s);
  for (const Uptake& u : taken) {
    DpiaState state{.product = u.product};
    if (const auto found = last.find(u.product); found != last.end()) {
      state.last = &found->second;
      state.next_due = dpia::periodic_due(*found->second.completed, r.s.policy.dpia);
    }
    s.rows.push_back(state.to_object());
  }
}

// Shown as stored: every column of the register's records, nothing read back.
void processing(Document& d, Reader& r, const std::vector<Uptake>& taken) {
  Section& s = d.table("processing", N_("Processing records (R-DPIA-3)"),
                       {"product", "name", "purpose", "legal_basis", "subjects", "data_categories", "recipients",
                        "retention", "security", "role", "handover_system", "handover_days"});
  for (const Uptake& u : taken) {
    Query q(r,
            "SELECT product, name, purpose, legal_basis, subjects, data_categories, recipients, processors, transfers,"
            " safeguards, retention, security, role, handover_system, handover_days, updated FROM processing"
            " WHERE product = ? ORDER BY id",
            {p(u.product)});
    for (Object& row : q.all({.dates = {"updated"}})) s.rows.push_back(std::move(row));
  }
}

// The officer in office on the statement's day (dpia::officer_on); null fields when none.
void officer(Object& facts, Reader& r) {
  const std::optional<dpia::Officer> o = dpia::officer_on(r.s, r.s.today);
  if (!o) {
    facts.add("officer", nullptr).add("officer_email", nullptr).add("officer_since", nullptr);
    return;
  }
  facts.add("officer", person_name(o->name)).add("officer_email", o->email).add("officer_since", o->from);
}

}  // namespace

Document security_statement(Reader& r, const std::string& member) {
  Query m(r, "SELECT code, name, city FROM member WHERE code = ?", {p(member)});
  if (!m.next())
    throw Error(Exit::data, msg("no member with code '{}'", member), "",
                msg("see 'mbov member list --all'"));
  const std::string code = m.col(0).getString();
  Document d;
  d.title = render(msg("Security statement for {} ({})", m.col(1).getString(), code), language());
  d.head.add("member", code).add("name", m.col(1).getString()).add("date", r.s.today).add("generated", r.s.now);
  d.facts("statement", N_("Statement"));
  const std::vector<Uptake> taken = products(d, r, code);
  certificates(d, r, taken);
  dpias(d, r, taken);
  processing(d, r, taken);
  Object& facts = d.sections.front().facts;
  facts.add("issued_to", code).add("issued_on", r.s.today).add("products_count", static_cast<long>(taken.size()));
  // R-CON-5: every product taken up is certified (contract::product_certified).
  facts.add("certificates_valid",
            std::ranges::all_of(taken, [&](const Uptake& u) { return contract::product_certified(r.s, u.product); }));
  officer(facts, r);
  return d;
}

}  // namespace mbov::report
