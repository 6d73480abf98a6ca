// The member register's SQL: prepared statements with bound parameters on sql(s).
#include "member/store.hpp"
#include "core/as_of.hpp"

#include <fmt/format.h>

#include "core/sql.hpp"

namespace mbov::member::store {
namespace {

// A role (alias c) ends ON its until day.
constexpr const char* current_role = "(c.since <= :t AND (c.until IS NULL OR c.until > :t))";
// An uptake (alias u) counts up to and including its until day (R-MEM-8).
constexpr const char* current_uptake = "(u.from_date <= :t AND (u.until IS NULL OR u.until >= :t))";
// A board seat (alias b) ends ON its until day.
constexpr const char* current_seat = "(b.from_date <= :t AND (b.until IS NULL OR b.until > :t))";
// A chair period (alias h) too.
constexpr const char* current_chair = "(h.from_date <= :t AND (h.until IS NULL OR h.until > :t))";

std::optional<Date> opt_date(const SQLite::Column& c, const char* what) {
  if (c.isNull()) return std::nullopt;
  return Date::parse(c.getString(), what);
}
Date date(const SQLite::Column& c, const char* what) { return Date::parse(c.getString(), what); }
void bind_date(SQLite::Statement& q, int index, const std::optional<Date>& d) {
  if (d) q.bind(index, d->str());
  else q.bind(index);
}
std::optional<std::int64_t> first_id(SQLite::Statement& q) {
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getInt64();
}

}  // namespace

std::string member_during(std::string_view alias, std::string_view from, std::string_view to) {
  // R-MEM-7: a member counts from joining through its last day, in its current period or an earlier one.
  return fmt::format("(({0}.joined <= {2} AND ({0}.left_on IS NULL OR {0}.left_on >= {1})) OR EXISTS (SELECT 1 FROM "
                     "membership mp WHERE mp.member = {0}.code AND mp.joined <= {2} AND mp.left_on >= {1}))",
                     alias, from, to);
}

std::vector<Period> periods_changed(Session& s, Date from, Date to) {
  // Every period of every member: the current one in member, the earlier ones in membership.
  SQLite::Statement q(sql(s), "SELECT code, name, joined, left_on FROM (SELECT m.code, m.name, m.joined, m.left_on"
                              " FROM member m UNION SELECT m.code, m.name, mp.joined, mp.left_on FROM membership mp"
                              " JOIN member m ON m.code = mp.member)"
                              " WHERE (joined >= ?1 AND joined < ?2) OR (left_on >= ?1 AND left_on < ?2) ORDER BY code, joined");
  q.bind(1, from.str());
  q.bind(2, to.str());
  std::vector<Period> out;
  while (q.executeStep())
    out.push_back({.code = q.getColumn(0).getString(),
                   .name = q.getColumn(1).getString(),
                   .joined = date(q.getColumn(2), "joined"),
                   .left = opt_date(q.getColumn(3), "left_on")});
  return out;
}

std::vector<Member> members(Session& s, const std::optional<std::string>& code, const MemberFilter& filter) {
  SQLite::Statement q(sql(s), fmt::format(R"(
    SELECT m.code, m.name, m.city, m.joined, m.left_on,
      (SELECT count(*) FROM contact c WHERE c.member = m.code AND c.role = 'contact' AND {1}),
      (SELECT p.name FROM contact c JOIN person p ON p.id = c.person
        WHERE c.member = m.code AND c.role = 'representative' AND {1} ORDER BY c.since DESC, c.id DESC LIMIT 1),
      (SELECT max(on_date) FROM confirmation f WHERE f.member = m.code)
    FROM member m
    WHERE (:code IS NULL OR m.code = :code) AND (:all OR m.left_on IS NULL OR m.left_on >= :t)
      AND (:product IS NULL OR EXISTS (SELECT 1 FROM uptake u
        WHERE u.member = m.code AND u.product = :product AND {0}))
    ORDER BY m.code)", current_uptake, current_role));
  q.bind(":t", s.today.str());
  bind_opt(q, ":code", code);
  q.bind(":all", filter.all || code ? 1 : 0);
  bind_opt(q, ":product", filter.product);
  std::vector<Member> out;
  while (q.executeStep()) {
    Member m{.code = q.getColumn(0).getString(),
             .name = q.getColumn(1).getString(),
             .city = opt_text(q.getColumn(2)),
             .joined = date(q.getColumn(3), "joined"),
             .left = opt_date(q.getColumn(4), "left"),
             .contacts = q.getColumn(5).getInt64(),
             .representative = opt_text(q.getColumn(6)),
             .last_confirmed = opt_date(q.getColumn(7), "confirmation")};
    m.confirmation_due = confirmation_due(s, m.joined, m.last_confirmed);
    out.push_back(std::move(m));
  }
  return out;
}

std::optional<std::string> stored_code(Session& s, const std::string& code) {
  SQLite::Statement q(sql(s), "SELECT code FROM member WHERE code = ?");
  q.bind(1, code);
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getString();
}

void insert_member(Session& s, const NewMember& m) {
  SQLite::Statement q(sql(s), "INSERT INTO member (code, name, city, contracting_authority, joined, left_on) "
                              "VALUES (?, ?, ?, 1, ?, ?)");
  q.bind(1, m.code);
  q.bind(2, m.name);
  bind_opt(q, 3, m.city);
  q.bind(4, m.joined.str());
  bind_date(q, 5, m.left);
  q.exec();
}

void update_member(Session& s, const MemberEdit& e) {
  SQLite::Statement q(sql(s), "UPDATE member SET name = coalesce(?, name), city = coalesce(?, city) WHERE code = ?");
  bind_opt(q, 1, e.name);
  bind_opt(q, 2, e.city);
  q.bind(3, e.code);
  q.exec();
}

Membership membership(Session& s, const std::string& code) {
  SQLite::Statement q(sql(s), "SELECT joined, left_on FROM member WHERE code = ?");
  q.bind(1, code);
  q.executeStep();
  return {date(q.getColumn(0), "joined"), opt_date(q.getColumn(1), "left")};
}

std::vector<Membership> periods(Session& s, const std::string& code) {
  SQLite::Statement q(sql(s), "SELECT joined, left_on FROM membership WHERE member = ?1 UNION ALL "
                              "SELECT joined, left_on FROM member WHERE code = ?1 ORDER BY joined");
  q.bind(1, code);
  std::vector<Membership> out;
  while (q.executeStep()) out.push_back({date(q.getColumn(0), "joined"), opt_date(q.getColumn(1), "left")});
  return out;
}

std::int64_t rejoin(Session& s, const std::string& code, Date on) {
  SQLite::Statement keep(sql(s), "INSERT INTO membership (member, joined, left_on) SELECT code, joined, left_on "
                                 "FROM member WHERE code = ?");
  keep.bind(1, code);
  keep.exec();
  const std::int64_t id = sql(s).getLastInsertRowid();
  SQLite::Statement q(sql(s), "UPDATE member SET joined = ?, left_on = NULL WHERE code = ?");
  q.bind(1, on.str());
  q.bind(2, code);
  q.exec();
  return id;
}

void set_left(Session& s, const std::string& code, Date on) {
  SQLite::Statement q(sql(s), "UPDATE member SET left_on = ? WHERE code = ?");
  q.bind(1, on.str());
  q.bind(2, code);
  q.exec();
}

bool is_current_member(Session& s, const std::string& code, Date on) {
  SQLite::Statement q(sql(s), fmt::format("SELECT 1 FROM member m WHERE m.code = :code AND {}", member_during("m", ":t", ":t")));
  q.bind(":code", code);
  q.bind(":t", on.str());
  return q.executeStep();
}

std::vector<std::string> member_codes(Session& s, Date on) {
  SQLite::Statement q(sql(s), fmt::format("SELECT m.code FROM member m WHERE {} ORDER BY m.code", member_during("m", ":t", ":t")));
  q.bind(":t", on.str());
  std::vector<std::string> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getString());
  return out;
}

void insert_confirmation(Session& s, const Confirmation& c) {
  SQLite::Statement q(sql(s), "INSERT INTO confirmation (member, on_date) VALUES (?, ?)");
  q.bind(1, c.member);
  q.bind(2, c.on.str());
  q.exec();
}

std::optional<OpenUptake> open_uptake(Session& s, const std::string& code, const std::string& product) {
  SQLite::Statement q(sql(s), "SELECT id, from_date FROM uptake WHERE member = ? AND product = ? AND until IS NULL");
  q.bind(1, code);
  q.bind(2, product);
  if (!q.executeStep()) return std::nullopt;
  return OpenUptake{q.getColumn(0).getInt64(), date(q.getColumn(1), "from")};
}

std::optional<std::int64_t> overlapping_uptake(Session& s, const std::string& code, const std::string& product, Date from,
                                               std::optional<Date> until) {
  SQLite::Statement q(sql(s), "SELECT id FROM uptake WHERE member = ?1 AND product = ?2"
                              " AND (until IS NULL OR until >= ?3) AND (?4 IS NULL OR from_date <= ?4) LIMIT 1");
  q.bind(1, code);
  q.bind(2, product);
  q.bind(3, from.str());
  bind_date(q, 4, until);
  return first_id(q);
}

std::int64_t insert_uptake(Session& s, const std::string& code, const std::string& product, Date from,
                           std::optional<Date> until) {
  SQLite::Statement q(sql(s), "INSERT INTO uptake (member, product, from_date, until) VALUES (?, ?, ?, ?)");
  q.bind(1, code);
  q.bind(2, product);
  q.bind(3, from.str());
  bind_date(q, 4, until);
  q.exec();
  return sql(s).getLastInsertRowid();
}

void end_uptake(Session& s, std::int64_t id, Date until) {
  SQLite::Statement q(sql(s), "UPDATE uptake SET until = ? WHERE id = ?");
  q.bind(1, until.str());
  q.bind(2, id);
  q.exec();
}

std::vector<Uptake> uptakes_on(Session& s, Date on, const std::optional<std::string>& code) {
  SQLite::Statement q(sql(s), fmt::format("SELECT u.id, u.member, u.product, u.from_date, u.until FROM uptake u"
                                          " WHERE {} AND (:m IS NULL OR u.member = :m) ORDER BY 2, 3, 4",
                                          current_uptake));
  q.bind(":t", on.str());
  bind_opt(q, ":m", code);
  std::vector<Uptake> out;
  while (q.executeStep())
    out.push_back({.id = q.getColumn(0).getInt64(),
                   .member = q.getColumn(1).getString(),
                   .product = q.getColumn(2).getString(),
                   .from = date(q.getColumn(3), "from"),
                   .until = opt_date(q.getColumn(4), "until")});
  return out;
}

namespace {
std::vector<Span> spans(SQLite::Statement& q, const std::string& code, Date last_day) {
  q.bind(":m", code);
  q.bind(":t", last_day.str());
  std::vector<Span> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                   q.getColumn(2).isNull() ? std::nullopt : std::optional(q.getColumn(2).getInt64()),
                   date(q.getColumn(3), "from")});
  return out;
}
}  // namespace

std::vector<Span> uptakes_after(Session& s, const std::string& code, Date last_day) {
  SQLite::Statement q(sql(s), "SELECT id, product, NULL, from_date FROM uptake"
                              " WHERE member = :m AND (until IS NULL OR until > :t) ORDER BY from_date, id");
  return spans(q, code, last_day);
}

std::vector<Span> contacts_after(Session& s, const std::string& code, Date last_day) {
  SQLite::Statement q(sql(s), "SELECT id, role, person, since FROM contact"
                              " WHERE member = :m AND (until IS NULL OR until > :t) ORDER BY since, id");
  return spans(q, code, last_day);
}

std::vector<Span> seats_after(Session& s, const std::string& code, Date last_day) {
  SQLite::Statement q(sql(s), "SELECT b.id, 'board', b.person, b.from_date FROM board_seat b"
                              " WHERE (b.until IS NULL OR b.until > :t) AND EXISTS (SELECT 1 FROM contact c"
                              "   WHERE c.person = b.person AND c.member = :m AND c.role = 'representative'"
                              "   AND (c.until IS NULL OR c.until > :t)) ORDER BY b.id");
  return spans(q, code, last_day);
}

std::optional<std::int64_t> person_at(Session& s, const std::string& code, const std::string& email) {
  SQLite::Statement q(sql(s), "SELECT c.person FROM contact c JOIN person p ON p.id = c.person "
                              "WHERE c.member = ? AND lower(p.email) = lower(?) ORDER BY c.id LIMIT 1");
  q.bind(1, code);
  q.bind(2, email);
  return first_id(q);
}

std::int64_t insert_person(Session& s, const NewContact& c) {
  SQLite::Statement q(sql(s), "INSERT INTO person (name, email, phone) VALUES (?, ?, ?)");
  q.bind(1, c.name);
  q.bind(2, c.email);
  bind_opt(q, 3, c.phone);
  q.exec();
  return sql(s).getLastInsertRowid();
}

PersonData person_data(Session& s, std::int64_t person) {
  SQLite::Statement q(sql(s), "SELECT name, email, phone FROM person WHERE id = ?");
  q.bind(1, person);
  if (!q.executeStep()) return {};
  return {opt_text(q.getColumn(0)), opt_text(q.getColumn(1)), opt_text(q.getColumn(2))};
}

std::optional<std::int64_t> role_held(Session& s, std::int64_t person, const NewContact& c) {
  SQLite::Statement q(sql(s), "SELECT c.id FROM contact c WHERE c.person = :p AND c.member = :m "
                              "AND c.role = :r AND (c.until IS NULL OR c.until > :t)");
  q.bind(":p", person);
  q.bind(":m", c.member);
  q.bind(":r", std::string(contact_role_name(c.role)));
  q.bind(":t", c.since.str());
  return first_id(q);
}

std::int64_t insert_contact(Session& s, const NewContact& c, std::int64_t person) {
  SQLite::Statement q(sql(s), "INSERT INTO contact (member, person, role, since) VALUES (?, ?, ?, ?)");
  q.bind(1, c.member);
  q.bind(2, person);
  q.bind(3, std::string(contact_role_name(c.role)));
  q.bind(4, c.since.str());
  q.exec();
  return sql(s).getLastInsertRowid();
}

namespace {
constexpr const char* select_contact =
    "SELECT c.id, c.member, c.person, p.name, p.email, p.phone, c.role, c.since, c.until "
    "FROM contact c JOIN person p ON p.id = c.person ";
Contact contact_row(SQLite::Statement& q) {
  return {.id = q.getColumn(0).getInt64(),
          .member = q.getColumn(1).getString(),
          .person = q.getColumn(2).getInt64(),
          .name = opt_text(q.getColumn(3)),
          .email = opt_text(q.getColumn(4)),
          .phone = opt_text(q.getColumn(5)),
          .role = parse_contact_role(q.getColumn(6).getString(), "contact.role"),
          .since = date(q.getColumn(7), "since"),
          .until = opt_date(q.getColumn(8), "until")};
}
}  // namespace

std::vector<Contact> contacts(Session& s, const ContactFilter& filter, Date today) {
  SQLite::Statement q(sql(s), fmt::format(R"({}
    JOIN member m ON m.code = c.member
    WHERE (:code IS NULL OR c.member = :code) AND (:all OR ({} AND {}))
      AND (:product IS NULL OR EXISTS (SELECT 1 FROM uptake u WHERE u.member = c.member AND u.product = :product AND {}))
    ORDER BY c.member, c.role, c.id)", select_contact, current_role, member_during("m", ":t", ":t"), current_uptake));
  bind_opt(q, ":code", filter.member);
  bind_opt(q, ":product", filter.product);
  q.bind(":all", filter.all ? 1 : 0);
  q.bind(":t", today.str());
  std::vector<Contact> out;
  while (q.executeStep()) out.push_back(contact_row(q));
  return out;
}

std::optional<Contact> contact(Session& s, std::int64_t id) {
  SQLite::Statement q(sql(s), std::string(select_contact) + "WHERE c.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return contact_row(q);
}

void end_contact(Session& s, std::int64_t id, Date on) {
  SQLite::Statement q(sql(s), "UPDATE contact SET until = ? WHERE id = ?");
  q.bind(1, on.str());
  q.bind(2, id);
  q.exec();
}

std::optional<std::string> represented_member(Session& s, std::int64_t person, Date on) {
  SQLite::Statement q(sql(s), fmt::format("SELECT c.member FROM contact c JOIN member m ON m.code = c.member "
                                          "WHERE c.person = :p AND c.role = 'representative' AND {} AND {} LIMIT 1",
                                          current_role, member_during("m", ":t", ":t")));
  q.bind(":p", person);
  q.bind(":t", on.str());
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getString();
}

std::optional<std::int64_t> seat_of(Session& s, std::int64_t person, Date on) {
  SQLite::Statement q(sql(s), fmt::format("SELECT b.id FROM board_seat b WHERE b.person = :p AND {}", current_seat));
  q.bind(":p", person);
  q.bind(":t", on.str());
  return first_id(q);
}

std::int64_t insert_seat(Session& s, const Appointment& a) {
  SQLite::Statement q(sql(s), "INSERT INTO board_seat (person, from_date, motion) VALUES (?, ?, ?)");
  q.bind(1, a.person);
  q.bind(2, a.from.str());
  if (!a.before_records) q.bind(3, a.motion);
  q.exec();
  return sql(s).getLastInsertRowid();
}

void end_seat(Session& s, std::int64_t seat, Date on) {
  SQLite::Statement q(sql(s), "UPDATE board_seat SET until = ? WHERE id = ?");
  q.bind(1, on.str());
  q.bind(2, seat);
  q.exec();
  end_chairs(s, seat, on);
}

void end_chairs(Session& s, std::optional<std::int64_t> seat, Date on) {
  // A period that would only start after `on` never held: it ends on its first day.
  SQLite::Statement q(sql(s), "UPDATE board_chair SET until = max(from_date, ?1)"
                              " WHERE (?2 IS NULL OR seat = ?2) AND (until IS NULL OR until > ?1)");
  q.bind(1, on.str());
  if (seat) q.bind(2, *seat);
  q.exec();
}

void insert_chair(Session& s, std::int64_t seat, Date from) {
  SQLite::Statement q(sql(s), "INSERT INTO board_chair (seat, from_date) VALUES (?, ?)");
  q.bind(1, seat);
  q.bind(2, from.str());
  q.exec();
}

std::optional<Date> latest_chair_start(Session& s) {
  SQLite::Statement q(sql(s), "SELECT max(from_date) FROM board_chair");
  q.executeStep();
  return opt_date(q.getColumn(0), "board_chair.from_date");
}

std::optional<std::int64_t> chair_seat(Session& s, Date on) {
  SQLite::Statement q(sql(s), fmt::format("SELECT h.seat FROM board_chair h WHERE {} ORDER BY h.id DESC LIMIT 1",
                                          current_chair));
  q.bind(":t", on.str());
  return first_id(q);
}

namespace {

// A board seat (alias b) with its person's name, the member represented on :t, and whether it chairs
// per `chair` (a condition on board_chair h).
std::string select_seat(std::string_view chair) {
  return fmt::format(R"(
    SELECT b.id, b.person, p.name,
      (SELECT c.member FROM contact c WHERE c.person = b.person AND c.role = 'representative' AND {}
        ORDER BY c.id DESC LIMIT 1),
      b.from_date, b.until, EXISTS (SELECT 1 FROM board_chair h WHERE h.seat = b.id AND {}) AS chair, b.motion
    FROM board_seat b JOIN person p ON p.id = b.person)", current_role, chair);
}

std::vector<Seat> seat_rows(SQLite::Statement& q) {
  std::vector<Seat> out;
  while (q.executeStep()) {
    Seat seat{.id = q.getColumn(0).getInt64(),
              .person = q.getColumn(1).getInt64(),
              .name = opt_text(q.getColumn(2)),
              .member = opt_text(q.getColumn(3)),
              .from = date(q.getColumn(4), "from"),
              .until = opt_date(q.getColumn(5), "until"),
              .chair = q.getColumn(6).getInt() == 1};
    if (!q.getColumn(7).isNull()) seat.motion = q.getColumn(7).getInt64();
    out.push_back(std::move(seat));
  }
  return out;
}

}  // namespace

std::vector<Seat> seats(Session& s, bool all, Date today) {
  SQLite::Statement q(sql(s), fmt::format("{} WHERE :all OR {} ORDER BY chair DESC, b.from_date, b.id",
                                          select_seat(current_chair), current_seat));
  q.bind(":all", all ? 1 : 0);
  q.bind(":t", today.str());
  return seat_rows(q);
}

std::vector<Seat> seats_changed(Session& s, Date from, Date to, Date today) {
  // A chair period ends ON its until day: one chosen and ended on the same day chaired no day.
  constexpr const char* chair_during =
      "(h.from_date < :to AND (h.until IS NULL OR h.until > :from) AND h.until IS NOT h.from_date)";
  SQLite::Statement q(sql(s), select_seat(chair_during) +
                                  " WHERE (b.from_date >= :from AND b.from_date < :to)"
                                  " OR (b.until >= :from AND b.until < :to) ORDER BY b.from_date, b.id");
  q.bind(":from", from.str());
  q.bind(":to", to.str());
  q.bind(":t", today.str());
  return seat_rows(q);
}

}  // namespace mbov::member::store

namespace mbov::member::store {

void as_of(Session& s) {
  // R-GEN-1: a member from the day it joined; a leave, an end of uptake or of a contact role, a
  // contact role's start or a confirmation dated later had not happened yet. An uptake or a seat
  // may be agreed ahead (a DPIA is due before it starts): its start stays, but not for a member
  // that had not joined yet.
  const char* until = "CASE WHEN until <= {today} THEN until END";
  // A member that rejoined later stands with the latest period begun by then (R-MEM-7).
  const char* begun = "(joined <= {today} OR EXISTS (SELECT 1 FROM main.membership mp WHERE mp.member = code AND mp.joined <= {today}))";
  const char* latest = "FROM main.membership mp WHERE mp.member = code AND mp.joined <= {today} ORDER BY mp.joined DESC LIMIT 1)";
  as_of_view(s, "member", begun,
             {{"joined", fmt::format("CASE WHEN joined <= {{today}} THEN joined ELSE (SELECT mp.joined {} END", latest)},
              {"left_on", fmt::format("CASE WHEN joined <= {{today}} THEN (CASE WHEN left_on <= {{today}} THEN left_on END) "
                                      "ELSE (SELECT CASE WHEN mp.left_on <= {{today}} THEN mp.left_on END {} END", latest)}});
  as_of_view(s, "membership", "left_on <= {today}");
  as_of_view(s, "uptake", fmt::format("member IN (SELECT code FROM main.member WHERE {})", begun), {{"until", until}});
  as_of_view(s, "contact", "since <= {today}", {{"until", until}});
  as_of_view(s, "confirmation", "on_date <= {today}");
  as_of_view(s, "board_seat", "1", {{"until", until}});
  as_of_view(s, "board_chair", "1", {{"until", until}});
}

}  // namespace mbov::member::store
