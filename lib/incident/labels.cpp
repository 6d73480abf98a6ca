// The labels of the fields only the incident area emits (core/labels.hpp): sorted by field; a new
// field gets its label here and in po/nl.po.
#include "core/labels.hpp"
#include <mbov/core/i18n.hpp>

namespace mbov::incident {
namespace {

constexpr Label labels[] = {
    {"acknowledged", N_("acknowledged")},
    {"av_decision_needed", N_("AV decision needed")},
    {"fundamental", N_("fundamental")},
    {"late_reason", N_("late reason")},
    {"no_risk", N_("no risk")},
    {"no_risk_reason", N_("no risk reason")},
    {"problem", N_("problem")},
    {"problem_holder", N_("problem holder")},
    {"reporter", N_("reporter")},
    {"respond_by", N_("respond by")},
    {"route", N_("route")},
    {"timeline", N_("timeline")},
};
const LabelTable registered(labels);

}  // namespace
}  // namespace mbov::incident
