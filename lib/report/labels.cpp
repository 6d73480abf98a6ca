// The labels of the fields only the reports emit (core/labels.hpp): sorted by field; a new
// field gets its label here and in po/nl.po.
#include "core/labels.hpp"
#include <mbov/core/i18n.hpp>

namespace mbov::report {
namespace {

constexpr Label labels[] = {
    {"ahead", N_("ahead")},
    {"audit_head", N_("audit head")},
    {"board_changes", N_("board changes")},
    {"breaches", N_("breaches")},
    {"certificate", N_("certificate")},
    {"certificate_until", N_("certificate until")},
    {"certificates_valid", N_("certificates valid")},
    {"chair_name", N_("chair")},
    {"changes", N_("changes")},
    {"contract", N_("contract")},
    {"contract_end", N_("contract end")},
    {"contract_status", N_("contract status")},
    {"deadline", N_("deadline")},
    {"decisions", N_("decisions")},
    {"done", N_("done")},
    {"dpia_due", N_("DPIA due")},
    {"dpia_outcome", N_("DPIA outcome")},
    {"dpias", N_("DPIAs")},
    {"escalated", N_("escalated")},
    {"escalations", N_("escalations")},
    {"first", N_("first")},
    {"generated", N_("generated")},
    {"in_time", N_("in time")},
    {"incidents_opened", N_("incidents opened")},
    {"incidents_resolved", N_("incidents resolved")},
    {"issued_on", N_("issued on")},
    {"issued_to", N_("issued to")},
    {"lapsed", N_("lapsed")},
    {"last", N_("last")},
    {"last_dpia", N_("last DPIA")},
    {"left_at", N_("left at")},
    {"meetings", N_("meetings")},
    {"member_changes", N_("member changes")},
    {"members", N_("members")},
    {"next_due", N_("next due")},
    {"no_risk_at", N_("no risk at")},
    {"officer", N_("officer")},
    {"officer_email", N_("officer e-mail")},
    {"officer_since", N_("officer since")},
    {"open_incidents", N_("open incidents")},
    {"present_since", N_("present since")},
    {"products", N_("products")},
    {"register_changes", N_("register changes")},
    {"section", N_("section")},
    {"sla_misses", N_("SLA misses")},
    {"sla_percent", N_("SLA percent")},
    {"state", N_("state")},
    {"step", N_("step")},
    {"to", N_("to")},
    {"today", N_("today")},
    {"uid", N_("UID")},
    {"upcoming", N_("upcoming")},
    {"voting_closed", N_("voting closed")},
    {"week", N_("week")},
};
const LabelTable registered(labels);

}  // namespace
}  // namespace mbov::report
