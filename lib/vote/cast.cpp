// Ballots: in person or in advance (R-VOTE-2, 5, 6), one at a time or from a CSV file, and
// withdrawn before the close (R-VOTE-10).
#include <fmt/format.h>
#include <mbov/core/msg.hpp>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/output.hpp>
#include <mbov/vote/ballots.hpp>
#include "vote/text.hpp"
#include "vote/store.hpp"

namespace mbov::vote {

Cast cast(Session& s, std::int64_t motion, const BallotInput& in) {
  const Motion m = find_motion(s, motion);
  store::require_open(m, N_("motion {} is closed: no ballots after {}"), "R-VOTE-6");
  const std::string member = voting_member(s, in.member, m.date);
  if (in.advance && in.at.local_date() > m.date)
    fail_data(msg("an advance ballot is cast before the meeting of {}, not at {}", human_date(m.date), human_moment(in.at)),
              "R-VOTE-5", msg("vote in person at the meeting, or give --at"));
  // R-VOTE-2: in person only when present; presence is recorded by `vote attend`, never implied.
  if (!in.advance && !store::is_present(s, m.meeting, member))
    fail_data(msg("member {} is not present at meeting {}", member, m.meeting), "R-VOTE-2",
              msg("record it with 'mbov vote attend {} {}', or cast with --advance before the meeting",
                          m.meeting, member));

  const std::optional<Ballot> previous = store::live_ballot(s, motion, member);
  // R-VOTE-5: only an in-person ballot replaces an advance one, and only when the policy says so.
  const bool replaces = previous && previous->advance && !in.advance && s.policy.vote.in_person_overrides_advance;
  if (previous && !replaces)
    fail_data(previous->advance
                  ? msg("member {} already has an advance ballot on motion {} ({}, ballot {})", member, motion,
                        people_word("choice", choice_name(previous->choice)), previous->id)
                  : msg("member {} already has a ballot on motion {} ({}, ballot {})", member, motion,
                        people_word("choice", choice_name(previous->choice)), previous->id),
              "R-VOTE-6",
              previous->advance && !in.advance
                  ? msg("the policy's vote.in_person_overrides_advance is false")
                  : msg("withdraw it first: 'mbov vote withdraw {} --reason TEXT'", previous->id));

  const std::int64_t id = store::insert_ballot(s, motion, member, in.choice, in.advance, in.at);
  audit::record(s, "ballot", std::to_string(id), "cast",
                Object().add("motion", motion).add("member", member).add("choice", choice_name(in.choice))
                    .add("advance", in.advance).add("at", in.at.utc()));
  if (!replaces) return {id, std::nullopt};
  store::set_replaced_by(s, previous->id, id);
  audit::record(s, "ballot", std::to_string(previous->id), "replace",
                Object().add("motion", motion).add("member", member).add("advance_choice", choice_name(previous->choice))
                    .add("in_person_choice", choice_name(in.choice)).add("replaced_by", id));
  return {id, previous};
}

std::int64_t import_ballots(Session& s, std::int64_t motion, std::istream& in, const std::string& source) {
  const Motion m = find_motion(s, motion);
  store::require_open(m, N_("motion {} is closed: no ballots after {}"), "R-VOTE-6");
  CsvReader csv(in, source);
  BallotReader ballots(csv);
  std::int64_t count = 0;
  while (ballots.next()) {
    try {
      // A roll says who is present: recorded as it says, before the ballot (R-VOTE-11).
      if (ballots.present()) attend(s, m.meeting, {std::string(ballots.member())}, s.now);
      if (!ballots.choice()) continue;
      cast(s, motion,
           {.member = std::string(ballots.member()),
            .choice = *ballots.choice(),
            .advance = ballots.advance(),
            .at = s.now});
    } catch (const Error& e) {
      ballots.fail(e.rule().empty() ? e.message() : joined("{}: {}", e.rule(), e.message()));
    }
    ++count;
  }
  if (count == 0) throw Error(Exit::data, msg("{}: no ballots", csv.source()), {}, msg("nothing was imported"));
  return count;
}

std::optional<Ballot> withdraw(Session& s, std::int64_t ballot, const std::string& reason) {
  const Ballot b = store::find_ballot(s, ballot);
  store::require_open(find_motion(s, b.motion), N_("motion {} is closed: no ballot is withdrawn after {}"), "R-VOTE-10");
  if (trim(reason).empty()) fail_data(msg("--reason must not be empty"), "R-VOTE-10", msg("say why, for the audit log"));
  const store::BallotEnd end = store::ballot_end(s, ballot);
  if (end.replaced || end.withdrawn)
    fail_data(!end.withdrawn ? msg("ballot {} no longer counts: it was replaced in person", ballot)
                             : msg("ballot {} no longer counts: it was withdrawn", ballot),
              "R-VOTE-10", msg("see 'mbov vote ballots {} --format json'", b.motion));
  store::set_withdrawn(s, ballot, s.now, reason);
  audit::record(s, "ballot", std::to_string(ballot), "withdraw",
                Object().add("motion", b.motion).add("member", b.member).add("choice", choice_name(b.choice))
                    .add("reason", reason));
  // R-VOTE-10: the advance ballot this one replaced counts again only when the policy says so.
  if (!s.policy.vote.withdrawal_restores_advance) return std::nullopt;
  const std::optional<std::int64_t> replaced = store::replaced_by(s, ballot);
  if (!replaced) return std::nullopt;
  const Ballot advance = store::find_ballot(s, *replaced);
  store::set_replaced_by(s, advance.id, std::nullopt);
  audit::record(s, "ballot", std::to_string(advance.id), "restore",
                Object().add("motion", b.motion).add("member", b.member).add("withdrawn", ballot).add("reason", reason));
  return advance;
}

}  // namespace mbov::vote
