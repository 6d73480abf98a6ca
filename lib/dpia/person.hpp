#pragma once
// People: the one place where mbov keeps personal data (name, e-mail, phone), and its erasure
// (R-DPIA-5), which every area's person rows answer to.
#include <cstdint>
#include <optional>
#include <string>

#include <mbov/core/dates.hpp>
#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {
class Session;
}

namespace mbov::dpia {

// R-DPIA-5: what still needs a person's data on `today`, in words ("board seat 3", "role 4
// (product-owner CAMBO)"): a contact role, a board seat, a governance role held or deputised (the
// data protection officer's, fg, included) or a group membership that has not ended by then, or
// starts later. nullopt when nothing does.
std::optional<std::string> still_needed(Session& s, std::int64_t person_id, Date today);

// R-DPIA-5: erases a person's name, e-mail and phone everywhere, the audit details of the person's
// own records (the person, its contact roles) included, while the audit chain stays whole. Exit::data when there is no such person; erasing an erased
// person changes nothing. Call scrub_free_pages after the commit.
void erase_person(Session& s, std::int64_t person_id);

// After a committed erasure: checkpoints and truncates the write-ahead log, so no old copy of the
// erased data stays in the database's files (secure_delete zeroes the freed space itself). SQLite
// waits up to the busy timeout for other connections to finish; false when one still kept the
// checkpoint from completing then.
bool try_scrub_free_pages(Session& s);
// The same, but Exit::tempfail (75) when it could not complete.
void scrub_free_pages(Session& s);

}  // namespace mbov::dpia

MBOV_PUBLIC_END
