#include <mbov/contract/catalog.hpp>
#include <mbov/core/msg.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "contract/store.hpp"
#include <mbov/core/audit.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/session.hpp>
#include "core/spelling.hpp"

namespace mbov::contract {

using store::required_text;

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

bool in_policy(const Policy::Contract& policy, std::string_view standard) {
  return std::find(policy.certifications.begin(), policy.certifications.end(), standard) !=
         policy.certifications.end();
}

// The standards a certificate may name: the policy's, then OTHER.
std::string standards_text(const Policy::Contract& policy) {
  std::string names;
  for (const std::string& c : policy.certifications) names += c + "|";
  return names + "OTHER";
}

}  // namespace

// ---- products --------------------------------------------------------------------------------

void add_product(Session& s, const std::string& code, const std::string& name) {
  if (!valid_product_code(code))
    fail_data(msg("invalid product code '{}'", code), "R-CON-6",
              msg("a product code is 1 to 32 letters, digits, '-' or '_', e.g. CAMBO"));
  required_text(name, "--name");
  if (const auto existing = store::product_code(s, code))
    fail_data(msg("product {} already exists", *existing), {}, msg("see 'mbov contract product list'"));
  store::insert_product(s, code, name);
  audit::record(s, "product", code, "add", Object().add("name", name));
}

std::vector<Product> products(Session& s) { return store::select_products(s); }

Object to_object(const Product& p) {
  return Object().add("code", p.code).add("name", p.name).add("contracts", p.contracts);
}

// ---- suppliers -------------------------------------------------------------------------------

std::int64_t add_supplier(Session& s, const std::string& name) {
  required_text(name, "supplier NAME");
  if (const auto existing = store::select_supplier(s, std::nullopt, name))
    fail_data(msg("supplier '{}' already exists with id {}", name, existing->id), {},
              msg("see 'mbov contract supplier list'"));
  const std::int64_t id = store::insert_supplier(s, name);
  audit::record(s, "supplier", std::to_string(id), "add", Object().add("name", name));
  return id;
}

std::vector<SupplierSummary> suppliers(Session& s) {
  std::vector<SupplierSummary> rows;
  for (auto& [supplier, contracts] : store::select_suppliers(s)) {
    SupplierSummary row{.supplier = supplier, .certificates = 0, .certified_until = std::nullopt, .contracts = contracts};
    for (const Certificate& c : supplier_certificates(s, supplier.id)) {
      ++row.certificates;
      if (certifies(c, s.policy.contract, s.today) && (!row.certified_until || c.valid_until > *row.certified_until))
        row.certified_until = c.valid_until;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

Object to_object(const SupplierSummary& s) {
  return Object()
      .add("id", s.supplier.id)
      .add("name", s.supplier.name)
      .add("certificates_count", s.certificates)
      .add("certified_until", date_value(s.certified_until))
      .add("contracts", s.contracts);
}

Supplier find_supplier(Session& s, std::string_view id_or_name) {
  const bool numeric = !id_or_name.empty() && id_or_name.size() <= 18 &&
                       std::all_of(id_or_name.begin(), id_or_name.end(), [](char c) { return c >= '0' && c <= '9'; });
  std::optional<std::int64_t> id;
  if (numeric) id = static_cast<std::int64_t>(std::stoll(std::string(id_or_name)));
  const std::optional<Supplier> found = store::select_supplier(s, id, id_or_name);
  if (!found) {
    std::vector<std::string> names;
    for (const auto& [supplier, contracts] : store::select_suppliers(s)) names.push_back(supplier.name);
    fail_data(msg("unknown supplier '{}'", id_or_name), {},
              did_you_mean(id_or_name, names, N_("name a supplier by its id or name; see 'mbov contract supplier list'")));
  }
  return *found;
}

// ---- certificates ----------------------------------------------------------------------------

bool is_code_of_practice(std::string_view standard) { return standard == "ISO27002"; }

// R-CON-5
bool certifying_standard(std::string_view standard, const Policy::Contract& policy) {
  return !is_code_of_practice(standard) && (standard == "OTHER" || in_policy(policy, standard));
}

bool certifies(const Certificate& cert, const Policy::Contract& policy, Date day) {
  return certifying_standard(cert.standard, policy) && (!cert.valid_from || *cert.valid_from <= day) &&
         day <= cert.valid_until;
}

std::int64_t add_certificate(Session& s, std::string_view supplier_ref, Certificate cert) {
  const Supplier supplier = find_supplier(s, supplier_ref);
  const auto& policy = s.policy.contract;
  cert.supplier = supplier.id;
  cert.standard = upper(cert.standard);
  cert.equivalence = store::optional_text(cert.equivalence);
  cert.evidence = store::optional_text(cert.evidence);
  if (is_code_of_practice(cert.standard))
    fail_data(msg("--standard ISO27002 is the code of practice behind ISO/IEC 27001, not a certificate"), "R-CON-5",
              msg("record the supplier's ISO27001 certificate (or its ISAE3000/ISAE3402 assurance report) instead"));
  if (cert.standard != "OTHER" && !in_policy(policy, cert.standard))
    fail_data(msg("unknown --standard '{}'", cert.standard), "R-CON-5",
              msg("use {} (policy contract.certifications)", standards_text(policy)));
  if (cert.standard == "OTHER" && !cert.equivalence)
    fail_data(msg("--standard OTHER needs --equivalence: why it is equivalent to {}",
                          standards_text(policy)),
              "R-CON-5",
              msg("e.g. --equivalence 'SOC 2 Type II report covering the same controls'"));
  if (cert.standard != "OTHER" && cert.equivalence)
    fail_data(msg("--equivalence is only for --standard OTHER"), "R-CON-5");
  if (cert.valid_from && *cert.valid_from > cert.valid_until)
    fail_data(msg("--valid-from {} is after --valid-until {}", human_date(*cert.valid_from),
                          human_date(cert.valid_until)));
  const std::int64_t id = store::insert_certificate(s, cert);
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
  return store::select_certificates(s, supplier);
}

std::optional<Certificate> longest_certificate(Session& s, std::int64_t supplier) {
  std::vector<Certificate> certs = supplier_certificates(s, supplier);  // by valid_until, id
  if (certs.empty()) return std::nullopt;
  return std::move(certs.back());
}

Certification certification(Session& s, std::int64_t supplier, Date day) {
  Certification c;
  for (Certificate& cert : supplier_certificates(s, supplier)) {
    if (certifies(cert, s.policy.contract, day)) c.counting.push_back(std::move(cert));
    else if (cert.valid_until < day) c.last_expired = std::move(cert);  // ordered by valid_until
    else if (is_code_of_practice(cert.standard)) c.code_of_practice = std::move(cert);
  }
  return c;
}

std::vector<CertificateStatus> certificates(Session& s, const std::optional<std::string>& supplier) {
  std::optional<std::int64_t> only;
  if (supplier) only = find_supplier(s, *supplier).id;
  std::vector<CertificateStatus> rows;
  std::optional<Supplier> named;  // rows come by supplier: look each one up once
  for (Certificate& c : store::select_certificates(s, only)) {
    if (!named || named->id != c.supplier) named = store::select_supplier(s, c.supplier, {});
    const bool valid = certifies(c, s.policy.contract, s.today);
    rows.push_back(CertificateStatus{.cert = std::move(c), .supplier_name = named->name, .valid = valid});
  }
  return rows;
}

// The supplier by name, as in every other output (issue 13), with its id beside it.
Object to_object(const CertificateStatus& c) {
  return Object()
      .add("id", c.cert.id)
      .add("supplier", c.supplier_name)
      .add("supplier_id", c.cert.supplier)
      .add("standard", c.cert.standard)
      .add("valid_from", date_value(c.cert.valid_from))
      .add("valid_until", c.cert.valid_until)
      .add("valid", c.valid)
      .add("evidence", c.cert.evidence)
      .add("equivalence", c.cert.equivalence);
}

}  // namespace mbov::contract
