#include "core/schema.hpp"

namespace mbov {
namespace {

// Dates are TEXT 'YYYY-MM-DD', timestamps TEXT UTC 'YYYY-MM-DDTHH:MM:SSZ': both sort as text.
// A migration, once released, never changes: a new one is appended with the next version.
constexpr const char* v1 = R"sql(
-- Products: the services procured for the members (PDC 3.1, R-CON-6).
CREATE TABLE product (
  code TEXT PRIMARY KEY COLLATE NOCASE,
  name TEXT NOT NULL CHECK (name <> '')
);
INSERT INTO product (code, name) VALUES
  ('CAMBO', 'Centraal Aanmelden voor het mbo'),
  ('VVA', 'Vroegtijdig Aanmelden');

-- Members: contracting authorities only (R-MEM-1); never deleted (R-MEM-7).
CREATE TABLE member (
  code TEXT PRIMARY KEY COLLATE NOCASE CHECK (code <> ''),
  name TEXT NOT NULL CHECK (name <> ''),
  city TEXT,
  contracting_authority INTEGER NOT NULL CHECK (contracting_authority = 1),
  joined TEXT NOT NULL,
  left_on TEXT CHECK (left_on IS NULL OR left_on >= joined)
);

-- People: all personal data lives here, so erasure (R-DPIA-5) has one place to go.
CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  name TEXT,
  email TEXT,
  phone TEXT,
  erased_on TEXT
);

-- A person's role at a member: contact or representative (R-MEM-3, R-MEM-5). It holds from
-- since and ends ON until (no longer held that day); a member counts up to its left_on day.
CREATE TABLE contact (
  id INTEGER PRIMARY KEY,
  member TEXT NOT NULL REFERENCES member(code),
  person INTEGER NOT NULL REFERENCES person(id),
  role TEXT NOT NULL CHECK (role IN ('contact', 'representative')),
  since TEXT NOT NULL,
  until TEXT CHECK (until IS NULL OR until >= since)
);
CREATE INDEX contact_member ON contact(member);
CREATE INDEX contact_person ON contact(person);

-- The yearly confirmation of a member's contacts (R-MEM-4).
CREATE TABLE confirmation (
  id INTEGER PRIMARY KEY,
  member TEXT NOT NULL REFERENCES member(code),
  on_date TEXT NOT NULL
);
CREATE INDEX confirmation_member ON confirmation(member);

-- Uptake (afname) of a product by a member (R-MEM-8).
CREATE TABLE uptake (
  id INTEGER PRIMARY KEY,
  member TEXT NOT NULL REFERENCES member(code),
  product TEXT NOT NULL REFERENCES product(code),
  from_date TEXT NOT NULL,
  until TEXT CHECK (until IS NULL OR until >= from_date)
);
CREATE INDEX uptake_member ON uptake(member);

-- General Assembly and board meetings, attendance, motions, ballots (R-VOTE-*).
CREATE TABLE meeting (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('av', 'board')),
  date TEXT NOT NULL,
  title TEXT
);
-- since: when the member was recorded present; a closed motion counts only those present by then.
CREATE TABLE attendance (
  meeting INTEGER NOT NULL REFERENCES meeting(id),
  member TEXT NOT NULL REFERENCES member(code),
  since TEXT NOT NULL,
  PRIMARY KEY (meeting, member)
);
CREATE TABLE motion (
  id INTEGER PRIMARY KEY,
  meeting INTEGER NOT NULL REFERENCES meeting(id),
  title TEXT NOT NULL CHECK (title <> ''),
  text TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('ordinary', 'pdc', 'budget', 'board')),
  closed_at TEXT
);
CREATE INDEX motion_meeting ON motion(meeting);
CREATE TABLE ballot (
  id INTEGER PRIMARY KEY,
  motion INTEGER NOT NULL REFERENCES motion(id),
  member TEXT NOT NULL REFERENCES member(code),
  choice TEXT NOT NULL CHECK (choice IN ('yes', 'no', 'abstain')),
  advance INTEGER NOT NULL DEFAULT 0 CHECK (advance IN (0, 1)),
  cast_at TEXT NOT NULL,
  replaced_by INTEGER REFERENCES ballot(id)
);
CREATE INDEX ballot_motion ON ballot(motion);

-- The board of the cooperative (R-VOTE-8): a seat holds from from_date and ends ON until.
CREATE TABLE board_seat (
  id INTEGER PRIMARY KEY,
  person INTEGER NOT NULL REFERENCES person(id),
  from_date TEXT NOT NULL,
  until TEXT CHECK (until IS NULL OR until >= from_date),
  motion INTEGER REFERENCES motion(id),
  chair INTEGER NOT NULL DEFAULT 0 CHECK (chair IN (0, 1))
);

-- Suppliers, their certificates (R-CON-5), contracts (R-CON-1..7), reviews (R-CON-3).
CREATE TABLE supplier (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> '')
);
CREATE TABLE certificate (
  id INTEGER PRIMARY KEY,
  supplier INTEGER NOT NULL REFERENCES supplier(id),
  standard TEXT NOT NULL,
  valid_from TEXT,
  valid_until TEXT NOT NULL,
  evidence TEXT,
  equivalence TEXT
);
CREATE INDEX certificate_supplier ON certificate(supplier);
CREATE TABLE contract (
  id INTEGER PRIMARY KEY,
  product TEXT NOT NULL REFERENCES product(code),
  supplier INTEGER NOT NULL REFERENCES supplier(id),
  start TEXT NOT NULL,
  base_years INTEGER NOT NULL,
  extensions INTEGER NOT NULL,
  extension_years INTEGER NOT NULL,
  notice_months INTEGER NOT NULL,
  deviation_reason TEXT,
  tender TEXT,
  terminated_on TEXT,
  termination_end TEXT,
  termination_reason TEXT,
  exit_plan TEXT
);
CREATE TABLE extension (
  id INTEGER PRIMARY KEY,
  contract INTEGER NOT NULL REFERENCES contract(id),
  on_date TEXT NOT NULL,
  late INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1))
);
CREATE INDEX extension_contract ON extension(contract);
CREATE TABLE review (
  id INTEGER PRIMARY KEY,
  contract INTEGER NOT NULL REFERENCES contract(id),
  on_date TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('compliant', 'deviations')),
  notes TEXT,
  meeting INTEGER REFERENCES meeting(id)
);
CREATE INDEX review_contract ON review(contract);

-- Incidents of every quality process and breaches (R-INC-*), with their timeline.
CREATE TABLE incident (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('disruption', 'change', 'backup', 'problem', 'access', 'breach')),
  title TEXT NOT NULL CHECK (title <> ''),
  product TEXT REFERENCES product(code),
  member TEXT REFERENCES member(code),
  reporter INTEGER REFERENCES person(id),
  priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 4),
  status TEXT NOT NULL CHECK (status IN ('new', 'acknowledged', 'in-progress', 'resolved', 'closed')),
  opened TEXT NOT NULL,
  respond_by TEXT NOT NULL,
  resolve_by TEXT NOT NULL,
  acknowledged_at TEXT,
  resolved_at TEXT,
  closed_at TEXT,
  escalation TEXT NOT NULL DEFAULT 'operational'
    CHECK (escalation IN ('operational', 'tactical', 'strategic')),
  fundamental INTEGER NOT NULL DEFAULT 0 CHECK (fundamental IN (0, 1)),
  motion INTEGER REFERENCES motion(id),
  problem INTEGER REFERENCES incident(id),
  problem_holder INTEGER NOT NULL DEFAULT 0 CHECK (problem_holder IN (0, 1)),
  authority_deadline TEXT,
  authority_notified TEXT,
  members_notified TEXT,
  subjects_notified TEXT,
  no_risk_at TEXT,
  no_risk_reason TEXT,
  late_reason TEXT
);
CREATE INDEX incident_opened ON incident(opened);
CREATE INDEX incident_status ON incident(status);
CREATE INDEX incident_problem ON incident(problem);
-- The weekly report looks incidents up by when they were resolved and by their deadlines.
CREATE INDEX incident_resolved ON incident(resolved_at);
CREATE INDEX incident_respond_by ON incident(respond_by);
CREATE INDEX incident_resolve_by ON incident(resolve_by);
CREATE TABLE incident_event (
  id INTEGER PRIMARY KEY,
  incident INTEGER NOT NULL REFERENCES incident(id),
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  kind TEXT NOT NULL,
  detail TEXT,
  note TEXT
);
CREATE INDEX incident_event_incident ON incident_event(incident);
CREATE INDEX incident_event_at ON incident_event(at);

-- DPIAs (R-DPIA-1, 2), the processing register (R-DPIA-3), the officer (R-DPIA-4).
CREATE TABLE dpia (
  id INTEGER PRIMARY KEY,
  product TEXT NOT NULL REFERENCES product(code),
  kind TEXT NOT NULL CHECK (kind IN ('initial', 'change', 'periodic', 'audit')),
  change_incident INTEGER REFERENCES incident(id),
  started TEXT NOT NULL,
  completed TEXT CHECK (completed IS NULL OR completed >= started),
  outcome TEXT CHECK (outcome IN ('acceptable', 'mitigations', 'high-risk')),
  measures TEXT,
  report TEXT
);
CREATE INDEX dpia_product ON dpia(product);
CREATE TABLE processing (
  id INTEGER PRIMARY KEY,
  product TEXT REFERENCES product(code),
  name TEXT NOT NULL CHECK (name <> ''),
  purpose TEXT NOT NULL,
  legal_basis TEXT NOT NULL,
  subjects TEXT NOT NULL,
  data_categories TEXT NOT NULL,
  recipients TEXT,
  processors TEXT,
  transfers TEXT,
  safeguards TEXT,
  retention TEXT NOT NULL,
  security TEXT,
  role TEXT NOT NULL CHECK (role IN ('controller', 'processor')),
  updated TEXT
);
CREATE TABLE officer (
  id INTEGER PRIMARY KEY,
  person INTEGER NOT NULL REFERENCES person(id),
  from_date TEXT NOT NULL,
  until TEXT CHECK (until IS NULL OR until >= from_date)
);

-- The audit log: a SHA-256 hash chain over every write (see audit.hpp).
CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  command TEXT NOT NULL,
  entity_kind TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL,
  details TEXT NOT NULL,
  details_digest TEXT NOT NULL,
  erased INTEGER NOT NULL DEFAULT 0 CHECK (erased IN (0, 1)),
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit(entity_kind, entity_id);
CREATE INDEX audit_at ON audit(at);
)sql";

// Issue 12: the AV evening you can trust (R-VOTE-4, 10, 11).
constexpr const char* v2 = R"sql(
-- Arrivals and departures in the order they were recorded (id): a closed motion counts the
-- members whose last event up to its close was an arrival, whatever the clock times say.
CREATE TABLE presence (
  id INTEGER PRIMARY KEY,
  meeting INTEGER NOT NULL REFERENCES meeting(id),
  member TEXT NOT NULL REFERENCES member(code),
  event TEXT NOT NULL CHECK (event IN ('arrive', 'leave')),
  at TEXT NOT NULL,
  reason TEXT
);
CREATE INDEX presence_meeting ON presence(meeting, member);
INSERT INTO presence (meeting, member, event, at)
  SELECT meeting, member, 'arrive', since FROM attendance ORDER BY since, rowid;
-- closed_presence: the last presence row the close saw (NULL: closed without it, counted by the
-- attendance times); repeats: the motion a re-vote repeats.
ALTER TABLE motion ADD COLUMN closed_presence INTEGER;
ALTER TABLE motion ADD COLUMN repeats INTEGER REFERENCES motion(id);
UPDATE motion SET closed_presence = (SELECT coalesce(max(p.id), 0) FROM presence p
  WHERE p.meeting = motion.meeting AND p.at <= motion.closed_at) WHERE closed_at IS NOT NULL;
-- A ballot withdrawn before the close (R-VOTE-10) no longer counts; the row stays.
ALTER TABLE ballot ADD COLUMN withdrawn_at TEXT;
ALTER TABLE ballot ADD COLUMN withdrawn_reason TEXT;
-- The result fixed at the close (R-VOTE-4), with the policy it was decided under.
CREATE TABLE motion_result (
  motion INTEGER PRIMARY KEY REFERENCES motion(id),
  base INTEGER NOT NULL,
  present INTEGER NOT NULL,
  advance INTEGER NOT NULL,
  members INTEGER NOT NULL,
  yes INTEGER NOT NULL,
  no INTEGER NOT NULL,
  abstain INTEGER NOT NULL,
  required INTEGER NOT NULL,
  quorum_met INTEGER NOT NULL CHECK (quorum_met IN (0, 1)),
  consensus INTEGER NOT NULL CHECK (consensus IN (0, 1)),
  adopted INTEGER NOT NULL CHECK (adopted IN (0, 1)),
  rule TEXT NOT NULL,
  threshold TEXT NOT NULL,
  base_rule TEXT NOT NULL,
  consensus_rule TEXT NOT NULL,
  quorum INTEGER NOT NULL,
  in_person_overrides_advance INTEGER NOT NULL CHECK (in_person_overrides_advance IN (0, 1))
);
)sql";

// R-INC-4, R-GOV-6: every routed change names the group that handles it (the group keys of
// 'mbov gov group'). Changes routed before: fundamental ones to the working group unless linked to
// a budget motion (the year plan), others to the expert group.
constexpr const char* v3 = R"sql(
ALTER TABLE incident ADD COLUMN handling_group TEXT CHECK (handling_group IN ('expert-group', 'working-group'));
UPDATE incident SET handling_group = CASE
    WHEN fundamental = 1 AND NOT EXISTS (SELECT 1 FROM motion m WHERE m.id = incident.motion AND m.kind = 'budget')
    THEN 'working-group' ELSE 'expert-group' END
  WHERE kind = 'change';
)sql";

// Governance (issue 15): the year plan and budget (R-FIN-1..3), fees (R-FIN-4), document versions
// (R-GOV-1, 2), roles (R-GOV-5; the officer of R-DPIA-4 becomes the role fg), groups (R-GOV-6).
constexpr const char* v4 = R"sql(
-- Money is integer euro cents throughout.
CREATE TABLE plan (
  year INTEGER PRIMARY KEY,
  goals TEXT NOT NULL DEFAULT '',
  motion INTEGER REFERENCES motion(id),
  approved_on TEXT
);
CREATE TABLE budget_line (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL REFERENCES plan(year),
  description TEXT NOT NULL CHECK (description <> ''),
  amount INTEGER NOT NULL CHECK (amount >= 0),
  product TEXT REFERENCES product(code),
  acquisition INTEGER CHECK (acquisition >= 0),
  life_years INTEGER CHECK (life_years >= 0)
);
CREATE INDEX budget_line_year ON budget_line(year);
CREATE TABLE spending (
  id INTEGER PRIMARY KEY,
  line INTEGER NOT NULL REFERENCES budget_line(id),
  date TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount <> 0),
  supplier TEXT,
  reference TEXT
);
CREATE INDEX spending_line ON spending(line);
CREATE TABLE fee (
  product TEXT PRIMARY KEY REFERENCES product(code),
  one_off INTEGER NOT NULL CHECK (one_off >= 0),
  yearly INTEGER NOT NULL CHECK (yearly >= 0)
);

-- The groups of R-GOV-6, their members (member contacts) and their recorded decisions.
CREATE TABLE group_member (
  id INTEGER PRIMARY KEY,
  grp TEXT NOT NULL CHECK (grp IN ('expert-group', 'working-group', 'community')),
  contact INTEGER NOT NULL REFERENCES contact(id),
  from_date TEXT NOT NULL,
  until TEXT CHECK (until IS NULL OR until >= from_date)
);
CREATE INDEX group_member_contact ON group_member(contact);
CREATE TABLE group_decision (
  id INTEGER PRIMARY KEY,
  grp TEXT NOT NULL CHECK (grp IN ('expert-group', 'working-group', 'community')),
  date TEXT NOT NULL,
  text TEXT NOT NULL CHECK (text <> '')
);

-- Versions of the governance documents (R-GOV-1); approved by an AV motion or, the DAP, by an
-- expert-group decision.
CREATE TABLE document_version (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('pdc', 'dap', 'statutes', 'regulation', 'breach-protocol',
                                     'fg-regulation', 'vision')),
  number TEXT NOT NULL CHECK (number <> ''),
  date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'for-approval', 'approved')),
  author TEXT,
  description TEXT,
  file TEXT,
  sha256 TEXT,
  motion INTEGER REFERENCES motion(id),
  decision INTEGER REFERENCES group_decision(id),
  approved_on TEXT,
  UNIQUE (kind, number)
);

-- Roles (R-GOV-5): held from from_date, ending ON until; scope is the product (product-owner),
-- the mailbox (mailbox-owner) or the member (functional-manager), '' otherwise.
CREATE TABLE role (
  id INTEGER PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('general-manager', 'product-owner', 'fg', 'mailbox-owner',
                                     'functional-manager')),
  scope TEXT NOT NULL DEFAULT '',
  person INTEGER NOT NULL REFERENCES person(id),
  deputy INTEGER REFERENCES person(id),
  from_date TEXT NOT NULL,
  until TEXT CHECK (until IS NULL OR until >= from_date)
);
CREATE INDEX role_person ON role(person);
-- The data protection officer is the role fg: one place, read through the view `officer`.
INSERT INTO role (id, role, scope, person, from_date, until)
  SELECT id, 'fg', '', person, from_date, until FROM officer;
DROP TABLE officer;
CREATE VIEW officer AS SELECT id, person, from_date, until FROM role WHERE role = 'fg';
CREATE TRIGGER officer_insert INSTEAD OF INSERT ON officer BEGIN
  INSERT INTO role (id, role, person, from_date, until) VALUES (NEW.id, 'fg', NEW.person, NEW.from_date, NEW.until);
END;
)sql";

// R-DPIA-6: a processing record states the hand-over to the members' systems.
constexpr const char* v5 = R"sql(
ALTER TABLE processing ADD COLUMN handover_system TEXT;
ALTER TABLE processing ADD COLUMN handover_days INTEGER CHECK (handover_days IS NULL OR handover_days >= 0);
)sql";

// An erased audit row carries no details at all (see audit.hpp); rows erased before kept theirs,
// with "[erased]" in place of each erased value. The upgrade's own audit row names them.
constexpr const char* v6 = R"sql(
UPDATE audit SET details = '' WHERE erased = 1;
)sql";

// Issue 17: an index for each per-row lookup of the imports (a member's ballot on a motion, an
// incident's latest event), and partial indexes for the open work the checks read, so a check
// reads what is open, not the whole history.
constexpr const char* v7 = R"sql(
DROP INDEX ballot_motion;
CREATE INDEX ballot_motion_member ON ballot(motion, member);
DROP INDEX incident_event_incident;
CREATE INDEX incident_event_incident_at ON incident_event(incident, at);
CREATE INDEX incident_open ON incident(opened, id) WHERE status NOT IN ('resolved', 'closed');
CREATE INDEX incident_unreported ON incident(opened, id)
  WHERE kind = 'breach' AND authority_notified IS NULL AND no_risk_at IS NULL;
CREATE INDEX incident_fundamental_change ON incident(id) WHERE kind = 'change' AND fundamental = 1;
CREATE INDEX dpia_change_incident ON dpia(change_incident);
)sql";

// A random id of this database, made once: the iCalendar feed puts it in every UID, so the
// deadlines of two databases never collide in one calendar.
constexpr const char* v8 = R"sql(
CREATE TABLE instance (id TEXT NOT NULL CHECK (length(id) = 32));
INSERT INTO instance (id) VALUES (lower(hex(randomblob(16))));
)sql";

// R-VOTE-8, R-GOV-3: who chaired the board when, so the minutes of an old meeting name the chair
// of that day. A chair period of a seat holds from from_date and ends ON until; it replaces the
// seats' chair flag. Filled from the audit log's chair choices (at their local day, in the order
// of their days), each ending when the next chair was chosen or its seat ended; a chair the log
// does not show chosen (a seat written behind mbov's back) chairs from its seat's first day, or
// from the end of the last period found before it.
constexpr const char* v9 = R"sql(
CREATE TABLE board_chair (
  id INTEGER PRIMARY KEY,
  seat INTEGER NOT NULL REFERENCES board_seat(id),
  from_date TEXT NOT NULL,
  until TEXT CHECK (until IS NULL OR until >= from_date)
);
CREATE INDEX board_chair_seat ON board_chair(seat);
WITH choice AS (
  SELECT b.id AS seat, date(a.at, 'localtime') AS day, b.until AS seat_until,
         lead(date(a.at, 'localtime')) OVER (ORDER BY date(a.at, 'localtime'), a.id) AS next
  FROM audit a JOIN board_seat b ON b.id = CAST(a.entity_id AS INTEGER)
  WHERE a.entity_kind = 'board_seat' AND a.action = 'chair')
INSERT INTO board_chair (seat, from_date, until)
  SELECT seat, day, CASE WHEN next IS NULL AND seat_until IS NULL THEN NULL
                         ELSE max(day, min(coalesce(next, seat_until), coalesce(seat_until, next))) END
  FROM choice ORDER BY day, seat;
INSERT INTO board_chair (seat, from_date, until)
  SELECT b.id, min(max(b.from_date, coalesce((SELECT max(h.until) FROM board_chair h), b.from_date)),
                coalesce(b.until, b.from_date, '9999-12-31')), b.until
  FROM board_seat b
  WHERE b.chair = 1 AND NOT EXISTS (SELECT 1 FROM board_chair h WHERE h.seat = b.id AND h.until IS NULL);
ALTER TABLE board_seat DROP COLUMN chair;
)sql";

// Issue 22: a member's whole life and a year's money.
// R-MEM-7: what a member that already left still held after its last day ends there: its uptakes
// (through that day), its contacts' roles, their group seats and its functional-manager terms (ON
// that day, or on their first day when they began later), so R-DPIA-5's retention starts.
constexpr const char* v10 = R"sql(
UPDATE uptake SET until = (SELECT m.left_on FROM member m WHERE m.code = uptake.member)
  WHERE EXISTS (SELECT 1 FROM member m WHERE m.code = uptake.member AND m.left_on IS NOT NULL
                AND uptake.from_date <= m.left_on AND (uptake.until IS NULL OR uptake.until > m.left_on));
UPDATE group_member SET until = max(from_date, (SELECT m.left_on FROM contact c JOIN member m ON m.code = c.member
                                                 WHERE c.id = group_member.contact))
  WHERE EXISTS (SELECT 1 FROM contact c JOIN member m ON m.code = c.member WHERE c.id = group_member.contact
                AND m.left_on IS NOT NULL AND (group_member.until IS NULL OR group_member.until > m.left_on));
UPDATE contact SET until = max(since, (SELECT m.left_on FROM member m WHERE m.code = contact.member))
  WHERE EXISTS (SELECT 1 FROM member m WHERE m.code = contact.member AND m.left_on IS NOT NULL
                AND (contact.until IS NULL OR contact.until > m.left_on));
UPDATE role SET until = max(from_date, (SELECT m.left_on FROM member m WHERE m.code = role.scope))
  WHERE role = 'functional-manager' AND EXISTS (SELECT 1 FROM member m WHERE m.code = role.scope
                AND m.left_on IS NOT NULL AND (role.until IS NULL OR role.until > m.left_on));
-- R-FIN-2: a budget motion names the year it approves; one that approved a plan gets that year
-- (the first, should it have approved more), any other none (it approves nothing).
ALTER TABLE motion ADD COLUMN year INTEGER;
UPDATE motion SET year = (SELECT min(p.year) FROM plan p WHERE p.motion = motion.id) WHERE kind = 'budget';
-- R-FIN-4: fees are set per year, valid from from_year until a later one replaces them. A fee set
-- before held for every year: it holds from the first year it was set or charged for.
CREATE TABLE fee_by_year (
  product TEXT NOT NULL REFERENCES product(code),
  from_year INTEGER NOT NULL,
  one_off INTEGER NOT NULL CHECK (one_off >= 0),
  yearly INTEGER NOT NULL CHECK (yearly >= 0),
  PRIMARY KEY (product, from_year)
);
INSERT INTO fee_by_year (product, from_year, one_off, yearly)
  SELECT f.product, coalesce(min(
           (SELECT CAST(substr(min(u.from_date), 1, 4) AS INTEGER) FROM uptake u WHERE u.product = f.product),
           (SELECT CAST(substr(min(a.at), 1, 4) AS INTEGER) FROM audit a WHERE a.entity_kind = 'fee' AND a.entity_id = f.product)),
         (SELECT CAST(substr(min(u.from_date), 1, 4) AS INTEGER) FROM uptake u WHERE u.product = f.product),
         (SELECT CAST(substr(min(a.at), 1, 4) AS INTEGER) FROM audit a WHERE a.entity_kind = 'fee' AND a.entity_id = f.product),
         1900), f.one_off, f.yearly
  FROM fee f;
DROP TABLE fee;
ALTER TABLE fee_by_year RENAME TO fee;
-- R-GEN-2: the day the records begin (none: from the first record on); at most one row.
CREATE TABLE records_from (day TEXT NOT NULL);
)sql";

// Issue 24: the chain covers the data. Each audit row holds the digests of the records its change
// produced (core/audit_records.hpp); the upgrade's own row commits to every record as it is.
constexpr const char* v11 = R"sql(
ALTER TABLE audit ADD COLUMN records TEXT NOT NULL DEFAULT '';
)sql";

// Issue 22: a member that left can rejoin (R-MEM-7). member.joined/left_on hold the current
// (latest) period; each earlier, closed period moves here, so history is never deleted.
constexpr const char* v12 = R"sql(
CREATE TABLE membership (
  id INTEGER PRIMARY KEY,
  member TEXT NOT NULL REFERENCES member(code),
  joined TEXT NOT NULL,
  left_on TEXT NOT NULL,
  CHECK (left_on >= joined)
);
CREATE INDEX membership_member ON membership(member);
)sql";

constexpr Migration all[] = {{1, v1}, {2, v2}, {3, v3}, {4, v4}, {5, v5}, {6, v6},
                             {7, v7}, {8, v8}, {9, v9}, {10, v10}, {11, v11}, {12, v12}};

}  // namespace

std::span<const Migration> migrations() { return all; }
int latest_schema_version() { return all[std::size(all) - 1].version; }

}  // namespace mbov
