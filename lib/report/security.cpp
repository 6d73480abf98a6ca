// The security statement for one member (R-DPIA-7): for each product it takes up, the supplier's
// certificates and their validity, the last DPIA and its outcome, the processing records, and
// the data protection officer (R-DPIA-4). Dated: it states the situation on --today.
#include <fmt/format.h>

#include <set>

#include "core/error.hpp"
#include "report/report.hpp"
#include "report/sources.hpp"
#include "core/session.hpp"

namespace mbov::report {
namespace {

// The products the member takes up today (R-MEM-8).
std::vector<std::string> products(Document& d, Reader& r, const std::string& member, const std::string& today) {
  Query q(r,
          "SELECT u.product, p.name, min(u.from_date) AS since FROM uptake u JOIN product p ON p.code = u.product"
          " WHERE u.member = ? AND u.from_date <= ?2 AND (u.until IS NULL OR u.until >= ?2) GROUP BY u.product"
          " ORDER BY u.product",
          {p(member), p(today)});
  Section& s = d.table("products", "Products taken up", {"product", "name", "since"});
  s.rows = q.all();
  std::vector<std::string> codes;
  for (const Object& row : s.rows) codes.push_back(row.find("product")->text());
  return codes;
}

void certificates(Document& d, Reader& r, const std::vector<std::string>& codes) {
  Section& s = d.table("certificates", "Supplier certificates (R-CON-5)",
                       {"product", "contract", "supplier", "standard", "valid_from", "valid_until", "valid", "evidence"});
  const std::set<std::string> wanted(codes.begin(), codes.end());
  for (const ContractRow& k : contract_rows(r)) {
    if (k.dates.status == "ended" || !wanted.contains(k.product)) continue;
    Query q(r,
            "SELECT ? AS product, ? AS contract, s.name AS supplier, c.standard, c.valid_from, c.valid_until,"
            " c.valid_until >= ? AS valid, c.evidence FROM certificate c JOIN supplier s ON s.id = c.supplier"
            " WHERE c.supplier = ? ORDER BY c.valid_until DESC, c.id",
            {p(k.product), p(k.id), p(r.s.today.str()), p(k.supplier_id)});
    for (Object& row : q.all({"valid"})) s.rows.push_back(std::move(row));
  }
}

void dpias(Document& d, Reader& r, const std::vector<std::string>& codes) {
  Section& s = d.table("dpias", "Last DPIA per product (R-DPIA-1, 2)",
                       {"product", "id", "kind", "completed", "outcome", "next_due"});
  for (const std::string& code : codes) {
    Query q(r,
            "SELECT product, id, kind, completed, outcome, measures FROM dpia WHERE product = ? AND completed IS NOT NULL"
            " ORDER BY completed DESC, id DESC LIMIT 1",
            {p(code)});
    if (!q.next()) {
      s.rows.push_back(Object().add("product", code).add("id", nullptr).add("outcome", "no DPIA completed"));
      continue;
    }
    Object row = q.object();
    row.add("next_due", Date::parse(row.find("completed")->text(), "dpia.completed")
                            .add_months(r.s.policy.dpia.periodic_months)
                            .str());
    s.rows.push_back(std::move(row));
  }
}

void processing(Document& d, Reader& r, const std::vector<std::string>& codes) {
  Section& s = d.table("processing", "Processing records (R-DPIA-3)",
                       {"product", "name", "purpose", "legal_basis", "subjects", "data_categories", "recipients",
                        "retention", "security", "role", "handover_system", "handover_days"});
  for (const std::string& code : codes) {
    Query q(r,
            "SELECT product, name, purpose, legal_basis, subjects, data_categories, recipients, processors, transfers,"
            " safeguards, retention, security, role, handover_system, handover_days, updated FROM processing"
            " WHERE product = ? ORDER BY id",
            {p(code)});
    for (Object& row : q.all()) s.rows.push_back(std::move(row));
  }
}

}  // namespace

Document security_statement(Reader& r, const std::string& member) {
  Query m(r, "SELECT code, name, city FROM member WHERE code = ?", {p(member)});
  if (!m.next())
    throw Error(Exit::data, fmt::format("no member with code '{}'", member), "", "see 'mbov member list --all'");
  const std::string code = m.col(0).getString(), today = r.s.today.str();
  Document d;
  d.title = fmt::format("Security statement for {} ({})", m.col(1).getString(), code);
  d.head.add("member", code).add("name", m.col(1).getString()).add("date", today).add("generated", r.s.now.local());
  d.facts("statement", "Statement");
  const std::vector<std::string> codes = products(d, r, code, today);
  certificates(d, r, codes);
  dpias(d, r, codes);
  processing(d, r, codes);
  // R-DPIA-4: in office while from_date <= day < until (until is the successor's first day).
  Query officer(r,
                "SELECT coalesce(p.name, '(erased)') AS name, p.email, o.from_date AS since FROM officer o"
                " JOIN person p ON p.id = o.person WHERE o.from_date <= ?1 AND (o.until IS NULL OR o.until > ?1)"
                " ORDER BY o.from_date DESC, o.id DESC LIMIT 1",
                {p(today)});
  Object& facts = d.sections.front().facts;
  // R-CON-5: every product taken up has a supplier with at least one valid certificate.
  bool covered = true;
  for (const std::string& product : codes) {
    bool any = false;
    for (const Object& row : d.find("certificates")->rows)
      any = any || (row.find("product")->text() == product && row.find("valid")->text() == "true");
    covered = covered && any;
  }
  facts.add("issued_to", code).add("issued_on", today).add("products", static_cast<long>(codes.size()));
  facts.add("certificates_valid", covered);
  if (officer.next()) {
    Object o = officer.object();
    facts.add("officer", o.find("name")->text()).add("officer_email", *o.find("email")).add("officer_since", *o.find("since"));
  } else {
    facts.add("officer", nullptr).add("officer_email", nullptr).add("officer_since", nullptr);
  }
  return d;
}

}  // namespace mbov::report
