// The labels of the fields only the member register emits (core/labels.hpp): sorted by field; a new
// field gets its label here and in po/nl.po.
#include "core/labels.hpp"
#include <mbov/core/i18n.hpp>

namespace mbov::member {
namespace {

constexpr Label labels[] = {
    {"city", N_("city")},
    {"confirmation_due", N_("confirmation due")},
    {"contacts", N_("contacts")},
    {"contracting_authority", N_("contracting authority")},
    {"decided_before_records", N_("decided before the records")},
    {"last_confirmed", N_("last confirmed")},
    {"phone", N_("phone")},
    {"representative", N_("representative")},
};
const LabelTable registered(labels);

}  // namespace
}  // namespace mbov::member
