// mbov vote: General Assembly and board meetings, attendance, motions and the evening's status;
// ballots and the tally are cmd/vote/ballots.cpp.

#include <iostream>

#include <mbov/core/i18n.hpp>
#include "commands.hpp"
#include "options.hpp"
#include "vote/parts.hpp"
#include <mbov/vote/vote.hpp>
#include <mbov/core/msg.hpp>

namespace mbov::cli {
namespace {

void register_meeting(CLI::App* vote, Context& ctx) {
  auto* meeting = vote->add_subcommand("meeting", tr("AV and board meetings"));
  meeting->require_subcommand(1);

  struct AddOptions {
    std::string date, kind = "av";
    std::optional<std::string> title;
  };
  auto a = std::make_shared<AddOptions>();
  auto* add = meeting->add_subcommand("add", tr("plan or record a meeting; prints its id"));
  add->add_option("--date", a->date, tr("the day of the meeting, YYYY-MM-DD"))->required();
  add->add_option("--kind", a->kind, tr("av (General Assembly, default) or board"));
  add->add_option("--title", a->title, tr("e.g. 'Voorjaarsvergadering'"));
  add->callback([&ctx, a] {
    const vote::MeetingInput in{.date = Date::parse(a->date, "--date"), .kind = vote::parse_meeting_kind(a->kind, "--kind"), .title = a->title};
    Session s = ctx.write();
    const std::int64_t id = vote::add_meeting(s, in);
    s.commit();
    ctx.print_id(std::to_string(id));
  });

  auto year = std::make_shared<std::optional<int>>();
  auto* list = meeting->add_subcommand("list", tr("meetings by date, with attendance and motion counts"));
  list->add_option("--year", *year, tr("only this calendar year"));
  list->callback([&ctx, year] {
    const std::optional<int> y = optional_year(*year, "--year");
    Session s = ctx.read();
    std::vector<Object> rows;
    for (const vote::MeetingSummary& m : vote::list_meetings(s, y)) rows.push_back(vote::to_object(m));
    ctx.print_list({"id", "date", "kind", "title", "present_count", "motions_count"}, rows);
  });
}

void register_presence(CLI::App* vote, Context& ctx) {
  struct Options {
    std::int64_t meeting = 0;
    std::vector<std::string> members;
    std::optional<std::string> at, reason;
  };
  auto a = std::make_shared<Options>();
  auto* attend = vote->add_subcommand("attend", tr("record the members present at a meeting (R-VOTE-2); all or nothing"));
  add_id(attend, "MEETING", a->meeting, tr("the meeting's id"))->required();
  attend->add_option("CODE", a->members, tr("the members present"))->required();
  attend->add_option("--at", a->at, tr("since when, ISO 8601 (default --now)"));
  attend->callback([&ctx, a] {
    const Timestamp at = optional_timestamp(a->at, "--at").value_or(ctx.invocation().now);
    Session s = ctx.write();
    vote::attend(s, a->meeting, a->members, at);
    s.commit();
  });

  auto l = std::make_shared<Options>();
  auto* leave = vote->add_subcommand("leave", tr("members leave the meeting: not in the base of motions closed after "
                                             "(R-VOTE-10); all or nothing"));
  add_id(leave, "MEETING", l->meeting, tr("the meeting's id"))->required();
  leave->add_option("CODE", l->members, tr("the members leaving"))->required();
  leave->add_option("--at", l->at, tr("when, ISO 8601 (default --now)"));
  leave->add_option("--reason", l->reason, tr("why, for the audit log"));
  leave->callback([&ctx, l] {
    const Timestamp at = optional_timestamp(l->at, "--at").value_or(ctx.invocation().now);
    Session s = ctx.write();
    const std::vector<vote::Ballot> lost = vote::leave(s, l->meeting, l->members, at, l->reason);
    s.commit();
    if (ctx.options.quiet) return;
    for (const vote::Ballot& b : lost)
      std::cerr << say("mbov: ballot {} of {} on open motion {} no longer counts unless {} comes back\n", b.id,
                               b.member, b.motion, b.member);
  });

  auto st = std::make_shared<std::int64_t>(0);
  auto* status = vote->add_subcommand("status", tr("the evening at a glance: who is present, who voted what on the open "
                                               "motion, who has not voted yet"));
  add_id(status, "MEETING", *st, tr("the meeting's id"))->required();
  auto shown_motion = std::make_shared<std::optional<std::int64_t>>();
  add_id(status, "--motion", *shown_motion, tr("this open motion (default: the one with the latest ballot)"));
  status->callback([&ctx, st, shown_motion] {
    Session s = ctx.read();
    ctx.print_object(vote::to_object(vote::meeting_status(s, *st, *shown_motion)));
  });
}

void register_motion(CLI::App* vote, Context& ctx) {
  auto* motion = vote->add_subcommand("motion", tr("the motions a meeting votes on"));
  motion->require_subcommand(1);

  struct AddOptions {
    std::int64_t meeting = 0;
    std::string title, kind = "ordinary";
    std::optional<std::string> text;
    std::optional<std::int64_t> repeats;
    std::optional<int> year;
  };
  auto a = std::make_shared<AddOptions>();
  auto* add = motion->add_subcommand("add", tr("put a motion on a meeting's agenda; prints its id"));
  add_id(add, "MEETING", a->meeting, tr("the meeting's id"))->required();
  add->add_option("--title", a->title, tr("what is decided"))->required();
  add->add_option("--text", a->text, tr("the full text of the motion"));
  add->add_option("--kind", a->kind, tr("ordinary (default), pdc, budget or board (R-VOTE-9)"));
  add_id(add, "--repeats", a->repeats, tr("a re-vote: the closed motion it repeats (R-VOTE-10)"));
  add->add_option("--year", a->year, tr("the year a motion of kind budget approves (R-FIN-2)"));
  add->callback([&ctx, a] {
    const vote::MotionInput in{.meeting = a->meeting,
                               .title = a->title,
                               .text = a->text,
                               .kind = vote::parse_motion_kind(a->kind, "--kind"),
                               .repeats = a->repeats,
                               .year = optional_year(a->year, "--year")};
    Session s = ctx.write();
    const std::int64_t id = vote::add_motion(s, in);
    s.commit();
    ctx.print_id(std::to_string(id));
  });

  auto meeting = std::make_shared<std::optional<std::int64_t>>();
  auto* list = motion->add_subcommand("list", tr("motions with their ballots and result (stored at the close)"));
  add_id(list, "MEETING", *meeting, tr("only this meeting's motions"));
  list->callback([&ctx, meeting] {
    Session s = ctx.read();
    std::vector<Object> rows;
    for (const vote::MotionSummary& m : vote::list_motions(s, *meeting)) rows.push_back(vote::to_object(m));
    ctx.print_list(
        {"id", "meeting", "date", "kind", "title", "status", "ballots", "yes", "no", "abstain", "adopted", "repeats"},
        rows);
  });

  auto shown = std::make_shared<std::int64_t>(0);
  auto* show = vote->add_subcommand("show", tr("a motion: its result, its re-votes and the named vote"));
  add_id(show, "MOTION", *shown, tr("the motion's id"))->required();
  show->callback([&ctx, shown] {
    Session s = ctx.read();
    const vote::MotionView v = vote::view_motion(s, *shown);
    ctx.print_object(vote::to_object(v));
  });
}

void register_vote_check(CLI::App* vote, Context& ctx) {
  auto year = std::make_shared<std::optional<int>>();
  // --year read inside the check, so that a bad --year is UNKNOWN (exit 3) like every error of a check.
  add_check(*vote, "check", tr("R-VOTE-1: enough AV meetings last year and this year"), ctx, "vote",
            [year](Session& s) { return vote::check(s, optional_year(*year, "--year")); })
      ->add_option("--year", *year, tr("check only this calendar year"));
}

}  // namespace

void register_vote(CLI::App& app, Context& ctx) {
  auto* vote = app.add_subcommand("vote", tr("General Assembly votes: meetings, attendance, motions, ballots, the tally"));
  vote->require_subcommand(1);
  static constexpr Part parts[] = {
      {"meeting", register_meeting},
      {"attend leave status", register_presence},
      {"motion show", register_motion},
      {"cast import withdraw", register_vote_cast},
      {"ballots close", register_vote_roll},
      {"tally", register_vote_tally},
      {"screen", register_vote_screen},
      {"check", register_vote_check},
  };
  ctx.add_parts(vote, parts);
}

}  // namespace mbov::cli
