#pragma once
// The contract area's SQL (internal, not installed): every read and write of products,
// suppliers, certificates, contracts, reviews, extensions and terminations. No rule lives here.
#include <SQLiteCpp/Column.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <mbov/contract/catalog.hpp>
#include <mbov/contract/contract.hpp>
#include <mbov/core/dates.hpp>
#include <mbov/core/output.hpp>
#include <mbov/core/value.hpp>

namespace mbov::contract::store {

inline std::optional<Date> opt_date(const SQLite::Column& c, std::string_view what) {
  if (c.isNull()) return std::nullopt;
  return Date::parse(c.getString(), what);
}

// The text itself, or Exit::data naming `what` when it is empty or blank.
const std::string& required_text(const std::string& text, std::string_view what);
// An absent or blank optional text as nullopt; otherwise the text.
std::optional<std::string> optional_text(const std::optional<std::string>& text);

// ---- products and suppliers
std::optional<std::string> product_code(Session& s, std::string_view code);  // as stored
void insert_product(Session& s, const std::string& code, const std::string& name);
std::vector<Product> select_products(Session& s);
std::optional<Supplier> select_supplier(Session& s, std::optional<std::int64_t> id, std::string_view name);
std::int64_t insert_supplier(Session& s, const std::string& name);
// Every supplier with its number of contracts (certificates are the rules' to count).
std::vector<std::pair<Supplier, long long>> select_suppliers(Session& s);

// ---- certificates
std::int64_t insert_certificate(Session& s, const Certificate& c);
std::vector<Certificate> select_certificates(Session& s, std::optional<std::int64_t> supplier);

// ---- contracts: the stored fields (the rules compute the dates)
std::int64_t insert_contract(Session& s, const std::string& product, std::int64_t supplier, const Term& t,
                             const std::optional<std::string>& deviation_reason,
                             const std::optional<std::string>& tender);
std::vector<Contract> select_contracts(Session& s, std::optional<std::int64_t> id);
std::vector<Review> select_reviews(Session& s, std::int64_t contract);
std::vector<ExtensionRecord> select_extensions(Session& s, std::int64_t contract);
struct Meeting {
  std::string kind;
  Date date;
};
std::optional<Meeting> select_meeting(Session& s, std::int64_t id);
std::int64_t insert_review(Session& s, std::int64_t contract, const Review& r);
void insert_extension(Session& s, std::int64_t contract, Date on, bool late);
// Who takes up which product on `day` (R-CON-9): {product, member}, by product then member.
std::vector<std::pair<std::string, std::string>> select_uptakes(Session& s, Date day);
void update_termination(Session& s, std::int64_t contract, Date on, Date end, const std::string& reason,
                        const std::optional<std::string>& exit_plan);

// R-GEN-1: this area's dated tables as they stood on s.today (core/as_of.hpp), for a check or report.
void as_of(Session& s);

}  // namespace mbov::contract::store
