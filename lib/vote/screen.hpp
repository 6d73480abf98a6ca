#pragma once
// `vote screen`: a meeting as the room sees it on the projector. The state is read from the
// records with the vote area's own functions (view_motion: the result stored at the close, the
// count so far while open), never decided again here; screen_page.cpp turns it into one
// self-contained HTML page, `to_object` into the JSON state.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <mbov/core/export.hpp>
#include <mbov/vote/vote.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov::vote {

struct ScreenMember {
  std::string member;
  std::string name;
};

// R-VOTE-10: a member that left the meeting; `back` when it is present again.
struct Departure {
  ScreenMember who;
  Timestamp at;
  std::optional<std::string> reason;
  bool back = false;
};

// R-VOTE-10: a ballot withdrawn before the close.
struct Withdrawal {
  std::int64_t ballot = 0, motion = 0;
  ScreenMember who;
  Timestamp at;
  std::optional<std::string> reason;
};

struct Screen {
  Meeting meeting;
  std::optional<std::string> chair;  // the board's chair on the meeting's day
  std::vector<ScreenMember> present;
  std::vector<ScreenMember> advance;  // not present, with an advance ballot that counts on a motion
  std::vector<MotionView> motions;    // in the order they were put on the agenda
  std::vector<Withdrawal> withdrawals;
  std::vector<Departure> departures;
};
// Exit::data for an unknown meeting.
Screen screen(Session& s, std::int64_t meeting);

// How the page is shown: names of the members only when asked (--names); `live` adds the script
// that follows the server's events (--once leaves it out).
struct ScreenOptions {
  bool names = false;
  bool live = false;
};

// The JSON state (documented in mbov-vote(1)): meeting, date, kind, title, chair, present,
// advance (counts), present_members and advance_members (with names only), motions, withdrawals,
// left. A closed motion is `vote show --format json` without its named votes; an open one gives
// only how many of its base have voted (never its split before the close).
Object to_object(const Screen& st, const ScreenOptions& how);

// The whole page: inline style, no external asset; with `live` an inline script that replaces
// the part inside <main> with each event of GET /events.
std::string screen_page(const Screen& st, const ScreenOptions& how);
// What goes inside <main>: the part an event replaces.
std::string screen_main(const Screen& st, const ScreenOptions& how);
// The Content-Security-Policy of the page: no source but its own inline style and, when live,
// its one inline script (by its hash) and its events.
std::string screen_policy(bool live);

}  // namespace mbov::vote

MBOV_PUBLIC_END
