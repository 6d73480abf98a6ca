#pragma once
// What contracts are about and with whom: products (R-CON-6), suppliers and their certificates
// (R-CON-5).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <mbov/core/dates.hpp>
#include <mbov/core/policy.hpp>
#include <mbov/core/value.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {
class Session;
}

namespace mbov::contract {

// Products: init seeds CAMBO and VVA; codes are letters, digits, '-' and '_' (at most 32).
struct Product {
  std::string code, name;
  long long contracts = 0;
};
void add_product(Session& s, const std::string& code, const std::string& name);
std::vector<Product> products(Session& s);
Object to_object(const Product& p);

// Suppliers: a unique name; named on the command line by id or by name.
struct Supplier {
  std::int64_t id = 0;
  std::string name;
};
std::int64_t add_supplier(Session& s, const std::string& name);
Supplier find_supplier(Session& s, std::string_view id_or_name);

// A supplier with its certificates as of s.today (R-CON-5).
struct SupplierSummary {
  Supplier supplier;
  long long certificates = 0;
  std::optional<Date> certified_until;  // the last day a certificate that counts today runs to
  long long contracts = 0;
};
std::vector<SupplierSummary> suppliers(Session& s);
Object to_object(const SupplierSummary& s);

struct Certificate {
  std::int64_t id = 0;
  std::int64_t supplier = 0;
  std::string standard;             // one of policy contract.certifications, or OTHER
  std::optional<Date> valid_from;
  Date valid_until;
  std::optional<std::string> evidence;
  std::optional<std::string> equivalence;  // OTHER only: why it is equivalent
};

// R-CON-5: a certificate counts on `day` when its standard is one the policy names (or OTHER,
// recorded as equivalent) and the day lies within its validity. ISO27002 never counts.
bool certifies(const Certificate& cert, const Policy::Contract& policy, Date day);
// R-CON-5: whether a certificate of `standard` can count at all (the first half of certifies).
bool certifying_standard(std::string_view standard, const Policy::Contract& policy);
// R-CON-5: ISO/IEC 27002 is the code of practice behind ISO/IEC 27001, not a certificate.
bool is_code_of_practice(std::string_view standard);

// Adds a certificate to a supplier (by id or name); returns its id. The standard must be in
// the policy's contract.certifications or OTHER; OTHER needs `equivalence`, the others refuse it.
std::int64_t add_certificate(Session& s, std::string_view supplier, Certificate cert);
std::vector<Certificate> supplier_certificates(Session& s, std::int64_t supplier);
// What the weekly report shows of a supplier's certificates (R-CON-5): the one that runs longest
// (the last valid_until, then the last recorded), whether it counts or not; none when it holds none.
std::optional<Certificate> longest_certificate(Session& s, std::int64_t supplier);

// R-CON-5, judged per certificate: a supplier's certification on a day. Each certificate that
// counts is due at its valid_until (a warning within contract.cert_warn_days); none counting is
// a violation, named by the certificate that ran out last or an ISO27002 statement held instead.
struct Certification {
  std::vector<Certificate> counting;  // by valid_until, id
  std::optional<Certificate> last_expired;
  std::optional<Certificate> code_of_practice;
};
Certification certification(Session& s, std::int64_t supplier, Date day);

// A certificate as `cert list` shows it: its supplier by name (and id), whether it counts today.
struct CertificateStatus {
  Certificate cert;
  std::string supplier_name;
  bool valid = false;
};
// Every certificate (of one supplier, when given), with `valid` as of s.today.
std::vector<CertificateStatus> certificates(Session& s, const std::optional<std::string>& supplier);
Object to_object(const CertificateStatus& c);

}  // namespace mbov::contract

MBOV_PUBLIC_END
