// The closed-set values people read (a vote choice, an incident kind or status, an escalation
// level, a role, a legal basis ...): their words in the language of the output (people_word; rows
// and numbers are core/people_words.cpp's). The data formats (json, csv, tsv) keep the values
// scripts read; table, text, markdown and html show these words. This file needs i18n alone, so
// policy_gen links it for a Message's closed-set words.
// A value's message is "set|value" so that one English word of two sets can read differently in
// Dutch (a legal basis "contract" is an overeenkomst); in English the value itself is shown.
#include <string>
#include <string_view>

#include <mbov/core/i18n.hpp>
#include <mbov/core/output.hpp>

namespace mbov {
namespace {

struct Word {
  std::string_view fields;  // the fields that hold this set's values, space-separated
  std::string_view value;
  const char* text;  // "set|value", translated where shown
};

constexpr std::string_view choices = "choice advance_choice in_person_choice";
constexpr std::string_view roles = "role";

constexpr Word words[] = {
    // the areas of `mbov check`, before a finding's subject
    {"area", "member", N_("check area|member")},
    {"area", "vote", N_("check area|vote")},
    {"area", "contract", N_("check area|contract")},
    {"area", "incident", N_("check area|incident")},
    {"area", "dpia", N_("check area|dpia")},
    {"area", "budget", N_("check area|budget")},
    {"area", "gov", N_("check area|gov")},
    {choices, "yes", N_("vote choice|yes")},
    {choices, "no", N_("vote choice|no")},
    {choices, "abstain", N_("vote choice|abstain")},
    // incident kinds (R-INC), DPIA kinds, budget kinds, motion and meeting kinds, document kinds,
    // and the registers' kinds of the weekly report's changes
    {"kind", "disruption", N_("incident kind|disruption")},
    {"kind", "change", N_("incident kind|change")},
    {"kind", "backup", N_("incident kind|backup")},
    {"kind", "problem", N_("incident kind|problem")},
    {"kind", "access", N_("incident kind|access")},
    {"kind", "breach", N_("incident kind|breach")},
    {"kind", "initial", N_("DPIA kind|initial")},
    {"kind", "periodic", N_("DPIA kind|periodic")},
    {"kind", "audit", N_("DPIA kind|audit")},
    {"kind", "investment", N_("budget kind|investment")},
    {"kind", "running", N_("budget kind|running")},
    {"kind", "ordinary", N_("motion kind|ordinary")},
    {"kind", "pdc", N_("motion kind|pdc")},
    {"kind", "budget", N_("motion kind|budget")},
    {"kind", "board", N_("motion kind|board")},
    {"kind", "av", N_("meeting kind|av")},
    {"kind", "dap", N_("document kind|dap")},
    {"kind", "statutes", N_("document kind|statutes")},
    {"kind", "regulation", N_("document kind|regulation")},
    {"kind", "breach-protocol", N_("document kind|breach-protocol")},
    {"kind", "fg-regulation", N_("document kind|fg-regulation")},
    {"kind", "vision", N_("document kind|vision")},
    {"kind", "member", N_("register|member")},
    {"kind", "contact", N_("register|contact")},
    {"kind", "uptake", N_("register|uptake")},
    {"kind", "board_seat", N_("register|board_seat")},
    {"kind", "processing", N_("register|processing")},
    {"kind", "officer", N_("register|officer")},
    {"kind", "person", N_("register|person")},
    {"kind", "role", N_("register|role")},
    {"kind", "supplier", N_("register|supplier")},
    {"kind", "certificate", N_("register|certificate")},
    {"kind", "contract", N_("register|contract")},
    {"kind", "product", N_("register|product")},
    {"kind", "budget_line", N_("register|budget_line")},
    {"kind", "spending", N_("register|spending")},
    {"kind", "plan", N_("register|plan")},
    {"kind", "fee", N_("register|fee")},
    {"kind", "document_version", N_("register|document_version")},
    {"kind", "dpia", N_("register|dpia")},
    {"kind", "group_member", N_("register|group_member")},
    {"kind", "group_decision", N_("register|group_decision")},
    // what a register change did (the weekly report, the audit log)
    {"action", "add", N_("action|add")},
    {"action", "appoint", N_("action|appoint")},
    {"action", "chair", N_("action|chair")},
    {"action", "leave", N_("action|leave")},
    {"action", "remove", N_("action|remove")},
    {"action", "confirm", N_("action|confirm")},
    {"action", "edit", N_("action|edit")},
    {"action", "end", N_("action|end")},
    {"action", "erase", N_("action|erase")},
    {"action", "extend", N_("action|extend")},
    {"action", "review", N_("action|review")},
    {"action", "terminate", N_("action|terminate")},
    {"action", "set", N_("action|set")},
    {"action", "join", N_("action|join")},
    {"action", "approve", N_("action|approve")},
    {"action", "approved", N_("action|approved")},
    {"action", "complete", N_("action|complete")},
    // incident statuses, motion and DPIA statuses, contract statuses, document statuses
    {"status", "new", N_("status|new")},
    {"status", "acknowledged", N_("status|acknowledged")},
    {"status", "in-progress", N_("status|in-progress")},
    {"status", "resolved", N_("status|resolved")},
    {"status", "closed", N_("status|closed")},
    {"status", "open", N_("status|open")},
    {"status", "completed", N_("status|completed")},
    {"status contract_status", "planned", N_("contract status|planned")},
    {"status contract_status", "active", N_("contract status|active")},
    {"status contract_status", "ending", N_("contract status|ending")},
    {"status contract_status", "ended", N_("contract status|ended")},
    {"status", "draft", N_("document status|draft")},
    {"status", "for-approval", N_("document status|for-approval")},
    {"status", "approved", N_("document status|approved")},
    {"escalation", "operational", N_("escalation|operational")},
    {"escalation", "tactical", N_("escalation|tactical")},
    {"escalation", "strategic", N_("escalation|strategic")},
    // the events of an incident's timeline
    {"event", "opened", N_("incident event|opened")},
    {"event", "status", N_("incident event|status")},
    {"event", "escalation", N_("incident event|escalation")},
    {"event", "note", N_("incident event|note")},
    {"event", "link", N_("incident event|link")},
    {"event", "notification", N_("incident event|notification")},
    {"event", "problem-holder", N_("incident event|problem-holder")},
    {"route group", "expert-group", N_("group|expert-group")},
    {"route group", "working-group", N_("group|working-group")},
    {"route group", "community", N_("group|community")},
    {"outcome dpia_outcome", "acceptable", N_("DPIA outcome|acceptable")},
    {"outcome dpia_outcome", "mitigations", N_("DPIA outcome|mitigations")},
    {"outcome dpia_outcome", "high-risk", N_("DPIA outcome|high-risk")},
    {"outcome", "compliant", N_("review outcome|compliant")},
    {"outcome", "deviations", N_("review outcome|deviations")},
    {"legal_basis", "consent", N_("legal basis|consent")},
    {"legal_basis", "contract", N_("legal basis|contract")},
    {"legal_basis", "legal-obligation", N_("legal basis|legal-obligation")},
    {"legal_basis", "vital-interests", N_("legal basis|vital-interests")},
    {"legal_basis", "public-task", N_("legal basis|public-task")},
    {"legal_basis", "legitimate-interests", N_("legal basis|legitimate-interests")},
    {roles, "contact", N_("role|contact")},
    {roles, "representative", N_("role|representative")},
    {roles, "general-manager", N_("role|general-manager")},
    {roles, "product-owner", N_("role|product-owner")},
    {roles, "fg", N_("role|fg")},
    {roles, "mailbox-owner", N_("role|mailbox-owner")},
    {roles, "functional-manager", N_("role|functional-manager")},
    {roles, "controller", N_("role|controller")},  // the cooperative's role in a processing
    {roles, "processor", N_("role|processor")},
    {"standard", "OTHER", N_("certificate standard|OTHER")},  // an equivalent the policy names
    // the vote's policy
    {"base_rule base consensus", "present_or_advance", N_("vote base|present_or_advance")},
    {"base_rule base consensus", "cast", N_("vote base|cast")},
    {"base_rule base consensus", "all_members", N_("vote base|all_members")},
    {"base_rule base consensus", "no_objection", N_("consensus|no_objection")},
    {"base_rule base consensus", "unanimous", N_("consensus|unanimous")},
};

bool holds(std::string_view fields, std::string_view field) {
  while (!fields.empty()) {
    const std::size_t space = fields.find(' ');
    if (fields.substr(0, space) == field) return true;
    if (space == std::string_view::npos) break;
    fields.remove_prefix(space + 1);
  }
  return false;
}

}  // namespace

std::string people_word(std::string_view field, std::string_view value) {
  if (language() == Language::en) return std::string(value);
  for (const Word& w : words)
    if (w.value == value && holds(w.fields, field)) {
      const char* shown = tr(w.text);
      return shown == w.text ? std::string(value) : shown;
    }
  return std::string(value);
}

}  // namespace mbov
