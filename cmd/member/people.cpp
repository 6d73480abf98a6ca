// mbov member contact / mbov member board: the people who speak for the members.
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/member/member.hpp>
#include "member/parts.hpp"
#include "options.hpp"

namespace mbov::cli {
namespace {

void register_contact_add(CLI::App* contact, Context& ctx) {
  struct Options {
    std::string code, name, email, role = "contact";
    std::optional<std::string> phone, since;
  };
  auto o = std::make_shared<Options>();
  auto* add = contact->add_subcommand("add", tr("add a contact or representative to a member; prints the contact id"));
  add->add_option("CODE", o->code, tr("the member's code"))->required();
  add->add_option("--name", o->name, tr("the person's name"))->required();
  add->add_option("--email", o->email, tr("the person's e-mail address"))->required();
  add->add_option("--phone", o->phone, tr("the person's phone number"));
  add->add_option("--role", o->role, tr("contact (R-MEM-3, default) or representative (R-MEM-5)"));
  add->add_option("--since", o->since, tr("first day in the role (default today)"));
  add->callback([&ctx, o] {
    member::NewContact c{.member = o->code,
                         .name = o->name,
                         .email = o->email,
                         .phone = o->phone,
                         .role = member::parse_contact_role(o->role, "--role"),
                         .since = optional_date(o->since, "--since").value_or(ctx.today())};
    Session s = ctx.write();
    std::int64_t id = member::add_contact(s, c);
    s.commit();
    ctx.print_id(std::to_string(id));
  });
}

void register_contact_list(CLI::App* contact, Context& ctx) {
  struct Options {
    std::optional<std::string> code, product;
    bool emails = false, all = false;
  };
  auto o = std::make_shared<Options>();
  auto* list = contact->add_subcommand("list", tr("current contacts and representatives, of one member or all"));
  list->add_option("CODE", o->code, tr("only this member's"));
  list->add_option("--product", o->product, tr("only of members that take up this product today"));
  list->add_flag("--emails", o->emails, tr("one address a line, for a mailing (R-MEM-6)"));
  list->add_flag("--all", o->all, tr("include ended roles and former members"));
  list->callback([&ctx, o] {
    member::ContactFilter filter{.member = o->code, .product = o->product, .all = o->all};
    if (o->emails) ctx.format({Format::table, Format::text});  // addresses a line: no data format
    Session s = ctx.read();
    if (!o->emails) return ctx.print_list(member::contact_columns(), member_rows(member::contacts(s, filter)));
    std::string text;
    for (const std::string& e : member::mailing(s, filter)) text += e + '\n';
    ctx.print_text(text);
  });
}

void register_contact_end_confirm(CLI::App* contact, Context& ctx) {
  struct Options {
    std::int64_t id = 0;
    std::string code;
    std::optional<std::string> on;
  };
  auto o = std::make_shared<Options>();
  auto* remove = contact->add_subcommand("remove", tr("end a contact role on a day (its history stays)"));
  add_id(remove, "ID", o->id, tr("the contact id"))->required();
  remove->add_option("--on", o->on, tr("the day the role ends (default today)"));
  remove->callback([&ctx, o] {
    Date on = optional_date(o->on, "--on").value_or(ctx.today());
    Session s = ctx.write();
    member::remove_contact(s, o->id, on);
    s.commit();
  });
  auto* confirm = contact->add_subcommand("confirm", tr("record the member's yearly confirmation of its contacts (R-MEM-4)"));
  confirm->add_option("CODE", o->code, tr("the member's code"))->required();
  confirm->add_option("--on", o->on, tr("the day of the confirmation (default today)"));
  confirm->callback([&ctx, o] {
    member::Confirmation c{.member = o->code, .on = optional_date(o->on, "--on").value_or(ctx.today())};
    Session s = ctx.write();
    member::confirm(s, c);
    s.commit();
  });
}

void register_board(CLI::App* member, Context& ctx) {
  struct Options {
    std::int64_t person = 0, motion = 0;
    std::optional<std::string> from, on;
    bool all = false, before_records = false;
  };
  auto o = std::make_shared<Options>();
  auto* board = member->add_subcommand("board", tr("the board of the cooperative (R-VOTE-8)"));
  board->require_subcommand(1);
  auto* appoint = board->add_subcommand("appoint", tr("seat a representative elected by the AV; prints the seat id"));
  add_id(appoint, "PERSON-ID", o->person, tr("the person's id (a current representative)"))->required();
  appoint->add_option("--from", o->from, tr("first day on the board (default today)"));
  CLI::Option* motion =
      add_id(appoint, "--motion", o->motion, tr("the adopted AV motion of kind board that elected the person (R-VOTE-8)"));
  appoint
      ->add_flag("--decided-before-records", o->before_records,
                 tr("elected before the records began: no motion, --from before their first day (R-GEN-2)"))
      ->excludes(motion);
  appoint->callback([&ctx, o, motion] {
    if (!o->before_records && motion->count() == 0)
      throw Error(Exit::usage, tr("give the electing --motion, or --decided-before-records"), {},
                  tr("see 'mbov member board appoint --help'"));
    member::Appointment a{.person = o->person,
                          .from = optional_date(o->from, "--from").value_or(ctx.today()),
                          .motion = o->motion,
                          .before_records = o->before_records};
    Session s = ctx.write();
    std::int64_t seat = member::appoint(s, a);
    s.commit();
    ctx.print_id(std::to_string(seat));
  });
  auto* leave = board->add_subcommand("leave", tr("end a board seat on a day"));
  add_id(leave, "PERSON-ID", o->person, tr("the person's id"))->required();
  leave->add_option("--on", o->on, tr("the day the seat ends (default today)"));
  leave->callback([&ctx, o] {
    Date on = optional_date(o->on, "--on").value_or(ctx.today());
    Session s = ctx.write();
    member::leave_board(s, o->person, on);
    s.commit();
  });
  auto* chair = board->add_subcommand("chair", tr("make a sitting board member the chair"));
  add_id(chair, "PERSON-ID", o->person, tr("the person's id"))->required();
  chair->add_option("--from", o->from, tr("first day as chair; the chair until then stops that day (default today)"));
  chair->callback([&ctx, o] {
    Date from = optional_date(o->from, "--from").value_or(ctx.today());
    Session s = ctx.write();
    member::choose_chair(s, o->person, from);
    s.commit();
  });
  auto* list = board->add_subcommand("list", tr("the sitting board, chair first"));
  list->add_flag("--all", o->all, tr("include former seats"));
  list->callback([&ctx, o] {
    Session s = ctx.read();
    ctx.print_list(member::board_columns(), member_rows(member::board(s, o->all)));
  });
}

}  // namespace

void register_people(CLI::App* member, Context& ctx) {
  auto* contact = member->add_subcommand("contact", tr("contacts and representatives of the members"));
  contact->require_subcommand(1);
  register_contact_add(contact, ctx);
  register_contact_list(contact, ctx);
  register_contact_end_confirm(contact, ctx);
  register_board(member, ctx);
}

}  // namespace mbov::cli
