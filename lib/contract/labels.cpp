// The labels of the fields only the contract area emits (core/labels.hpp): sorted by field; a new
// field gets its label here and in po/nl.po.
#include "core/labels.hpp"
#include <mbov/core/i18n.hpp>

namespace mbov::contract {
namespace {

constexpr Label labels[] = {
    {"base_years", N_("base years")},
    {"certificates", N_("certificates")},
    {"certified_until", N_("certified until")},
    {"contracts", N_("contracts")},
    {"deviates", N_("deviates")},
    {"deviation_reason", N_("deviation reason")},
    {"equivalence", N_("equivalence")},
    {"exit_plan", N_("exit plan")},
    {"extension", N_("extension")},
    {"extension_history", N_("extension history")},
    {"extension_years", N_("extension years")},
    {"extensions", N_("extensions")},
    {"extensions_left", N_("extensions left")},
    {"extensions_used", N_("extensions used")},
    {"last_review", N_("last review")},
    {"late", N_("late")},
    {"max_end", N_("max end")},
    {"next_review", N_("next review")},
    {"notice_date", N_("notice date")},
    {"notice_months", N_("notice months")},
    {"of", N_("of")},
    {"review", N_("review")},
    {"start", N_("start")},
    {"supplier_id", N_("supplier id")},
    {"tender", N_("tender")},
    {"terminated_on", N_("terminated on")},
    {"termination_reason", N_("termination reason")},
};
const LabelTable registered(labels);

}  // namespace
}  // namespace mbov::contract
