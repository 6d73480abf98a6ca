// mbov vote cast|import|withdraw|ballots|close|tally: the ballots of a motion and its result.

#include <iostream>

#include <mbov/core/i18n.hpp>
#include "options.hpp"
#include <mbov/vote/ballots.hpp>
#include "vote/parts.hpp"
#include <mbov/vote/vote.hpp>
#include <mbov/core/msg.hpp>

namespace mbov::cli {
namespace {

// The tally's result is its exit status: 0 adopted, 1 not adopted (CLI.md). `shown`: the same
// with the rule as people read it.
void print_tally(Context& ctx, bool adopted, const Object& tally) {
  ctx.exit_status = adopted ? 0 : static_cast<int>(Exit::warning);
  ctx.print_object(tally);
}

}  // namespace

void register_vote_cast(CLI::App* vote, Context& ctx) {
  struct CastOptions {
    std::int64_t motion = 0;
    std::string member, choice;
    std::optional<std::string> at;
    bool advance = false;
  };
  auto c = std::make_shared<CastOptions>();
  auto* cast = vote->add_subcommand("cast", tr("record a member's ballot: yes, no or abstain; prints its id"));
  add_id(cast, "MOTION", c->motion, tr("the motion's id"))->required();
  cast->add_option("CODE", c->member, tr("the member's code"))->required();
  cast->add_option("CHOICE", c->choice, tr("yes, no or abstain (voor, tegen, onthouding)"))->required();
  cast->add_flag("--advance", c->advance, tr("a vote cast before the meeting (R-VOTE-5)"));
  cast->add_option("--at", c->at, tr("when it was cast, ISO 8601 (default --now)"));
  cast->callback([&ctx, c] {
    const std::optional<vote::Choice> choice = vote::parse_choice(c->choice);
    if (!choice) fail_data(msg("'{}' is not yes, no or abstain (voor, tegen, onthouding)", c->choice));
    const vote::BallotInput in{.member = c->member,
                               .choice = *choice,
                               .advance = c->advance,
                               .at = optional_timestamp(c->at, "--at").value_or(ctx.invocation().now)};
    Session s = ctx.write();
    const vote::Cast done = vote::cast(s, c->motion, in);
    s.commit();
    ctx.print_id(std::to_string(done.id));
    if (done.replaced && !ctx.options.quiet)
      std::cerr << say("mbov: ballot {} replaces the advance ballot {} of {} ({}, cast {}) (R-VOTE-5)\n", done.id, done.replaced->id, done.replaced->member,
                               vote::choice_name(done.replaced->choice), done.replaced->at.local());
  });

  struct ImportOptions {
    std::int64_t motion = 0;
    std::string file;
  };
  auto i = std::make_shared<ImportOptions>();
  auto* import = vote->add_subcommand(
      "import", tr("cast the ballots of a CSV file (member,choice[,advance][,present]) or a roll; all or nothing"));
  add_id(import, "MOTION", i->motion, tr("the motion's id"))->required();
  import->add_option("FILE", i->file, tr("the CSV file, or - for stdin"))->required();
  import->callback([&ctx, i] {
    Input input(i->file);
    Session s = ctx.write();
    const std::int64_t n = vote::import_ballots(s, i->motion, *input.stream, i->file);
    s.commit();
    if (!ctx.options.quiet) std::cerr << render(msg_n("mbov: imported {} ballot\n", "mbov: imported {} ballots\n", n, n), language());
  });

  struct WithdrawOptions {
    std::int64_t ballot = 0;
    std::string reason;
  };
  auto w = std::make_shared<WithdrawOptions>();
  auto* withdraw = vote->add_subcommand("withdraw", tr("withdraw a ballot before the close, with a reason (R-VOTE-10)"));
  add_id(withdraw, "BALLOT", w->ballot, tr("the ballot's id (printed by cast)"))->required();
  withdraw->add_option("--reason", w->reason, tr("why, for the audit log"))->required();
  withdraw->callback([&ctx, w] {
    Session s = ctx.write();
    const std::optional<vote::Ballot> restored = vote::withdraw(s, w->ballot, w->reason);
    s.commit();
    if (restored && !ctx.options.quiet)
      std::cerr << say("mbov: the advance ballot {} of {} ({}) counts again\n", restored->id,
                               restored->member, vote::choice_name(restored->choice));
  });
}

void register_vote_roll(CLI::App* vote, Context& ctx) {
  auto motion = std::make_shared<std::int64_t>(0);
  auto* ballots = vote->add_subcommand(
      "ballots", tr("the roll: every member with a vote, present or not, and its ballot that counts (R-VOTE-11)"));
  add_id(ballots, "MOTION", *motion, tr("the motion's id"))->required();
  ballots->callback([&ctx, motion] {
    Session s = ctx.read();
    std::vector<Object> rows;
    for (const vote::RollEntry& e : vote::roll(s, vote::find_motion(s, *motion))) rows.push_back(vote::to_object(e));
    ctx.print_list({"member", "choice", "advance", "present"}, rows);
  });

  struct CloseOptions {
    std::int64_t motion = 0;
    std::optional<std::string> at;
  };
  auto c = std::make_shared<CloseOptions>();
  auto* close = vote->add_subcommand("close", tr("close a motion and fix its result: no ballots after this (R-VOTE-4, 6)"));
  add_id(close, "MOTION", c->motion, tr("the motion's id"))->required();
  close->add_option("--at", c->at, tr("when, ISO 8601 (default --now); never before a recorded attendance or ballot"));
  close->callback([&ctx, c] {
    const Timestamp at = optional_timestamp(c->at, "--at").value_or(ctx.invocation().now);
    Session s = ctx.write();
    vote::close_motion(s, c->motion, at);
    s.commit();
  });
}

void register_vote_tally(CLI::App* vote, Context& ctx) {
  struct TallyOptions {
    std::optional<std::int64_t> motion;
    std::optional<std::string> ballots;
    std::optional<std::vector<std::string>> present;
    std::optional<std::int64_t> present_count, members;
    bool recount = false;
  };
  auto o = std::make_shared<TallyOptions>();
  auto* tally = vote->add_subcommand(
      "tally", tr("the result of a motion by the policy; exit 0 adopted, 1 not adopted (R-VOTE-3, 4, 7)"));
  auto* motion = add_id(tally, "MOTION", o->motion, tr("a stored motion's id"));
  auto* ballots = tally->add_option("--ballots", o->ballots, tr("tally a CSV ballot file or roll (member,choice[,advance]"
                                                             "[,present]) or - for stdin, without a database"));
  auto* present = tally->add_option("--present", o->present, tr("with --ballots: the members present, CODE,..."))
                      ->delimiter(',');
  auto* count = tally->add_option("--present-count", o->present_count, tr("with --ballots: how many members are present"));
  auto* members = tally->add_option("--members", o->members, tr("with --ballots: how many members have a vote "
                                                             "(needed for vote.base = all_members)"));
  auto* recount = tally->add_flag("--recount", o->recount, tr("count a closed motion again from its records as of the "
                                                           "close; exit 2 when that differs from the stored result"));
  motion->excludes(ballots);
  present->excludes(count)->needs(ballots);
  count->needs(ballots);
  members->needs(ballots);
  recount->needs(motion);
  tally->callback([&ctx, o] {
    if (!o->motion && !o->ballots)
      throw Error(Exit::usage, tr("give a MOTION or --ballots FILE"), {}, tr("see 'mbov vote tally --help'"));
    if (o->motion) {
      Session s = ctx.read();
      vote::MotionView v = vote::view_motion(s, *o->motion);
      if (!o->recount) return print_tally(ctx, v.tally.adopted, vote::to_object(v));
      const vote::Tally again = vote::recount(s, *o->motion);
      const bool same = vote::same_result(again, v.tally);
      const vote::Tally stored = v.tally;
      v.tally = again;
      print_tally(ctx, again.adopted, vote::to_object(v));
      if (same) return;
      ctx.exit_status = static_cast<int>(Exit::critical);
      std::cerr << say("mbov: the recount differs from the result stored at the close: stored {} / recount {}\n", render(vote::rule_message(stored), language()), render(vote::rule_message(again), language()));
      return;
    }
    if ((o->present_count && *o->present_count < 0) || (o->members && *o->members < 0))
      fail_data(tr("--present-count and --members must not be negative"));
    const Policy::Vote& policy = ctx.invocation().policy.vote;
    Input input(*o->ballots);  // no database: a pipeline tally needs only the policy
    const vote::Turnout t = vote::read_ballots(*input.stream, *o->ballots, policy,
                                               {.codes = o->present, .count = o->present_count, .members = o->members});
    const vote::Tally result = vote::tally(policy, t);
    print_tally(ctx, result.adopted, vote::to_object(result, std::nullopt));
  });
}

}  // namespace mbov::cli
