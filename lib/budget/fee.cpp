// The fees of each product (R-FIN-4): one place for the one-off and the yearly fee.
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "budget/budget.hpp"
#include "core/audit.hpp"
#include "core/error.hpp"
#include "core/i18n.hpp"
#include "core/keys.hpp"
#include "core/session.hpp"
#include "core/sql.hpp"

namespace mbov::budget {

void set_fee(Session& s, const Fee& fee) {
  const std::string product = require_product(s, fee.product);
  if (fee.one_off < 0) fail_data(fmt::format(fmt::runtime(tr("--one-off {} is negative")), human_amount(fee.one_off)), "R-FIN-4");
  if (fee.yearly < 0) fail_data(fmt::format(fmt::runtime(tr("--yearly {} is negative")), human_amount(fee.yearly)), "R-FIN-4");
  SQLite::Statement q(sql(s), "INSERT INTO fee (product, one_off, yearly) VALUES (?1, ?2, ?3) "
                              "ON CONFLICT (product) DO UPDATE SET one_off = ?2, yearly = ?3");
  q.bind(1, product);
  q.bind(2, fee.one_off);
  q.bind(3, fee.yearly);
  q.exec();
  audit::record(s, "fee", product, "set", Object().add("one_off", fee.one_off).add("yearly", fee.yearly));
}

std::vector<Fee> list_fees(Session& s) {
  SQLite::Statement q(sql(s), "SELECT product, one_off, yearly FROM fee ORDER BY product");
  std::vector<Fee> fees;
  while (q.executeStep())
    fees.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt64(), q.getColumn(2).getInt64()});
  return fees;
}

}  // namespace mbov::budget
