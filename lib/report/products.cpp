// The state of each product (weekly report): contract, certificate, DPIA, incidents, uptake.
#include <fmt/format.h>

#include "contract/check.hpp"
#include "report/sources.hpp"
#include "core/session.hpp"

namespace mbov::report {

UtcRange utc_range(Date from, Date to) {
  return {Timestamp::parse(from.str() + "T00:00", "from").utc(), Timestamp::parse(to.str() + "T00:00", "to").utc()};
}

void add_product_state(Document& d, Reader& r) {
  const std::vector<ContractRow> contracts = contract_rows(r);
  Section& s = d.table("products", "Products",
                       {"product", "contract", "supplier", "contract_end", "contract_status", "certificate",
                        "certificate_until", "last_dpia", "dpia_outcome", "dpia_due", "open_incidents", "members", "lapsed"});
  const std::vector<contract::Lapse> lapses = contract::lapses(r.s);
  const std::string today = r.s.today.str();
  Query q(r,
          "SELECT p.code AS product, p.name,"
          " (SELECT count(*) FROM incident i WHERE i.product = p.code AND i.status IN ('new', 'acknowledged', 'in-progress'))"
          "   AS open_incidents,"
          " (SELECT count(DISTINCT u.member) FROM uptake u WHERE u.product = p.code AND u.from_date <= ?1"
          "   AND (u.until IS NULL OR u.until >= ?1)) AS members,"
          " (SELECT max(completed) FROM dpia x WHERE x.product = p.code AND x.completed IS NOT NULL) AS last_dpia,"
          " (SELECT outcome FROM dpia x WHERE x.product = p.code AND x.completed IS NOT NULL"
          "   ORDER BY completed DESC, id DESC LIMIT 1) AS dpia_outcome"
          " FROM product p ORDER BY p.code",
          {p(today)});
  while (q.next()) {
    Object row = q.object();
    const std::string product = row.find("product")->text();
    // The current contract: not ended, the latest end first.
    const ContractRow* current = nullptr;
    for (const ContractRow& k : contracts)
      if (k.product == product && k.dates.status != "ended" && (!current || current->dates.end < k.dates.end))
        current = &k;
    Object o;
    o.add("product", product).add("name", row.find("name")->text());
    o.add("contract", current ? Value(current->id) : Value());
    o.add("supplier", current ? Value(current->supplier) : Value());
    o.add("contract_end", current ? Value(current->dates.end.str()) : Value());
    o.add("contract_status", current ? Value(current->dates.status) : Value());
    Value standard, until;
    if (current) {
      Query c(r,
              "SELECT standard, valid_until FROM certificate WHERE supplier = ? ORDER BY valid_until DESC, id DESC LIMIT 1",
              {p(current->supplier_id)});
      if (c.next()) {
        standard = c.col(0).getString();
        until = c.col(1).getString();
      }
    }
    o.add("certificate", standard).add("certificate_until", until);
    const Value last = *row.find("last_dpia");
    o.add("last_dpia", last).add("dpia_outcome", *row.find("dpia_outcome"));
    // R-DPIA-2: the periodic DPIA or audit after the last one.
    o.add("dpia_due", last.is_null() ? Value()
                                     : Value(Date::parse(last.text(), "dpia.completed")
                                                 .add_months(r.s.policy.dpia.periodic_months)
                                                 .str()));
    o.add("open_incidents", *row.find("open_incidents")).add("members", *row.find("members"));
    // R-CON-9: a lapsed service, in words; null when none.
    std::string lapsed;
    for (const contract::Lapse& l : lapses)
      if (l.product == product) lapsed += (lapsed.empty() ? "" : "; ") + l.message;
    o.add("lapsed", lapsed.empty() ? Value() : Value(lapsed));
    s.rows.push_back(std::move(o));
  }
}

}  // namespace mbov::report
