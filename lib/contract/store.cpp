#include "contract/store.hpp"
#include "core/as_of.hpp"
#include <mbov/core/msg.hpp>

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include "core/sql.hpp"

namespace mbov::contract::store {

namespace {
bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

std::optional<std::int64_t> opt_id(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getInt64();
}

void bind_date(SQLite::Statement& q, int key, const std::optional<Date>& d) {
  bind_opt(q, key, d ? std::optional<std::string>(d->str()) : std::nullopt);
}
}  // namespace

const std::string& required_text(const std::string& text, std::string_view what) {
  if (blank(text)) fail_data(msg("{} must not be empty", what));
  return text;
}

std::optional<std::string> optional_text(const std::optional<std::string>& text) {
  if (!text || blank(*text)) return std::nullopt;
  return text;
}

// ---- products and suppliers

std::optional<std::string> product_code(Session& s, std::string_view code) {
  SQLite::Statement q(sql(s), "SELECT code FROM product WHERE code = ?");
  q.bind(1, std::string(code));
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getString();
}

void insert_product(Session& s, const std::string& code, const std::string& name) {
  SQLite::Statement insert(sql(s), "INSERT INTO product (code, name) VALUES (?, ?)");
  insert.bind(1, code);
  insert.bind(2, name);
  insert.exec();
}

std::vector<Product> select_products(Session& s) {
  SQLite::Statement q(sql(s),
                      "SELECT p.code, p.name, (SELECT count(*) FROM contract c WHERE c.product = p.code) "
                      "FROM product p ORDER BY p.code");
  std::vector<Product> rows;
  while (q.executeStep())
    rows.push_back(Product{.code = q.getColumn(0).getString(),
                           .name = q.getColumn(1).getString(),
                           .contracts = q.getColumn(2).getInt64()});
  return rows;
}

std::optional<Supplier> select_supplier(Session& s, std::optional<std::int64_t> id, std::string_view name) {
  SQLite::Statement q(sql(s), id ? "SELECT id, name FROM supplier WHERE id = ?"
                                 : "SELECT id, name FROM supplier WHERE name = ?");
  if (id)
    q.bind(1, *id);
  else
    q.bind(1, std::string(name));
  if (!q.executeStep()) return std::nullopt;
  return Supplier{.id = q.getColumn(0).getInt64(), .name = q.getColumn(1).getString()};
}

std::int64_t insert_supplier(Session& s, const std::string& name) {
  SQLite::Statement insert(sql(s), "INSERT INTO supplier (name) VALUES (?)");
  insert.bind(1, name);
  insert.exec();
  return sql(s).getLastInsertRowid();
}

std::vector<std::pair<Supplier, long long>> select_suppliers(Session& s) {
  SQLite::Statement q(sql(s),
                      "SELECT id, name, (SELECT count(*) FROM contract c WHERE c.supplier = supplier.id) "
                      "FROM supplier ORDER BY id");
  std::vector<std::pair<Supplier, long long>> rows;
  while (q.executeStep())
    rows.emplace_back(Supplier{.id = q.getColumn(0).getInt64(), .name = q.getColumn(1).getString()},
                      q.getColumn(2).getInt64());
  return rows;
}

// ---- certificates

std::int64_t insert_certificate(Session& s, const Certificate& c) {
  SQLite::Statement insert(sql(s),
                           "INSERT INTO certificate (supplier, standard, valid_from, valid_until, evidence, "
                           "equivalence) VALUES (?, ?, ?, ?, ?, ?)");
  insert.bind(1, c.supplier);
  insert.bind(2, c.standard);
  bind_date(insert, 3, c.valid_from);
  insert.bind(4, c.valid_until.str());
  bind_opt(insert, 5, c.evidence);
  bind_opt(insert, 6, c.equivalence);
  insert.exec();
  return sql(s).getLastInsertRowid();
}

std::vector<Certificate> select_certificates(Session& s, std::optional<std::int64_t> supplier) {
  // Prepared once a session: the contract check asks for each supplier's certificates in turn.
  SQLite::Statement& q = statement(s,
                                   "SELECT id, supplier, standard, valid_from, valid_until, evidence, equivalence FROM "
                                   "certificate WHERE ?1 IS NULL OR supplier = ?1 ORDER BY supplier, valid_until, id");
  if (supplier) q.bind(1, *supplier);
  std::vector<Certificate> certs;
  while (q.executeStep())
    certs.push_back(Certificate{.id = q.getColumn(0).getInt64(),
                                .supplier = q.getColumn(1).getInt64(),
                                .standard = q.getColumn(2).getString(),
                                .valid_from = opt_date(q.getColumn(3), "certificate.valid_from"),
                                .valid_until = Date::parse(q.getColumn(4).getString(), "certificate.valid_until"),
                                .evidence = opt_text(q.getColumn(5)),
                                .equivalence = opt_text(q.getColumn(6))});
  return certs;
}

// ---- contracts

std::int64_t insert_contract(Session& s, const std::string& product, std::int64_t supplier, const Term& t,
                             const std::optional<std::string>& deviation_reason,
                             const std::optional<std::string>& tender) {
  SQLite::Statement insert(sql(s),
                           "INSERT INTO contract (product, supplier, start, base_years, extensions, "
                           "extension_years, notice_months, deviation_reason, tender) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, product);
  insert.bind(2, supplier);
  insert.bind(3, t.start.str());
  insert.bind(4, t.base_years);
  insert.bind(5, t.extensions);
  insert.bind(6, t.extension_years);
  insert.bind(7, t.notice_months);
  bind_opt(insert, 8, deviation_reason);
  bind_opt(insert, 9, tender);
  insert.exec();
  return sql(s).getLastInsertRowid();
}

std::vector<Contract> select_contracts(Session& s, std::optional<std::int64_t> id) {
  SQLite::Statement q(sql(s), R"sql(
SELECT c.id, c.product, c.supplier, s.name, c.start, c.base_years, c.extensions, c.extension_years,
       c.notice_months, c.deviation_reason, c.tender,
       (SELECT count(*) FROM extension e WHERE e.contract = c.id),
       (SELECT max(on_date) FROM review r WHERE r.contract = c.id),
       c.terminated_on, c.termination_end, c.termination_reason, c.exit_plan
FROM contract c JOIN supplier s ON s.id = c.supplier
WHERE ?1 IS NULL OR c.id = ?1 ORDER BY c.id
)sql");
  if (id) q.bind(1, *id);
  std::vector<Contract> out;
  while (q.executeStep())
    out.push_back(Contract{.id = q.getColumn(0).getInt64(),
                           .product = q.getColumn(1).getString(),
                           .supplier_id = q.getColumn(2).getInt64(),
                           .supplier = q.getColumn(3).getString(),
                           .term = Term{.start = Date::parse(q.getColumn(4).getString(), "contract.start"),
                                        .base_years = q.getColumn(5).getInt(),
                                        .extensions = q.getColumn(6).getInt(),
                                        .extension_years = q.getColumn(7).getInt(),
                                        .notice_months = q.getColumn(8).getInt()},
                           .deviation_reason = opt_text(q.getColumn(9)),
                           .tender = opt_text(q.getColumn(10)),
                           .extensions_used = q.getColumn(11).getInt(),
                           .last_review = opt_date(q.getColumn(12), "review.on_date"),
                           .terminated_on = opt_date(q.getColumn(13), "contract.terminated_on"),
                           .termination_end = opt_date(q.getColumn(14), "contract.termination_end"),
                           .termination_reason = opt_text(q.getColumn(15)),
                           .exit_plan = opt_text(q.getColumn(16)),
                           .end = {},  // computed by the rules
                           .max_end = {},
                           .next_review = {},
                           .notice = {}});
  return out;
}

std::vector<Review> select_reviews(Session& s, std::int64_t contract) {
  SQLite::Statement q(sql(s), "SELECT id, on_date, outcome, notes, meeting FROM review WHERE contract = ? "
                              "ORDER BY on_date, id");
  q.bind(1, contract);
  std::vector<Review> out;
  while (q.executeStep())
    out.push_back(Review{.id = q.getColumn(0).getInt64(),
                         .on = Date::parse(q.getColumn(1).getString(), "review.on_date"),
                         .outcome = parse_review_outcome(q.getColumn(2).getString(), "review.outcome"),
                         .notes = opt_text(q.getColumn(3)),
                         .meeting = opt_id(q.getColumn(4))});
  return out;
}

std::vector<ExtensionRecord> select_extensions(Session& s, std::int64_t contract) {
  SQLite::Statement q(sql(s), "SELECT on_date, late FROM extension WHERE contract = ? ORDER BY on_date, id");
  q.bind(1, contract);
  std::vector<ExtensionRecord> out;
  while (q.executeStep())
    out.push_back(ExtensionRecord{.on = Date::parse(q.getColumn(0).getString(), "extension.on_date"),
                                  .late = q.getColumn(1).getInt() != 0,
                                  .end = {}});  // computed by the rules
  return out;
}

std::optional<Meeting> select_meeting(Session& s, std::int64_t id) {
  SQLite::Statement q(sql(s), "SELECT kind, date FROM meeting WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return Meeting{.kind = q.getColumn(0).getString(), .date = Date::parse(q.getColumn(1).getString(), "meeting.date")};
}

std::int64_t insert_review(Session& s, std::int64_t contract, const Review& r) {
  SQLite::Statement insert(sql(s),
                           "INSERT INTO review (contract, on_date, outcome, notes, meeting) VALUES (?, ?, ?, ?, ?)");
  insert.bind(1, contract);
  insert.bind(2, r.on->str());
  insert.bind(3, std::string(review_outcome_name(r.outcome)));
  bind_opt(insert, 4, r.notes);
  if (r.meeting) insert.bind(5, *r.meeting);
  insert.exec();
  return sql(s).getLastInsertRowid();
}

void insert_extension(Session& s, std::int64_t contract, Date on, bool late) {
  SQLite::Statement insert(sql(s), "INSERT INTO extension (contract, on_date, late) VALUES (?, ?, ?)");
  insert.bind(1, contract);
  insert.bind(2, on.str());
  insert.bind(3, late ? 1 : 0);
  insert.exec();
}

void update_termination(Session& s, std::int64_t contract, Date on, Date end, const std::string& reason,
                        const std::optional<std::string>& exit_plan) {
  SQLite::Statement update(sql(s),
                           "UPDATE contract SET terminated_on = ?, termination_end = ?, termination_reason = ?, "
                           "exit_plan = ? WHERE id = ?");
  update.bind(1, on.str());
  update.bind(2, end.str());
  update.bind(3, reason);
  bind_opt(update, 4, exit_plan);
  update.bind(5, contract);
  update.exec();
}

std::vector<std::pair<std::string, std::string>> select_uptakes(Session& s, Date day) {
  SQLite::Statement q(sql(s),
                      "SELECT DISTINCT product, member FROM uptake WHERE from_date <= ?1 "
                      "AND (until IS NULL OR until >= ?1) ORDER BY product, member");
  q.bind(1, day.str());
  std::vector<std::pair<std::string, std::string>> out;
  while (q.executeStep()) out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
  return out;
}

}  // namespace mbov::contract::store

namespace mbov::contract::store {

void as_of(Session& s) {
  // R-GEN-1: a review, an extension or a termination dated later had not happened yet.
  const auto until_terminated = [](const char* column) {
    return fmt::format("CASE WHEN terminated_on <= {{today}} THEN {} END", column);
  };
  const std::string end = until_terminated("termination_end"), reason = until_terminated("termination_reason"),
                    plan = until_terminated("exit_plan"), on = until_terminated("terminated_on");
  as_of_view(s, "contract", "1",
             {{"terminated_on", on}, {"termination_end", end}, {"termination_reason", reason}, {"exit_plan", plan}});
  as_of_view(s, "extension", "on_date <= {today}");
  as_of_view(s, "review", "on_date <= {today}");
}

}  // namespace mbov::contract::store
