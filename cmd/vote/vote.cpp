// mbov vote: General Assembly and board meetings, attendance, motions, ballots and the tally.
#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "commands.hpp"
#include "core/error.hpp"
#include "vote/vote.hpp"
#include "vote/ballots.hpp"

namespace mbov::cli {
namespace {

std::optional<int> year_option(int year, const std::string& option) {
  if (year == 0) return std::nullopt;
  if (year < 1 || year > 9999) throw Error(Exit::data, fmt::format("{} {} is not a year", option, year));
  return year;
}

// The tally's result is its exit status: 0 adopted, 1 not adopted (CLI.md).
void print_tally(Context& ctx, const Object& tally) {
  ctx.exit_status = std::get<bool>(tally.find("adopted")->data) ? 0 : static_cast<int>(Exit::warning);
  ctx.print_object(tally);
}

void register_meeting(CLI::App& vote, Context& ctx) {
  auto* meeting = vote.add_subcommand("meeting", "AV and board meetings");
  meeting->require_subcommand(1);

  struct AddOptions {
    std::string date, kind = "av", title;
  };
  auto a = std::make_shared<AddOptions>();
  auto* add = meeting->add_subcommand("add", "plan or record a meeting; prints its id");
  add->add_option("--date", a->date, "the day of the meeting, YYYY-MM-DD")->required();
  add->add_option("--kind", a->kind, "av (General Assembly, default) or board");
  add->add_option("--title", a->title, "e.g. 'Voorjaarsvergadering'");
  add->callback([&ctx, a] {
    vote::MeetingInput in{Date::parse(a->date, "--date"), a->kind, std::nullopt};
    if (!a->title.empty()) in.title = a->title;
    Session s = ctx.write();
    const std::int64_t id = vote::add_meeting(s, in);
    s.commit();
    ctx.print_id(std::to_string(id));
  });

  auto year = std::make_shared<int>(0);
  auto* list = meeting->add_subcommand("list", "meetings by date, with attendance and motion counts");
  list->add_option("--year", *year, "only this calendar year");
  list->callback([&ctx, year] {
    const std::optional<int> y = year_option(*year, "--year");
    Session s = ctx.read();
    ctx.print_list({"id", "date", "kind", "title", "present", "motions"}, vote::list_meetings(s, y));
  });
}

void register_motion(CLI::App& vote, Context& ctx) {
  auto* motion = vote.add_subcommand("motion", "the motions a meeting votes on");
  motion->require_subcommand(1);

  struct AddOptions {
    std::int64_t meeting = 0;
    std::string title, text, kind = "ordinary";
  };
  auto a = std::make_shared<AddOptions>();
  auto* add = motion->add_subcommand("add", "put a motion on a meeting's agenda; prints its id");
  add->add_option("MEETING", a->meeting, "the meeting's id")->required();
  add->add_option("--title", a->title, "what is decided")->required();
  add->add_option("--text", a->text, "the full text of the motion");
  add->add_option("--kind", a->kind, "ordinary (default), pdc, budget or board (R-VOTE-9)");
  add->callback([&ctx, a] {
    Session s = ctx.write();
    const std::int64_t id = vote::add_motion(
        s, {a->meeting, a->title, a->text.empty() ? std::nullopt : std::optional(a->text), a->kind});
    s.commit();
    ctx.print_id(std::to_string(id));
  });

  auto meeting = std::make_shared<std::int64_t>(0);
  auto* list = motion->add_subcommand("list", "motions with their ballots and result so far");
  list->add_option("MEETING", *meeting, "only this meeting's motions");
  list->callback([&ctx, meeting, list] {
    std::optional<std::int64_t> m;
    if (list->count("MEETING")) m = *meeting;
    Session s = ctx.read();
    ctx.print_list({"id", "meeting", "date", "kind", "title", "status", "ballots", "yes", "no", "abstain", "adopted"},
                   vote::list_motions(s, m));
  });
}

void register_ballots(CLI::App& vote, Context& ctx) {
  struct CastOptions {
    std::int64_t motion = 0;
    std::string member, choice, at;
    bool advance = false;
  };
  auto c = std::make_shared<CastOptions>();
  auto* cast = vote.add_subcommand("cast", "record a member's ballot: yes, no or abstain; prints its id");
  cast->add_option("MOTION", c->motion, "the motion's id")->required();
  cast->add_option("CODE", c->member, "the member's code")->required();
  cast->add_option("CHOICE", c->choice, "yes, no or abstain")->required();
  cast->add_flag("--advance", c->advance, "a vote cast before the meeting (R-VOTE-5)");
  cast->add_option("--at", c->at, "when it was cast, ISO 8601 (default --now)");
  cast->callback([&ctx, c] {
    const std::optional<vote::Choice> choice = vote::parse_choice(c->choice);
    if (!choice) throw Error(Exit::data, fmt::format("'{}' is not yes, no or abstain", c->choice));
    const Timestamp at = c->at.empty() ? ctx.invocation().now : Timestamp::parse(c->at, "--at");
    Session s = ctx.write();
    const std::int64_t id = vote::cast(s, c->motion, {c->member, *choice, c->advance, at});
    s.commit();
    ctx.print_id(std::to_string(id));
  });

  struct ImportOptions {
    std::int64_t motion = 0;
    std::string file;
  };
  auto i = std::make_shared<ImportOptions>();
  auto* import = vote.add_subcommand("import", "cast the ballots of a CSV file (member,choice[,advance]); all or nothing");
  import->add_option("MOTION", i->motion, "the motion's id")->required();
  import->add_option("FILE", i->file, "the CSV file, or - for stdin")->required();
  import->callback([&ctx, i] {
    Input input(i->file);
    Session s = ctx.write();
    const std::int64_t n = vote::import_ballots(s, i->motion, *input.stream, i->file);
    s.commit();
    if (!ctx.options.quiet) std::cerr << fmt::format("mbov: imported {} ballot{}\n", n, n == 1 ? "" : "s");
  });

  auto motion = std::make_shared<std::int64_t>(0);
  auto* ballots = vote.add_subcommand("ballots", "the ballots that count, in the columns 'vote import' reads");
  ballots->add_option("MOTION", *motion, "the motion's id")->required();
  ballots->callback([&ctx, motion] {
    Session s = ctx.read();
    ctx.print_list({"member", "choice", "advance"}, vote::list_ballots(s, *motion));
  });

  auto close_motion = std::make_shared<std::int64_t>(0);
  auto* close = vote.add_subcommand("close", "close a motion: no ballots after this (R-VOTE-6)");
  close->add_option("MOTION", *close_motion, "the motion's id")->required();
  close->callback([&ctx, close_motion] {
    Session s = ctx.write();
    vote::close_motion(s, *close_motion);
    s.commit();
  });
}

void register_tally(CLI::App& vote, Context& ctx) {
  struct TallyOptions {
    std::int64_t motion = 0;
    std::string ballots;
    std::vector<std::string> present;
    std::int64_t present_count = 0, members = 0;
  };
  auto o = std::make_shared<TallyOptions>();
  auto* tally = vote.add_subcommand(
      "tally", "the result of a motion by the policy; exit 0 adopted, 1 not adopted (R-VOTE-3, 4, 7)");
  auto* motion = tally->add_option("MOTION", o->motion, "a stored motion's id");
  auto* ballots = tally->add_option("--ballots", o->ballots, "tally a CSV ballot file (member,choice[,advance]) or - "
                                                             "for stdin, without a database");
  auto* present = tally->add_option("--present", o->present, "with --ballots: the members present, CODE,...")
                      ->delimiter(',');
  auto* count = tally->add_option("--present-count", o->present_count, "with --ballots: how many members are present");
  auto* members = tally->add_option("--members", o->members, "with --ballots: how many members have a vote "
                                                             "(needed for vote.base = all_members)");
  motion->excludes(ballots);
  present->excludes(count)->needs(ballots);
  count->needs(ballots);
  members->needs(ballots);
  tally->callback([&ctx, o, motion, ballots, present, count, members] {
    if (!*motion && !*ballots) throw Error(Exit::usage, "give a MOTION or --ballots FILE", {}, "see 'mbov vote tally --help'");
    const Policy::Vote& policy = ctx.invocation().policy.vote;
    if (*motion) {
      Session s = ctx.read();
      return print_tally(ctx, vote::motion_tally_object(s, o->motion));
    }
    vote::Presence p;
    if (*present) p.codes = o->present;
    if (*count) p.count = o->present_count;
    if (*members) p.members = o->members;
    if (o->present_count < 0 || o->members < 0)
      throw Error(Exit::data, "--present-count and --members must not be negative");
    Input input(o->ballots);  // no database: a pipeline tally needs only the policy
    const vote::Turnout t = vote::read_ballots(*input.stream, o->ballots, policy, p);
    print_tally(ctx, vote::tally_object(vote::tally(policy, t), policy, std::nullopt));
  });
}

}  // namespace

void register_vote(CLI::App& app, Context& ctx) {
  auto* vote = app.add_subcommand("vote", "General Assembly votes: meetings, attendance, motions, ballots, the tally");
  vote->require_subcommand(1);
  register_meeting(*vote, ctx);

  struct AttendOptions {
    std::int64_t meeting = 0;
    std::vector<std::string> members;
    std::string at;
  };
  auto a = std::make_shared<AttendOptions>();
  auto* attend = vote->add_subcommand("attend", "record the members present at a meeting (R-VOTE-2)");
  attend->add_option("MEETING", a->meeting, "the meeting's id")->required();
  attend->add_option("CODE", a->members, "the members present")->required();
  attend->add_option("--at", a->at, "since when, ISO 8601 (default --now): a motion closed before counts them not");
  attend->callback([&ctx, a] {
    const Timestamp at = a->at.empty() ? ctx.invocation().now : Timestamp::parse(a->at, "--at");
    Session s = ctx.write();
    vote::attend(s, a->meeting, a->members, at);
    s.commit();
  });

  register_motion(*vote, ctx);
  register_ballots(*vote, ctx);
  register_tally(*vote, ctx);

  auto year = std::make_shared<int>(0);
  auto* check = vote->add_subcommand("check", "R-VOTE-1: enough AV meetings last year and this year");
  check->add_option("--year", *year, "check only this calendar year");
  check->callback([&ctx, year] {
    // Inside the check, so that a bad --year is UNKNOWN (exit 3) like every error of a check.
    run_check(ctx, "vote", [year](Session& s) { return vote::check(s, year_option(*year, "--year")); });
  });
}

}  // namespace mbov::cli
