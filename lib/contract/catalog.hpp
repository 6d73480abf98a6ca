#pragma once
// What contracts are about and with whom: products (R-CON-6), suppliers and their certificates
// (R-CON-5).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.hpp"
#include "core/policy.hpp"
#include "core/value.hpp"
#include "core/export.hpp"

MBOV_PUBLIC_BEGIN

namespace mbov {
class Session;

// Products: init seeds CAMBO and VVA; codes are letters, digits, '-' and '_' (at most 32).
void add_product(Session& s, const std::string& code, const std::string& name);
std::vector<Object> list_products(Session& s);

// Suppliers: a unique name; named on the command line by id or by name.
struct Supplier {
  std::int64_t id = 0;
  std::string name;
};
std::int64_t add_supplier(Session& s, const std::string& name);
std::vector<Object> list_suppliers(Session& s);
Supplier find_supplier(Session& s, std::string_view id_or_name);

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
// recorded as equivalent) and the day lies within its validity.
bool certifies(const Certificate& cert, const Policy::Contract& policy, Date day);

// Adds a certificate to a supplier (by id or name); returns its id. The standard must be in
// the policy's contract.certifications or OTHER; OTHER needs `equivalence`, the others refuse it.
std::int64_t add_certificate(Session& s, std::string_view supplier, Certificate cert);
std::vector<Certificate> supplier_certificates(Session& s, std::int64_t supplier);
// Every certificate (of one supplier, when given), with `valid` as of s.today.
std::vector<Object> list_certificates(Session& s, const std::optional<std::string>& supplier);

}  // namespace mbov

MBOV_PUBLIC_END
