// The labels of the fields only the gov area emits (core/labels.hpp): sorted by field; a new
// field gets its label here and in po/nl.po.
#include "core/labels.hpp"
#include <mbov/core/i18n.hpp>

namespace mbov::gov {
namespace {

constexpr Label labels[] = {
    {"author", N_("author")},
    {"contact", N_("contact")},
    {"deputy", N_("deputy")},
    {"deputy_name", N_("deputy name")},
    {"in_force", N_("in force")},
    {"in_force_since", N_("in force since")},
    {"number", N_("number")},
    {"scope", N_("scope")},
};
const LabelTable registered(labels);

}  // namespace
}  // namespace mbov::gov
