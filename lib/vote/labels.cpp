// The labels of the fields only the vote area emits (core/labels.hpp): sorted by field; a new
// field gets its label here and in po/nl.po.
#include "core/labels.hpp"
#include <mbov/core/i18n.hpp>

namespace mbov::vote {
namespace {

constexpr Label labels[] = {
    {"advance_choice", N_("advance choice")},
    {"advance_members", N_("members voting in advance")},
    {"back", N_("back")},
    {"ballot", N_("ballot")},
    {"ballots", N_("ballots")},
    {"base_rule", N_("base rule")},
    {"in_person_choice", N_("in-person choice")},
    {"margin", N_("margin")},
    {"missing", N_("missing")},
    {"motion_title", N_("motion title")},
    {"other_open", N_("other open")},
    {"present_members", N_("present")},
    {"quorum", N_("quorum")},
    {"quorum_met", N_("quorum met")},
    {"repeated_by", N_("repeated by")},
    {"replaced_by", N_("replaced by")},
    {"stored", N_("stored")},
    {"threshold", N_("threshold")},
    {"voted", N_("voted")},
    {"votes", N_("votes")},
    {"withdrawals", N_("withdrawals")},
    {"withdrawn", N_("withdrawn")},
};
const LabelTable registered(labels);

}  // namespace
}  // namespace mbov::vote
