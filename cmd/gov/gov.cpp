// mbov gov: governance documents and their versions, roles, groups; `gov check` (R-GOV-1..6).
#include <mbov/core/i18n.hpp>
#include "commands.hpp"
#include <mbov/gov/gov.hpp>
#include "options.hpp"

namespace mbov::cli {
namespace {

void register_documents(CLI::App* gov, Context& ctx) {
  auto* doc = gov->add_subcommand("document", tr("governance documents as versions approved by the AV (R-GOV-1, 2)"));
  doc->require_subcommand(1);

  struct AddOptions {
    std::string kind, number, date, status = "draft";
    std::optional<std::string> author, description, file;
  };
  auto o = std::make_shared<AddOptions>();
  auto* add = doc->add_subcommand("add", tr("add a version; prints its id"));
  add->add_option("KIND", o->kind, tr("pdc, dap, statutes, regulation, breach-protocol, fg-regulation, vision"))->required();
  add->add_option("--number", o->number, tr("the version number, e.g. 3.0"))->required();
  add->add_option("--date", o->date, tr("the version's date, YYYY-MM-DD"))->required();
  add->add_option("--status", o->status, tr("draft (default) or for-approval"));
  add->add_option("--author", o->author, tr("who wrote it"));
  add->add_option("--description", o->description, tr("what changed"));
  add->add_option("--file", o->file, tr("the document's file: its SHA-256 is kept"));
  add->callback([&ctx, o] {
    const gov::VersionInput in{.kind = gov::parse_document_kind(o->kind, "KIND"),
                               .number = o->number,
                               .date = Date::parse(o->date, "--date"),
                               .status = gov::parse_document_status(o->status, "--status"),
                               .author = o->author,
                               .description = o->description,
                               .file = o->file};
    Session s = ctx.write();
    const std::int64_t id = gov::add_version(s, in);
    s.commit();
    ctx.print_id(std::to_string(id));
  });

  auto submit_id = std::make_shared<std::int64_t>();
  auto* submit = doc->add_subcommand("submit", tr("a draft goes to the AV for approval"));
  add_id(submit, "ID", *submit_id, tr("the version's id"))->required();
  submit->callback([&ctx, submit_id] {
    Session s = ctx.write();
    gov::submit_version(s, *submit_id);
    s.commit();
  });

  struct ApproveOptions {
    std::int64_t id = 0;
    std::optional<std::int64_t> motion, decision;
    bool before_records = false;
  };
  auto a = std::make_shared<ApproveOptions>();
  auto* approve = doc->add_subcommand("approve", tr("approve a version for approval: an adopted AV motion, the DAP an expert-group decision"));
  add_id(approve, "ID", a->id, tr("the version's id"))->required();
  CLI::Option* motion = add_id(approve, "--motion", a->motion, tr("the closed, adopted AV motion (kind pdc for the PDC)"));
  CLI::Option* decision = add_id(approve, "--decision", a->decision, tr("the DAP: the expert group's decision"));
  approve
      ->add_flag("--decided-before-records", a->before_records,
                 tr("in force before the records began: approved on its date, before their first day (R-GEN-2)"))
      ->excludes(motion)
      ->excludes(decision);
  approve->callback([&ctx, a] {
    Session s = ctx.write();
    if (a->before_records) gov::approve_before_records(s, a->id);
    else gov::approve_version(s, a->id, a->motion, a->decision);
    s.commit();
  });

  auto kind = std::make_shared<std::string>();
  auto* show = doc->add_subcommand("show", tr("the version in force and the history table of a kind"));
  show->add_option("KIND", *kind, tr("the document kind"))->required();
  show->callback([&ctx, kind] {
    const gov::DocumentKind k = gov::parse_document_kind(*kind, "KIND");
    Session s = ctx.read();
    ctx.print_object(gov::history_object(k, gov::versions(s, k)));
  });
}

void register_roles(CLI::App* gov, Context& ctx) {
  auto* role = gov->add_subcommand("role", tr("roles and their holders (R-GOV-5)"));
  role->require_subcommand(1);

  struct AssignOptions {
    std::string role, scope;
    std::optional<std::int64_t> person, deputy;
    std::optional<std::string> from, name, email;
  };
  auto o = std::make_shared<AssignOptions>();
  auto* assign = role->add_subcommand("assign", tr("a person holds a role from --from; the holder until then leaves that day; prints the term's id"));
  assign->add_option("ROLE", o->role, tr("general-manager, product-owner, fg, mailbox-owner, functional-manager"))->required();
  add_id(assign, "PERSON-ID", o->person, tr("the holder (a person id), or give --name and --email"));
  assign->add_option("--name", o->name, tr("a new person as holder: the name"))->excludes("PERSON-ID");
  assign->add_option("--email", o->email, tr("a new person as holder: the e-mail address"))->needs("--name");
  assign->add_option("--scope", o->scope, tr("the product (product-owner), mailbox support@|info@, member (functional-manager)"));
  add_id(assign, "--deputy", o->deputy, tr("the deputy (a person id), e.g. of a mailbox"));
  assign->add_option("--from", o->from, tr("the first day, YYYY-MM-DD (default: today)"));
  assign->callback([&ctx, o] {
    if (!o->person && !(o->name && o->email))
      throw Error(Exit::usage, tr("give the holder: PERSON-ID, or --name and --email"), {}, tr("see 'mbov gov role assign --help'"));
    const gov::Role role = gov::parse_role(o->role, "ROLE");
    Session s = ctx.write();
    const std::int64_t person = o->person ? *o->person : gov::add_person(s, *o->name, *o->email);
    const std::int64_t id = gov::assign_role(s, {.role = role,
                                                 .scope = o->scope,
                                                 .person = person,
                                                 .deputy = o->deputy,
                                                 .from = optional_date(o->from, "--from").value_or(s.today)});
    s.commit();
    ctx.print_id(std::to_string(id));
  });

  struct EndOptions {
    std::int64_t id = 0;
    std::optional<std::string> on;
  };
  auto e = std::make_shared<EndOptions>();
  auto* end = role->add_subcommand("end", tr("a term ends on --on (no longer held that day)"));
  add_id(end, "ID", e->id, tr("the term's id"))->required();
  end->add_option("--on", e->on, tr("YYYY-MM-DD (default: today)"));
  end->callback([&ctx, e] {
    Session s = ctx.write();
    gov::end_role(s, e->id, optional_date(e->on, "--on").value_or(s.today));
    s.commit();
  });

  auto all = std::make_shared<bool>(false);
  auto* list = role->add_subcommand("list", tr("the holders today; --all: every term"));
  list->add_flag("--all", *all, tr("every term, also past and future ones"));
  list->callback([&ctx, all] {
    Session s = ctx.read();
    std::vector<Object> rows;
    for (const gov::Holder& h : gov::holders(s, *all ? std::nullopt : std::optional<Date>(s.today)))
      rows.push_back(gov::to_object(h));
    ctx.print_list({"id", "role", "scope", "person", "name", "deputy_name", "from", "until"}, rows);
  });
}

void register_groups(CLI::App* gov, Context& ctx) {
  auto* group = gov->add_subcommand("group", tr("expert-group, working-group, community: members from member contacts (R-GOV-6)"));
  group->require_subcommand(1);

  struct JoinOptions {
    std::string group;
    std::int64_t contact = 0;
    std::optional<std::string> from;
  };
  auto j = std::make_shared<JoinOptions>();
  auto* join = group->add_subcommand("join", tr("a member contact joins a group; prints the membership's id"));
  join->add_option("GROUP", j->group, tr("expert-group, working-group or community"))->required();
  add_id(join, "CONTACT-ID", j->contact, tr("the member contact (see 'mbov member contact list')"))->required();
  join->add_option("--from", j->from, tr("YYYY-MM-DD (default: today)"));
  join->callback([&ctx, j] {
    Session s = ctx.write();
    const std::int64_t id = gov::join_group(s, j->group, j->contact, optional_date(j->from, "--from").value_or(s.today));
    s.commit();
    ctx.print_id(std::to_string(id));
  });

  struct LeaveOptions {
    std::int64_t id = 0;
    std::optional<std::string> on;
  };
  auto l = std::make_shared<LeaveOptions>();
  auto* leave = group->add_subcommand("leave", tr("a membership ends on --on"));
  add_id(leave, "ID", l->id, tr("the membership's id"))->required();
  leave->add_option("--on", l->on, tr("YYYY-MM-DD (default: today)"));
  leave->callback([&ctx, l] {
    Session s = ctx.write();
    gov::leave_group(s, l->id, optional_date(l->on, "--on").value_or(s.today));
    s.commit();
  });

  struct ListOptions {
    std::optional<std::string> group;
    bool all = false;
  };
  auto ls = std::make_shared<ListOptions>();
  auto* list = group->add_subcommand("list", tr("the members of the groups today; --all: every membership"));
  list->add_option("GROUP", ls->group, tr("only this group"));
  list->add_flag("--all", ls->all, tr("also past and future memberships"));
  list->callback([&ctx, ls] {
    Session s = ctx.read();
    std::vector<Object> rows;
    for (const gov::GroupMember& m : gov::group_members(s, ls->group, ls->all ? std::nullopt : std::optional<Date>(s.today)))
      rows.push_back(gov::to_object(m));
    ctx.print_list({"id", "group", "contact", "member", "name", "from", "until"}, rows);
  });

  struct DecideOptions {
    std::string group, text;
    std::optional<std::string> on;
  };
  auto d = std::make_shared<DecideOptions>();
  auto* decide = group->add_subcommand("decide", tr("record a decision of a group (the DAP's approval); prints its id"));
  decide->add_option("GROUP", d->group, tr("expert-group, working-group or community"))->required();
  decide->add_option("--text", d->text, tr("the decision"))->required();
  decide->add_option("--on", d->on, tr("YYYY-MM-DD (default: today)"));
  decide->callback([&ctx, d] {
    Session s = ctx.write();
    const std::int64_t id = gov::record_decision(s, d->group, optional_date(d->on, "--on").value_or(s.today), d->text);
    s.commit();
    ctx.print_id(std::to_string(id));
  });
}

void register_gov_check(CLI::App* gov, Context& ctx) {
  add_check(*gov, "check", tr("R-GOV-2 vision, R-GOV-4 board meetings, R-GOV-5 roles, R-GOV-6 community; exit 0/1/2/3"),
            ctx, "gov", gov::check);
}

}  // namespace

void register_gov(CLI::App& app, Context& ctx) {
  auto* gov = app.add_subcommand("gov", tr("governance: documents and versions, roles, groups (R-GOV-1..6)"));
  gov->require_subcommand(1);
  static constexpr Part parts[] = {
      {"document", register_documents},
      {"role", register_roles},
      {"group", register_groups},
      {"check", register_gov_check},
  };
  ctx.add_parts(gov, parts);
}

}  // namespace mbov::cli
