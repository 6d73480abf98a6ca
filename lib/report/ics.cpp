// The deadline calendar as an iCalendar feed (RFC 5545).
#include <fmt/format.h>

#include <mbov/core/database.hpp>
#include <mbov/report/report.hpp>
#include <mbov/version.hpp>

namespace mbov::report {
namespace {

// §3.3.11: backslash, semicolon and comma escaped, a line break as \n.
std::string ics_text(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == ';' || c == ',') out += {'\\', c};
    else if (c == '\n') out += "\\n";
    else if (c != '\r') out += c;
  }
  return out;
}

// §3.1: a content line longer than 75 octets continues on the next line after CRLF and a space,
// never inside a UTF-8 sequence.
void line(std::string& out, std::string_view content) {
  std::size_t width = 75;  // octets on this physical line, the leading space of a continuation included
  while (content.size() > width) {
    std::size_t cut = width;
    while (cut > 0 && (static_cast<unsigned char>(content[cut]) & 0xC0) == 0x80) --cut;
    out.append(content.substr(0, cut)).append("\r\n ");
    content.remove_prefix(cut);
    width = 74;
  }
  out.append(content).append("\r\n");
}

std::string ics_date(Date d) {
  std::string s = d.str();
  return s.substr(0, 4) + s.substr(5, 2) + s.substr(8, 2);
}

// §3.3.5 form 2, UTC: 20261125T110000Z.
std::string ics_utc(Timestamp t) {
  const std::string utc = t.utc();  // 2026-11-25T11:00:00Z
  return ics_date(t.utc_date()) + 'T' + utc.substr(11, 2) + utc.substr(14, 2) + utc.substr(17, 2) + 'Z';
}

// §3.3.6: an alarm at `at`, before the event's start `due`: -PT14H24M (whole minutes, rounded
// up: it never rings after the warning has begun).
std::string moment_trigger(Timestamp at, Timestamp due) {
  const long long minutes = (at.seconds_until(due) + 59) / 60;
  return fmt::format("TRIGGER;RELATED=START:-PT{}H{}M", minutes / 60, minutes % 60);
}

}  // namespace

std::string to_ics(Session& s, const std::vector<Deadline>& deadlines) {
  std::string out;
  const std::string stamp = ics_utc(s.now);
  line(out, "BEGIN:VCALENDAR");
  line(out, "VERSION:2.0");
  line(out, fmt::format("PRODID:-//Cooperatie MBO Voorzieningen//mbov {}//EN", version));
  line(out, "CALSCALE:GREGORIAN");
  line(out, "METHOD:PUBLISH");
  line(out, "X-WR-CALNAME:mbov deadlines");  // English like the events: ics is a data format
  const std::string id = database_id(s);
  // An alarm when the deadline starts to warn: a day's calendar_alarm_days before it; a moment's
  // (a breach's) at R-INC-3's share of its time, in hours and minutes before it. None for what is
  // overdue already: the alarm would only ring for the past.
  const std::string day_trigger = fmt::format("TRIGGER;RELATED=START:-P{}D", s.policy.report.calendar_alarm_days);
  for (const Deadline& d : deadlines) {
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + ics_text(id + '-' + d.uid));
    line(out, "DTSTAMP:" + stamp);
    if (d.due_at) {  // a moment: an event of no duration at that time (§3.6.1)
      line(out, "DTSTART:" + ics_utc(*d.due_at));
      line(out, "DURATION:PT0S");
    } else {  // a day: an all-day event
      line(out, "DTSTART;VALUE=DATE:" + ics_date(d.date));
      line(out, "DTEND;VALUE=DATE:" + ics_date(d.date.plus_days(1)));
    }
    line(out, "SUMMARY:" + ics_text(english(d.title)));
    line(out, "DESCRIPTION:" + ics_text(fmt::format("{} ({}), {}: {}", english(d.subject), d.rule, status_name(d.status), english(d.title))));
    line(out, "CATEGORIES:" + ics_text(d.kind));
    line(out, "TRANSP:TRANSPARENT");
    if (d.status != DeadlineStatus::overdue) {
      line(out, "BEGIN:VALARM");
      line(out, "ACTION:DISPLAY");
      line(out, "DESCRIPTION:" + ics_text(english(d.title)));
      line(out, d.due_at && d.warn_at ? moment_trigger(*d.warn_at, *d.due_at) : day_trigger);
      line(out, "END:VALARM");
    }
    line(out, "END:VEVENT");
  }
  line(out, "END:VCALENDAR");
  return out;
}

}  // namespace mbov::report
