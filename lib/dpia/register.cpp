// The record of processing activities (R-DPIA-3, GDPR art. 30(1)).
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <array>

#include "core/keys.hpp"
#include "core/audit.hpp"
#include "core/sql.hpp"
#include "dpia/dpia.hpp"
#include "dpia/store.hpp"
#include "core/error.hpp"
#include "core/session.hpp"

namespace mbov::dpia {
namespace {

constexpr std::array<RegisterField, 13> fields{{
    {"product", "product", "the product the processing serves (none: the cooperative's own)", false},
    {"name", "name", "a short name of the processing activity", true},
    {"purpose", "purpose", "the purpose of the processing (art. 30(1)(b))", true},
    {"legal_basis", "legal-basis",
     "GDPR art. 6(1): consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests", true},
    {"subjects", "subjects", "categories of data subjects (art. 30(1)(c))", true},
    {"data_categories", "data", "categories of personal data (art. 30(1)(c))", true},
    {"recipients", "recipients", "categories of recipients (art. 30(1)(d))", false},
    {"processors", "processors", "the processors engaged", false},
    {"transfers", "transfers", "transfers outside the EEA: the countries (art. 30(1)(e))", false},
    {"safeguards", "safeguards", "the safeguards of those transfers (art. 46)", false},
    {"retention", "retention", "the time limits for erasure (art. 30(1)(f))", true},
    {"security", "security", "the technical and organisational security measures (art. 30(1)(g))", false},
    {"role", "role", "the cooperative's role: controller or processor", true},
}};

constexpr std::array legal_bases{"consent",     "contract",    "legal-obligation", "vital-interests",
                                 "public-task", "legitimate-interests"};
constexpr std::array roles{"controller", "processor"};

// R-DPIA-3: a complete art. 30(1) record. Empty optional fields are dropped; returns the record
// as it will be stored.
RegisterValues validated(Session& s, RegisterValues v) {
  for (const RegisterField& f : fields) {
    auto it = v.find(std::string(f.column));
    if (it != v.end() && it->second.empty()) v.erase(it);
    if (f.required && !v.contains(std::string(f.column)))
      fail_data(fmt::format("a processing record needs --{}", f.option), "R-DPIA-3", std::string(f.help));
  }
  if (v.contains("product")) v["product"] = require_product(s, v["product"]);
  detail::require_one_of(v["legal_basis"], legal_bases, "--legal-basis", "R-DPIA-3");
  detail::require_one_of(v["role"], roles, "--role", "R-DPIA-3");
  if (v.contains("transfers") && !v.contains("safeguards"))
    fail_data("transfers outside the EEA need --safeguards", "R-DPIA-3",
              "name the safeguards (adequacy decision, standard contractual clauses, ...)");
  return v;
}

std::string column_list() {
  std::string out;
  for (const RegisterField& f : fields) out += std::string(f.column) + ", ";
  return out;
}

// Binds every field's value (or NULL) to parameters 1..13 and `updated` to 14.
void bind_record(SQLite::Statement& q, const RegisterValues& v, Date updated) {
  int i = 1;
  for (const RegisterField& f : fields) {
    auto it = v.find(std::string(f.column));
    bind_opt(q, i++, it == v.end() ? std::nullopt : std::optional<std::string>(it->second));
  }
  q.bind(i, updated.str());
}

Object as_details(const RegisterValues& v) {
  Object o;
  for (const auto& [k, value] : v) o.add(k, value);
  return o;
}

std::vector<Object> select(Session& s, const std::string& where, auto bind) {
  SQLite::Statement q(sql(s), "SELECT id, " + column_list() + "updated FROM processing " + where);
  bind(q);
  std::vector<Object> rows;
  while (q.executeStep()) {
    Object o;
    o.add("id", q.getColumn(0).getInt64());
    for (int c = 1; c <= static_cast<int>(fields.size()) + 1; ++c)
      o.add(q.getColumnName(c), text_or_null(q.getColumn(c)));
    rows.push_back(std::move(o));
  }
  return rows;
}

RegisterValues stored(Session& s, std::int64_t id) {
  Object o = register_show(s, id);
  RegisterValues v;
  for (const RegisterField& f : fields)
    if (const Value* value = o.find(f.column); !value->is_null()) v[std::string(f.column)] = value->text();
  return v;
}

}  // namespace

std::span<const RegisterField> register_fields() { return fields; }

std::int64_t register_add(Session& s, const RegisterValues& values) {
  RegisterValues v = validated(s, values);
  SQLite::Statement q(sql(s), "INSERT INTO processing (" + column_list() +
                                "updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  bind_record(q, v, s.today);
  q.exec();
  std::int64_t id = sql(s).getLastInsertRowid();
  audit::record(s, "processing", std::to_string(id), "add", as_details(v));
  return id;
}

void register_edit(Session& s, std::int64_t id, const RegisterValues& values) {
  if (values.empty()) fail_data("nothing to change", {}, "give at least one field option, see --help");
  RegisterValues v = stored(s, id);
  for (const auto& [k, value] : values) v[k] = value;
  v = validated(s, v);
  std::string set;
  for (const RegisterField& f : fields) set += std::string(f.column) + " = ?, ";
  SQLite::Statement q(sql(s), "UPDATE processing SET " + set + "updated = ? WHERE id = ?");
  bind_record(q, v, s.today);
  q.bind(static_cast<int>(fields.size()) + 2, id);
  q.exec();
  audit::record(s, "processing", std::to_string(id), "edit", as_details(values));
}

std::vector<Object> register_list(Session& s, const std::optional<std::string>& product) {
  std::optional<std::string> code;
  if (product) code = require_product(s, *product);
  return select(s, "WHERE ?1 IS NULL OR product = ?1 ORDER BY product NULLS FIRST, name COLLATE people, id",
                [&](SQLite::Statement& q) { bind_opt(q, 1, code); });
}

Object register_show(Session& s, std::int64_t id) {
  auto rows = select(s, "WHERE id = ?", [&](SQLite::Statement& q) { q.bind(1, id); });
  if (rows.empty()) fail_data(fmt::format("no processing record {}", id), {}, "see 'mbov dpia register list'");
  return rows.front();
}

}  // namespace mbov::dpia
