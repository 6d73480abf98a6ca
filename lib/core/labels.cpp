// The label table: what people read for a field name in table, text and markdown output and in
// the reports (output.hpp, label()). A field not in it shows its name with spaces for underscores;
// a count, `X_count`, reads as X does (the JSON key says it is a number, people see the column).
// Core holds the mechanism and the labels of the fields that core or several areas emit; a field
// of one area has its label in that area's labels.cpp (core/labels.hpp). Each table is sorted by
// field (binary search); a new field gets its label there and in po/nl.po.
#include <algorithm>
#include <iterator>
#include <span>
#include <string_view>
#include <vector>

#include "core/labels.hpp"
#include <mbov/core/i18n.hpp>
#include <mbov/core/output.hpp>

namespace mbov {
namespace {

constexpr Label labels[] = {
    {"abstain", N_("abstain")},
    {"access", N_("access")},
    {"action", N_("action")},
    {"active", N_("active")},
    {"actor", N_("actor")},
    {"adopted", N_("adopted")},
    {"advance", N_("advance")},
    {"all_members", N_("all members")},
    {"approved", N_("approved")},
    {"approved_on", N_("approved on")},
    {"area", N_("area")},
    {"at", N_("at")},
    {"audit", N_("audit")},
    {"audit_rows_erased", N_("audit rows erased")},
    {"authority_deadline", N_("authority deadline")},
    {"authority_notified", N_("authority notified")},
    {"backup", N_("backup")},
    {"base", N_("base")},
    {"board", N_("board")},
    {"breach", N_("breach")},
    {"budget", N_("budget")},
    {"budgeted", N_("budgeted")},
    {"cast", N_("cast")},
    {"chair", N_("chair")},
    {"check", N_("check")},
    {"choice", N_("choice")},
    {"closed", N_("closed")},
    {"code", N_("code")},
    {"command", N_("command")},
    {"completed", N_("completed")},
    {"consensus", N_("consensus")},
    {"contact_list", N_("contacts")},
    {"controller", N_("controller")},
    {"data_categories", N_("data categories")},
    {"date", N_("date")},
    {"days", N_("days")},
    {"decision", N_("decision")},
    {"description", N_("description")},
    {"detail", N_("detail")},
    {"details", N_("details")},
    {"disruption", N_("disruption")},
    {"due", N_("due")},
    {"due_at", N_("due at")},
    {"email", N_("e-mail")},
    {"end", N_("end")},
    {"ended", N_("ended")},
    {"ending", N_("ending")},
    {"entity_id", N_("entity id")},
    {"entity_kind", N_("entity kind")},
    {"erased", N_("erased")},
    {"escalation", N_("escalation")},
    {"event", N_("event")},
    {"evidence", N_("evidence")},
    {"file", N_("file")},
    {"findings", N_("findings")},
    {"from", N_("from")},
    {"from_version", N_("from version")},
    {"group", N_("group")},
    {"handover_days", N_("handover days")},
    {"handover_system", N_("handover system")},
    {"history", N_("history")},
    {"id", N_("ID")},
    {"incidents", N_("incidents")},
    {"incidents_per_week", N_("incidents per week")},
    {"initial", N_("initial")},
    {"joined", N_("joined")},
    {"key", N_("key")},
    {"kind", N_("kind")},
    {"left", N_("left")},
    {"legal_basis", N_("legal basis")},
    {"line", N_("line")},
    {"measures", N_("measures")},
    {"meeting", N_("meeting")},
    {"member", N_("member")},
    {"members_notified", N_("members notified")},
    {"message", N_("message")},
    {"motion", N_("motion")},
    {"motions", N_("motions")},
    {"name", N_("name")},
    {"new", N_("new")},
    {"no", N_("no")},
    {"no_objection", N_("no objection")},
    {"note", N_("note")},
    {"notes", N_("notes")},
    {"ok", N_("ok")},
    {"on", N_("on")},
    {"one_off", N_("one-off")},
    {"opened", N_("opened")},
    {"operational", N_("operational")},
    {"ordinary", N_("ordinary")},
    {"origin", N_("origin")},
    {"outcome", N_("outcome")},
    {"pdc", N_("PDC")},
    {"percent", N_("percent")},
    {"periodic", N_("periodic")},
    {"person", N_("person")},
    {"present", N_("present")},
    {"present_count", N_("present count")},
    {"present_or_advance", N_("present or advance")},
    {"priority", N_("priority")},
    {"processor", N_("processor")},
    {"product", N_("product")},
    {"purpose", N_("purpose")},
    {"reason", N_("reason")},
    {"recipients", N_("recipients")},
    {"remaining", N_("remaining")},  // a budget's "left" as people read it (core/words.cpp)
    {"repeats", N_("repeats")},
    {"required", N_("required")},
    {"resolve_by", N_("resolve by")},
    {"resolved", N_("resolved")},
    {"resolved_in_time", N_("resolved in time")},
    {"responded_in_time", N_("responded in time")},
    {"retention", N_("retention")},
    {"reviews", N_("reviews")},
    {"role", N_("role")},
    {"rows", N_("rows")},
    {"rule", N_("rule")},
    {"schema_version", N_("schema version")},
    {"security", N_("security")},
    {"severity", N_("severity")},
    {"sha256", N_("SHA-256")},
    {"since", N_("since")},
    {"source", N_("source")},
    {"spent", N_("spent")},
    {"standard", N_("standard")},
    {"started", N_("started")},
    {"status", N_("status")},
    {"strategic", N_("strategic")},
    {"subject", N_("subject")},
    {"subjects", N_("subjects")},
    {"subjects_notified", N_("subjects notified")},
    {"summary", N_("summary")},
    {"supplier", N_("supplier")},
    {"tactical", N_("tactical")},
    {"text", N_("text")},
    {"title", N_("title")},
    {"to_version", N_("to version")},
    {"total", N_("total")},
    {"unanimous", N_("unanimous")},
    {"until", N_("until")},
    {"valid", N_("valid")},
    {"valid_from", N_("valid from")},
    {"valid_until", N_("valid until")},
    {"value", N_("value")},
    {"whole", N_("whole")},
    {"witnessed", N_("witnessed")},
    {"year", N_("year")},
    {"yearly", N_("yearly")},
    {"yes", N_("yes")},
};

// Core's table first, then each area's as it registered at start-up.
std::vector<std::span<const Label>>& tables() {
  static std::vector<std::span<const Label>> all{labels};
  return all;
}

}  // namespace

LabelTable::LabelTable(std::span<const Label> sorted) { tables().push_back(sorted); }

std::string label(std::string_view field) {
  for (const std::span<const Label> table : tables()) {
    const auto it = std::lower_bound(table.begin(), table.end(), field,
                                     [](const Label& l, std::string_view f) { return l.field < f; });
    if (it != table.end() && it->field == field) return tr(it->text);
  }
  if (field.ends_with("_count")) return label(field.substr(0, field.size() - 6));
  std::string text(field);
  std::replace(text.begin(), text.end(), '_', ' ');
  return text;
}

}  // namespace mbov
