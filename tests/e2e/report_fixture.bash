# A small cooperative written straight into the database, for the report tests (the reports only
# read): sourced after common.bash; `report_fixture` makes $MBOV_DB. Today is 2026-11-25 (a
# Wednesday of ISO week 2026-W48), so the tests run with TODAY.
TODAY=(--today 2026-11-25 --now 2026-11-25T12:00:00+01:00)

report_fixture() {
  "$MBOV" --now 2026-01-05T10:00 init >/dev/null 2>&1 || fail "init failed"
  sqlite3 -bail "$MBOV_DB" <<'SQL' || fail "the fixture's SQL failed"
INSERT INTO member (code, name, city, contracting_authority, joined, left_on) VALUES
  ('25LZ', 'ROC Voorbeeld', 'Utrecht', 1, '2020-01-01', NULL),
  ('30AB', 'Noorderpoort Voorbeeld', 'Groningen', 1, '2021-05-01', NULL),
  ('99ZZ', 'Vertrokken College', 'Zwolle', 1, '2020-01-01', '2026-03-31');
INSERT INTO uptake (member, product, from_date, until) VALUES
  ('25LZ', 'CAMBO', '2020-01-01', NULL), ('25LZ', 'VVA', '2022-01-01', NULL),
  ('30AB', 'CAMBO', '2021-05-01', NULL), ('99ZZ', 'CAMBO', '2020-01-01', '2026-03-31');
INSERT INTO confirmation (member, on_date) VALUES ('25LZ', '2025-12-10'), ('30AB', '2025-11-01');
INSERT INTO person (id, name, email) VALUES
  (1, 'Fenna Gegevens', 'fg@example.nl'), (2, 'Bert Bestuur', 'bert@example.nl'), (3, 'Carla Contact', 'carla@example.nl');
INSERT INTO officer (person, from_date) VALUES (1, '2024-01-01');
INSERT INTO board_seat (id, person, from_date) VALUES (1, 2, '2026-06-15');
INSERT INTO board_chair (seat, from_date) VALUES (1, '2026-06-15');
INSERT INTO supplier (id, name) VALUES (1, 'Leverancier BV'), (2, 'Oude Leverancier NV');
INSERT INTO certificate (supplier, standard, valid_from, valid_until, evidence) VALUES
  (1, 'ISO27001', '2024-01-16', '2027-01-15', 'cert-2024-001'),
  (1, 'ISO27001', '2021-01-16', '2024-01-15', 'cert-2021-001'),
  (2, 'ISAE3000', '2025-12-31', '2026-12-31', 'isae-2025; "typ II", <b>');
INSERT INTO contract (id, product, supplier, start, base_years, extensions, extension_years, notice_months, tender) VALUES
  (1, 'CAMBO', 1, '2023-01-01', 4, 2, 2, 6, 'T-2022-01'),
  (2, 'VVA', 2, '2020-03-01', 4, 2, 2, 6, 'T-2019-07');
INSERT INTO extension (contract, on_date) VALUES (2, '2023-08-01');
UPDATE contract SET terminated_on = '2026-05-01', termination_end = '2027-02-28', termination_reason = 'nieuwe aanbesteding',
  exit_plan = 'EXIT-1' WHERE id = 2;
INSERT INTO review (contract, on_date, outcome, notes) VALUES
  (1, '2025-12-01', 'compliant', NULL), (2, '2026-11-24', 'deviations', 'back-up test te laat, verbeterplan');
INSERT INTO dpia (product, kind, started, completed, outcome) VALUES
  ('CAMBO', 'periodic', '2023-11-01', '2024-01-15', 'acceptable'),
  ('VVA', 'initial', '2022-10-01', '2023-02-01', 'mitigations');
INSERT INTO processing (product, name, purpose, legal_basis, subjects, data_categories, recipients, retention, security, role, updated)
  VALUES ('CAMBO', 'Aanmeldingen', 'Aanmelden van studenten', 'art. 6(1)(e) AVG', 'aspirant-studenten',
          'NAW, geboortedatum, opleidingskeuze', 'mbo-instellingen', '2 jaar na inschrijving', 'ISO 27001-maatregelen',
          'processor', '2026-02-01');
INSERT INTO meeting (id, kind, date, title) VALUES
  (1, 'av', '2026-06-15', 'AV juni'), (2, 'av', '2026-11-24', 'AV november'), (3, 'av', '2026-12-10', 'AV december');
INSERT INTO attendance (meeting, member, since) VALUES
  (2, '25LZ', '2026-11-24T18:00:00Z'), (2, '30AB', '2026-11-24T18:00:00Z');
INSERT INTO motion (id, meeting, title, kind, closed_at) VALUES
  (1, 1, 'Jaarrekening 2025', 'budget', '2026-06-15T19:00:00Z'),
  (2, 2, 'Begroting 2027', 'budget', '2026-11-24T19:30:00Z');
INSERT INTO ballot (motion, member, choice, cast_at) VALUES
  (2, '25LZ', 'yes', '2026-11-24T19:00:00Z'), (2, '30AB', 'yes', '2026-11-24T19:05:00Z');
-- History for the chart: two to four incidents a week over the twelve weeks before W48.
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 35)
INSERT INTO incident (kind, title, product, priority, status, opened, respond_by, resolve_by, acknowledged_at, resolved_at)
SELECT CASE i % 5 WHEN 0 THEN 'disruption' WHEN 1 THEN 'change' WHEN 2 THEN 'access' WHEN 3 THEN 'disruption' ELSE 'backup' END,
       'Historie ' || i, CASE i % 2 WHEN 0 THEN 'CAMBO' ELSE 'VVA' END, 3, 'closed',
       strftime('%Y-%m-%dT%H:%M:%SZ', '2026-09-01T09:00:00', '+' || (i * 2 + i % 3) || ' days'),
       strftime('%Y-%m-%dT%H:%M:%SZ', '2026-09-01T17:00:00', '+' || (i * 2 + i % 3) || ' days'),
       strftime('%Y-%m-%dT%H:%M:%SZ', '2026-09-04T09:00:00', '+' || (i * 2 + i % 3) || ' days'),
       strftime('%Y-%m-%dT%H:%M:%SZ', '2026-09-01T10:00:00', '+' || (i * 2 + i % 3) || ' days'),
       strftime('%Y-%m-%dT%H:%M:%SZ', '2026-09-02T10:00:00', '+' || (i * 2 + i % 3) || ' days')
FROM n;
-- The week 2026-W48 (Monday 2026-11-23 00:00 local = 2026-11-22T23:00:00Z).
INSERT INTO incident (id, kind, title, product, member, priority, status, opened, respond_by, resolve_by, acknowledged_at,
                      resolved_at, escalation, authority_deadline) VALUES
  (101, 'disruption', 'Aanmelden traag', 'CAMBO', '25LZ', 1, 'resolved', '2026-11-23T08:00:00Z', '2026-11-23T09:00:00Z',
   '2026-11-23T12:00:00Z', '2026-11-23T10:00:00Z', '2026-11-23T11:30:00Z', 'tactical', NULL),
  (102, 'change', 'Nieuw veld vooropleiding', 'VVA', '30AB', 3, 'in-progress', '2026-11-24T09:00:00Z', '2026-11-24T17:00:00Z',
   '2026-11-27T09:00:00Z', '2026-11-24T10:00:00Z', NULL, 'operational', NULL),
  (103, 'breach', 'Lijst met aanmelders gemaild aan verkeerde school', 'CAMBO', '25LZ', 1, 'acknowledged',
   '2026-11-24T13:00:00Z', '2026-11-24T14:00:00Z', '2026-11-24T17:00:00Z', '2026-11-24T13:30:00Z', NULL, 'strategic',
   '2026-11-27T13:00:00Z'),
  (104, 'access', 'Rechten, oud account', 'CAMBO', NULL, 4, 'new', '2026-11-16T09:00:00Z', '2026-11-17T09:00:00Z',
   '2026-11-26T09:00:00Z', NULL, NULL, 'operational', NULL);
INSERT INTO incident_event (incident, at, actor, kind, detail) VALUES
  (101, '2026-11-23T09:30:00Z', 'manager', 'escalation', 'operational → tactical'),
  (103, '2026-11-24T14:00:00Z', 'manager', 'escalation', 'tactical → strategic');
INSERT INTO audit (at, actor, command, entity_kind, entity_id, action, details, details_digest, prev_hash, hash) VALUES
  ('2026-11-24T10:00:00Z', 'manager', 'member contact add', 'contact', '7', 'add', '{}', '', '', '');
SQL
}
