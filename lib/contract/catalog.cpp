#include "contract/catalog.hpp"
#include "core/sql.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "core/audit.hpp"
#include "contract/store.hpp"
#include "core/error.hpp"
#include "core/session.hpp"

namespace mbov {

using contract_rows::date_value;
using contract_rows::opt_date;
using contract_rows::required_text;

namespace {

bool valid_product_code(std::string_view code) {
  return !code.empty() && code.size() <= 32 && std::all_of(code.begin(), code.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
  });
}

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// The standards a certificate may name: the policy's, then OTHER.
std::string standards_text(const Policy::Contract& policy) {
  std::string names;
  for (const std::string& c : policy.certifications) names += c + "|";
  return names + "OTHER";
}

Certificate read_certificate(SQLite::Statement& q) {
  return Certificate{q.getColumn(0).getInt64(),  q.getColumn(1).getInt64(),
                     q.getColumn(2).getString(), opt_date(q.getColumn(3), "certificate.valid_from"),
                     Date::parse(q.getColumn(4).getString(), "certificate.valid_until"),
                     opt_text(q.getColumn(5)),   opt_text(q.getColumn(6))};
}

constexpr const char* certificate_columns =
    "SELECT id, supplier, standard, valid_from, valid_until, evidence, equivalence FROM certificate ";

}  // namespace

// ---- products --------------------------------------------------------------------------------

void add_product(Session& s, const std::string& code, const std::string& name) {
  if (!valid_product_code(code))
    fail_data(fmt::format("invalid product code '{}'", code), "R-CON-6",
              "a product code is 1 to 32 letters, digits, '-' or '_', e.g. CAMBO");
  required_text(name, "--name");
  SQLite::Statement exists(sql(s), "SELECT code FROM product WHERE code = ?");
  exists.bind(1, code);
  if (exists.executeStep())
    fail_data(fmt::format("product {} already exists", exists.getColumn(0).getString()), {},
              "see 'mbov contract product list'");
  SQLite::Statement insert(sql(s), "INSERT INTO product (code, name) VALUES (?, ?)");
  insert.bind(1, code);
  insert.bind(2, name);
  insert.exec();
  audit::record(s, "product", code, "add", Object().add("name", name));
}

std::vector<Object> list_products(Session& s) {
  SQLite::Statement q(sql(s),
                      "SELECT p.code, p.name, (SELECT count(*) FROM contract c WHERE c.product = p.code) "
                      "FROM product p ORDER BY p.code");
  std::vector<Object> rows;
  while (q.executeStep())
    rows.push_back(Object()
                       .add("code", q.getColumn(0).getString())
                       .add("name", q.getColumn(1).getString())
                       .add("contracts", q.getColumn(2).getInt64()));
  return rows;
}

// ---- suppliers -------------------------------------------------------------------------------

std::int64_t add_supplier(Session& s, const std::string& name) {
  required_text(name, "supplier NAME");
  SQLite::Statement exists(sql(s), "SELECT id FROM supplier WHERE name = ?");
  exists.bind(1, name);
  if (exists.executeStep())
    fail_data(fmt::format("supplier '{}' already exists with id {}", name, exists.getColumn(0).getInt64()), {},
              "see 'mbov contract supplier list'");
  SQLite::Statement insert(sql(s), "INSERT INTO supplier (name) VALUES (?)");
  insert.bind(1, name);
  insert.exec();
  std::int64_t id = sql(s).getLastInsertRowid();
  audit::record(s, "supplier", std::to_string(id), "add", Object().add("name", name));
  return id;
}

std::vector<Object> list_suppliers(Session& s) {
  std::vector<Object> rows;
  SQLite::Statement q(sql(s),
                      "SELECT id, name, (SELECT count(*) FROM contract c WHERE c.supplier = supplier.id) "
                      "FROM supplier ORDER BY id");
  while (q.executeStep()) {
    std::int64_t id = q.getColumn(0).getInt64();
    std::optional<Date> certified_until;
    long long certificates = 0;
    for (const Certificate& c : supplier_certificates(s, id)) {
      ++certificates;
      if (certifies(c, s.policy.contract, s.today) && (!certified_until || c.valid_until > *certified_until))
        certified_until = c.valid_until;
    }
    rows.push_back(Object()
                       .add("id", id)
                       .add("name", q.getColumn(1).getString())
                       .add("certificates", certificates)
                       .add("certified_until", date_value(certified_until))
                       .add("contracts", q.getColumn(2).getInt64()));
  }
  return rows;
}

Supplier find_supplier(Session& s, std::string_view id_or_name) {
  const bool numeric = !id_or_name.empty() && id_or_name.size() <= 18 &&
                       std::all_of(id_or_name.begin(), id_or_name.end(), [](char c) { return c >= '0' && c <= '9'; });
  SQLite::Statement q(sql(s), numeric ? "SELECT id, name FROM supplier WHERE id = ?"
                                    : "SELECT id, name FROM supplier WHERE name = ?");
  if (numeric)
    q.bind(1, static_cast<std::int64_t>(std::stoll(std::string(id_or_name))));
  else
    q.bind(1, std::string(id_or_name));
  if (!q.executeStep())
    fail_data(fmt::format("unknown supplier '{}'", id_or_name), {},
              "name a supplier by its id or name; see 'mbov contract supplier list'");
  return Supplier{q.getColumn(0).getInt64(), q.getColumn(1).getString()};
}

// ---- certificates ----------------------------------------------------------------------------

// R-CON-5
bool certifies(const Certificate& cert, const Policy::Contract& policy, Date day) {
  const bool known = cert.standard == "OTHER" || std::find(policy.certifications.begin(), policy.certifications.end(),
                                                           cert.standard) != policy.certifications.end();
  return known && (!cert.valid_from || *cert.valid_from <= day) && day <= cert.valid_until;
}

std::int64_t add_certificate(Session& s, std::string_view supplier_ref, Certificate cert) {
  const Supplier supplier = find_supplier(s, supplier_ref);
  const auto& policy = s.policy.contract;
  cert.standard = upper(cert.standard);
  cert.equivalence = contract_rows::optional_text(cert.equivalence);
  cert.evidence = contract_rows::optional_text(cert.evidence);
  if (cert.standard != "OTHER" &&
      std::find(policy.certifications.begin(), policy.certifications.end(), cert.standard) ==
          policy.certifications.end())
    fail_data(fmt::format("unknown --standard '{}'", cert.standard), "R-CON-5",
              fmt::format("use {} (policy contract.certifications)", standards_text(policy)));
  if (cert.standard == "OTHER" && !cert.equivalence)
    fail_data("--standard OTHER needs --equivalence: why it is equivalent to " + standards_text(policy), "R-CON-5",
              "e.g. --equivalence 'SOC 2 Type II report covering the same controls'");
  if (cert.standard != "OTHER" && cert.equivalence)
    fail_data("--equivalence is only for --standard OTHER", "R-CON-5");
  if (cert.valid_from && *cert.valid_from > cert.valid_until)
    fail_data(fmt::format("--valid-from {} is after --valid-until {}", cert.valid_from->str(),
                          cert.valid_until.str()));
  SQLite::Statement insert(sql(s),
                           "INSERT INTO certificate (supplier, standard, valid_from, valid_until, evidence, "
                           "equivalence) VALUES (?, ?, ?, ?, ?, ?)");
  insert.bind(1, supplier.id);
  insert.bind(2, cert.standard);
  if (cert.valid_from) insert.bind(3, cert.valid_from->str());
  insert.bind(4, cert.valid_until.str());
  if (cert.evidence) insert.bind(5, *cert.evidence);
  if (cert.equivalence) insert.bind(6, *cert.equivalence);
  insert.exec();
  std::int64_t id = sql(s).getLastInsertRowid();
  audit::record(s, "certificate", std::to_string(id), "add",
                Object()
                    .add("supplier", supplier.id)
                    .add("standard", cert.standard)
                    .add("valid_from", date_value(cert.valid_from))
                    .add("valid_until", cert.valid_until.str())
                    .add("evidence", cert.evidence)
                    .add("equivalence", cert.equivalence));
  return id;
}

std::vector<Certificate> supplier_certificates(Session& s, std::int64_t supplier) {
  SQLite::Statement q(sql(s), std::string(certificate_columns) + "WHERE supplier = ? ORDER BY valid_until, id");
  q.bind(1, supplier);
  std::vector<Certificate> certs;
  while (q.executeStep()) certs.push_back(read_certificate(q));
  return certs;
}

std::vector<Object> list_certificates(Session& s, const std::optional<std::string>& supplier) {
  std::optional<Supplier> only;
  if (supplier) only = find_supplier(s, *supplier);
  SQLite::Statement q(sql(s), std::string(certificate_columns) +
                                "WHERE ?1 IS NULL OR supplier = ?1 ORDER BY supplier, valid_until, id");
  if (only) q.bind(1, only->id);
  std::vector<Object> rows;
  while (q.executeStep()) {
    const Certificate c = read_certificate(q);
    rows.push_back(Object()
                       .add("id", c.id)
                       .add("supplier", c.supplier)
                       .add("standard", c.standard)
                       .add("valid_from", date_value(c.valid_from))
                       .add("valid_until", c.valid_until.str())
                       .add("valid", certifies(c, s.policy.contract, s.today))
                       .add("evidence", c.evidence)
                       .add("equivalence", c.equivalence));
  }
  return rows;
}

}  // namespace mbov
