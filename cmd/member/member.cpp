// mbov member: the member register (members, uptake, check, erasure, CSV); contacts and the
// board are in people.cpp.

#include <iostream>

#include "commands.hpp"
#include <mbov/core/i18n.hpp>
#include <mbov/dpia/person.hpp>
#include <mbov/member/member.hpp>
#include "member/parts.hpp"
#include "options.hpp"
#include <mbov/core/msg.hpp>

namespace mbov::cli {
namespace {

void register_add(CLI::App* member, Context& ctx) {
  struct Options {
    std::string code, name;
    std::optional<std::string> joined, city;
    bool authority = false;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = member->add_subcommand("add", tr("register a member (a contracting authority, R-MEM-1); prints its code"));
  cmd->add_option("CODE", o->code, tr("the member's code, e.g. its BRIN code (unique, never changes)"))->required();
  cmd->add_option("--name", o->name, tr("the institution's name"))->required();
  cmd->add_flag("--contracting-authority", o->authority, tr("states that it is a contracting authority (R-MEM-1)"));
  cmd->add_option("--joined", o->joined, tr("membership start (YYYY-MM-DD; default today)"));
  cmd->add_option("--city", o->city, tr("the city"));
  cmd->callback([&ctx, o] {
    member::NewMember m{.code = o->code,
                        .name = o->name,
                        .city = o->city,
                        .contracting_authority = o->authority,
                        .joined = optional_date(o->joined, "--joined").value_or(ctx.today())};
    Session s = ctx.write();
    member::add(s, m);
    s.commit();
    ctx.print_id(m.code);
  });
}

void register_list_show(CLI::App* member, Context& ctx) {
  struct Options {
    bool all = false;
    std::optional<std::string> product;
    std::string code;
  };
  auto o = std::make_shared<Options>();
  auto* list = member->add_subcommand("list", tr("the current members (R-MEM-7: --all includes former ones)"));
  list->add_flag("--all", o->all, tr("include members that left"));
  list->add_option("--product", o->product, tr("only members that take up this product today (R-MEM-8)"));
  list->callback([&ctx, o] {
    Session s = ctx.read();
    ctx.print_list(member::list_columns(), member_rows(member::list(s, {.all = o->all, .product = o->product})));
  });
  auto* show = member->add_subcommand("show", tr("one member with its current contacts"));
  show->add_option("CODE", o->code, tr("the member's code"))->required();
  show->callback([&ctx, o] {
    Session s = ctx.read();
    ctx.print_object(member::to_object(member::show(s, o->code)));
  });
}

void register_edit_leave(CLI::App* member, Context& ctx) {
  struct Options {
    std::string code;
    std::optional<std::string> on, name, city;
    bool dry_run = false;
  };
  auto o = std::make_shared<Options>();
  auto* edit = member->add_subcommand("edit", tr("change a member's name or city (never its code)"));
  edit->add_option("CODE", o->code, tr("the member's code"))->required();
  edit->add_option("--name", o->name, tr("the new name"));
  edit->add_option("--city", o->city, tr("the new city"));
  edit->callback([&ctx, o] {
    Session s = ctx.write();
    member::edit(s, {.code = o->code, .name = o->name, .city = o->city});
    s.commit();
  });
  auto* leave = member->add_subcommand("leave", tr("end a membership; its last day is --on (R-MEM-7)"));
  leave->add_option("CODE", o->code, tr("the member's code"))->required();
  leave->add_option("--on", o->on, tr("the last day of membership (default today)"));
  leave->add_flag("--dry-run", o->dry_run, tr("only list what the leave would end: uptakes, contact roles, group seats, roles"));
  leave->callback([&ctx, o] {
    Date on = optional_date(o->on, "--on").value_or(ctx.today());
    Session s = ctx.write();
    member::Leaving leaving = member::leave(s, o->code, on, o->dry_run);
    if (!o->dry_run) {
      s.commit();
      return;
    }
    std::vector<Object> rows;
    for (const member::Ending& e : leaving.ends) rows.push_back(member::to_object(e));
    ctx.print_list(member::leaving_columns(), rows);
  });
  auto* rejoin = member->add_subcommand("rejoin", tr("begin a new membership after a leave; its first day is --on (R-MEM-7)"));
  rejoin->add_option("CODE", o->code, tr("the member's code"))->required();
  rejoin->add_option("--on", o->on, tr("the first day of the new membership (default today)"));
  rejoin->callback([&ctx, o] {
    Date on = optional_date(o->on, "--on").value_or(ctx.today());
    Session s = ctx.write();
    member::rejoin(s, o->code, on);
    s.commit();
  });
}

void register_uptake(CLI::App* member, Context& ctx) {
  struct Options {
    std::string code, product;
    std::optional<std::string> from, until;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = member->add_subcommand("uptake", tr("record that a member takes up a product (R-MEM-8); prints the id"));
  cmd->add_option("CODE", o->code, tr("the member's code"))->required();
  cmd->add_option("PRODUCT", o->product, tr("the product's code (CAMBO, VVA, ...)"))->required();
  cmd->add_option("--from", o->from, tr("first day (default today)"));
  cmd->add_option("--until", o->until, tr("last day; alone, it ends the open uptake"));
  cmd->callback([&ctx, o] {
    member::UptakeInput u{.member = o->code,
                          .product = o->product,
                          .from = optional_date(o->from, "--from"),
                          .until = optional_date(o->until, "--until")};
    Session s = ctx.write();
    std::int64_t id = member::uptake(s, u);
    s.commit();
    ctx.print_id(std::to_string(id));
  });
}

void register_csv(CLI::App* member, Context& ctx) {
  auto file = std::make_shared<std::string>();
  auto* import = member->add_subcommand("import", tr("add members from CSV (the columns of 'member list --format csv'); all or nothing"));
  import->add_option("FILE", *file, tr("a CSV file, or - for stdin"))->required();
  import->callback([&ctx, file] {
    Input in(*file);
    Session s = ctx.write();
    long added = member::import_csv(s, *in.stream, *file);
    s.commit();
    if (!ctx.options.quiet)
      std::cerr << render(msg_n("mbov: imported {} member(s)\n", "mbov: imported {} member(s)\n", added, added), language());
  });
  member->add_subcommand("export", tr("every member, former ones included, as CSV that 'member import' reads"))
      ->callback([&ctx] {
        ctx.format({Format::table, Format::csv});  // CSV whatever is asked; json and the rest are refused
        Session s = ctx.read();
        auto rows = member_rows(member::list(s, {.all = true}));
        // Always CSV, in the dialect asked for (--csv-dialect excel: what a Dutch spreadsheet opens).
        if (!ctx.options.quiet) print_list(std::cout, Format::csv, member::list_columns(), rows, ctx.style());
      });
}

void register_check_forget(CLI::App* member, Context& ctx) {
  add_check(*member, "check", tr("contacts, representatives, confirmations, board (R-MEM-3..5, R-VOTE-8)"), ctx, "member",
            member::check);
  auto person = std::make_shared<std::int64_t>();
  auto* forget = member->add_subcommand("forget", tr("erase a person's name, e-mail and phone everywhere (R-DPIA-5)"));
  add_id(forget, "PERSON-ID", *person, tr("the person's id (the 'person' field of 'member contact list')"))->required();
  forget->callback([&ctx, person] {
    Session s = ctx.write();
    member::forget(s, *person);
    s.commit();
    dpia::scrub_free_pages(s);  // 75 when another reader holds the file: not reported as erased
    if (!ctx.options.quiet) std::cerr << say("mbov: erased person {}\n", *person);
  });
}

}  // namespace

void register_member(CLI::App& app, Context& ctx) {
  auto* member = app.add_subcommand("member", tr("the member register: members, contacts, uptake, board"));
  member->require_subcommand(1);
  static constexpr Part parts[] = {
      {"add", register_add},
      {"list show", register_list_show},
      {"edit leave", register_edit_leave},
      {"contact board", register_people},
      {"uptake", register_uptake},
      {"check forget", register_check_forget},
      {"import export", register_csv},
  };
  ctx.add_parts(member, parts);
}

}  // namespace mbov::cli
