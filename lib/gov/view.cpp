// The gov area's records as output objects (the output edge).
#include <mbov/core/output.hpp>
#include <mbov/gov/gov.hpp>

namespace mbov::gov {

Object to_object(const Version& v) {
  return Object()
      .add("id", v.id)
      .add("kind", document_kind_name(v.kind))
      .add("number", v.number)
      .add("date", v.date)
      .add("status", document_status_name(v.status))
      .add("author", v.author)
      .add("description", v.description)
      .add("file", v.file)
      .add("sha256", v.sha256)
      .add("motion", v.motion)
      .add("decision", v.decision)
      .add("approved_on", date_value(v.approved_on));
}

Object history_object(DocumentKind kind, const std::vector<Version>& history) {
  const std::optional<Version> current = in_force(history);
  Array rows;
  for (const Version& v : history) rows.emplace_back(to_object(v));
  return Object()
      .add("kind", document_kind_name(kind))
      .add("in_force", current ? Value(current->number) : Value())
      .add("in_force_since", current ? date_value(current->approved_on) : Value())
      .add("history", std::move(rows));
}

Object to_object(const Holder& h) {
  return Object()
      .add("id", h.id)
      .add("role", role_name(h.role))
      .add("scope", h.scope.empty() ? Value() : Value(h.scope))
      .add("person", h.person)
      .add("name", h.name)
      .add("email", h.email)
      .add("deputy", h.deputy)
      .add("deputy_name", h.deputy_name)
      .add("from", h.from)
      .add("until", date_value(h.until));
}

Object to_object(const GroupMember& m) {
  return Object()
      .add("id", m.id)
      .add("group", m.group)
      .add("contact", m.contact)
      .add("member", m.member)
      .add("name", m.name)
      .add("from", m.from.str())
      .add("until", date_value(m.until));
}

}  // namespace mbov::gov
