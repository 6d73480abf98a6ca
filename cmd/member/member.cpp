// mbov member: the member register (members, uptake, check, erasure, CSV); contacts and the
// board are in member_people.cpp.
#include <fstream>
#include <iostream>

#include "commands.hpp"
#include "member/member.hpp"
#include "member/options.hpp"
#include "core/person.hpp"

namespace mbov::cli {
namespace {

void register_add(CLI::App* member, Context& ctx) {
  struct Options {
    std::string code, name, joined, city;
    bool authority = false;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = member->add_subcommand("add", "register a member (a contracting authority, R-MEM-1); prints its code");
  cmd->add_option("CODE", o->code, "the member's code, e.g. its BRIN code (unique, never changes)")->required();
  cmd->add_option("--name", o->name, "the institution's name")->required();
  cmd->add_flag("--contracting-authority", o->authority, "states that it is a contracting authority (R-MEM-1)");
  cmd->add_option("--joined", o->joined, "membership start (YYYY-MM-DD; default today)");
  cmd->add_option("--city", o->city, "the city");
  cmd->callback([&ctx, o] {
    member::NewMember m{o->code, o->name, std::nullopt, o->authority, {}, std::nullopt};
    if (!o->city.empty()) m.city = o->city;
    m.joined = date_option(o->joined, "--joined").value_or(ctx.today());
    Session s = ctx.write();
    member::add(s, m);
    s.commit();
    ctx.print_id(m.code);
  });
}

void register_list_show(CLI::App* member, Context& ctx) {
  struct Options {
    bool all = false;
    std::string product, code;
  };
  auto o = std::make_shared<Options>();
  auto* list = member->add_subcommand("list", "the current members (R-MEM-7: --all includes former ones)");
  list->add_flag("--all", o->all, "include members that left");
  list->add_option("--product", o->product, "only members that take up this product today (R-MEM-8)");
  list->callback([&ctx, o] {
    Session s = ctx.read();
    std::optional<std::string> product;
    if (!o->product.empty()) product = o->product;
    ctx.print_list(member::list_columns(), member::list(s, o->all, product));
  });
  auto* show = member->add_subcommand("show", "one member with its current contacts");
  show->add_option("CODE", o->code, "the member's code")->required();
  show->callback([&ctx, o] {
    Session s = ctx.read();
    ctx.print_object(member::show(s, o->code));
  });
}

void register_edit_leave(CLI::App* member, Context& ctx) {
  struct Options {
    std::string code, on;
    std::optional<std::string> name, city;
  };
  auto o = std::make_shared<Options>();
  auto* edit = member->add_subcommand("edit", "change a member's name or city (never its code)");
  edit->add_option("CODE", o->code, "the member's code")->required();
  edit->add_option("--name", o->name, "the new name");
  edit->add_option("--city", o->city, "the new city");
  edit->callback([&ctx, o] {
    Session s = ctx.write();
    member::edit(s, o->code, o->name, o->city);
    s.commit();
  });
  auto* leave = member->add_subcommand("leave", "end a membership; its last day is --on (R-MEM-7)");
  leave->add_option("CODE", o->code, "the member's code")->required();
  leave->add_option("--on", o->on, "the last day of membership (default today)");
  leave->callback([&ctx, o] {
    Date on = date_option(o->on, "--on").value_or(ctx.today());
    Session s = ctx.write();
    member::leave(s, o->code, on);
    s.commit();
  });
}

void register_uptake(CLI::App* member, Context& ctx) {
  struct Options {
    std::string code, product, from, until;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = member->add_subcommand("uptake", "record that a member takes up a product (R-MEM-8); prints the id");
  cmd->add_option("CODE", o->code, "the member's code")->required();
  cmd->add_option("PRODUCT", o->product, "the product's code (CAMBO, VVA, ...)")->required();
  cmd->add_option("--from", o->from, "first day (default today)");
  cmd->add_option("--until", o->until, "last day; alone, it ends the open uptake");
  cmd->callback([&ctx, o] {
    auto from = date_option(o->from, "--from");
    auto until = date_option(o->until, "--until");
    Session s = ctx.write();
    std::int64_t id = member::uptake(s, o->code, o->product, from, until);
    s.commit();
    ctx.print_id(std::to_string(id));
  });
}

void register_csv(CLI::App* member, Context& ctx) {
  auto file = std::make_shared<std::string>();
  auto* import = member->add_subcommand("import", "add members from CSV (the columns of 'member list --format csv'); all or nothing");
  import->add_option("FILE", *file, "a CSV file, or - for stdin")->required();
  import->callback([&ctx, file] {
    Input in(*file);
    Session s = ctx.write();
    long added = member::import_csv(s, *in.stream, *file);
    s.commit();
    if (!ctx.options.quiet) std::cerr << "mbov: imported " << added << " member(s)\n";
  });
  member->add_subcommand("export", "every member, former ones included, as CSV that 'member import' reads")
      ->callback([&ctx] {
        Session s = ctx.read();
        auto rows = member::list(s, true, std::nullopt);
        if (!ctx.options.quiet) print_list(std::cout, Format::csv, member::list_columns(), rows);
      });
}

void register_check_forget(CLI::App* member, Context& ctx) {
  member->add_subcommand("check", "contacts, representatives, confirmations, board (R-MEM-3..5, R-VOTE-8)")
      ->callback([&ctx] { run_check(ctx, "member", member::check); });
  auto person = std::make_shared<std::string>();
  auto* forget = member->add_subcommand("forget", "erase a person's name, e-mail and phone everywhere (R-DPIA-5)");
  forget->add_option("PERSON-ID", *person, "the person's id (the 'person' field of 'member contact list')")->required();
  forget->callback([&ctx, person] {
    std::int64_t id = id_argument(*person, "PERSON-ID");
    Session s = ctx.write();
    member::forget(s, id);
    s.commit();
    scrub_free_pages(s);
  });
}

}  // namespace

void register_member(CLI::App& app, Context& ctx) {
  auto* member = app.add_subcommand("member", "the member register: members, contacts, uptake, board");
  member->require_subcommand(1);
  register_add(member, ctx);
  register_list_show(member, ctx);
  register_edit_leave(member, ctx);
  register_people(member, ctx);
  register_uptake(member, ctx);
  register_check_forget(member, ctx);
  register_csv(member, ctx);
}

}  // namespace mbov::cli
