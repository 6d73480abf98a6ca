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

// A random id of this database, made once: the iCalendar feed puts it in every UID, so the
// deadlines of two databases never collide in one calendar.
constexpr const char* v9 = R"sql(
CREATE TABLE instance (id TEXT NOT NULL CHECK (length(id) = 32));
INSERT INTO instance (id) VALUES (lower(hex(randomblob(16))));
)sql";

constexpr Migration all[] = {{1, v1}, {9, v9}};

}  // namespace

std::span<const Migration> migrations() { return all; }
int latest_schema_version() { return all[std::size(all) - 1].version; }

}  // namespace mbov
