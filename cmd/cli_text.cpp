#include "cli_text.hpp"

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/core/msg.hpp>

namespace mbov::cli {
namespace {

// An option's value placeholder (TEXT, INT:ID, INT in [1900 - 9998]) with CLI11's type words
// (a whole run of capitals) in the language of the message, the rest as CLI11 writes it.
Message type_words(const std::string& type) {
  // TRANSLATORS: the placeholder of an option's value in --help and in "--x: 1 required TEXT missing".
  static constexpr const char* words[] = {N_("TEXT"), N_("INT")};
  std::vector<Message> parts;
  for (std::size_t at = 0; at < type.size();) {
    const bool upper = std::isupper(static_cast<unsigned char>(type[at]));
    std::size_t end = at;
    while (end < type.size() && static_cast<bool>(std::isupper(static_cast<unsigned char>(type[end]))) == upper) ++end;
    const std::string part = type.substr(at, end - at);
    const auto word = std::find_if(std::begin(words), std::end(words), [&](const char* w) { return part == w; });
    parts.push_back(word != std::end(words) ? marked(*word) : Message(part));
    at = end;
  }
  if (parts.empty()) return Message(type);
  Message whole = parts.front();
  for (std::size_t i = 1; i < parts.size(); ++i) whole = joined("{}{}", whole, parts[i]);
  return whole;
}

std::string shown_type(const std::string& type) { return render(type_words(type), language()); }

// TRANSLATORS: a positional argument's name, in --help ("Usage: mbov vote cast MOTION CODE
// CHOICE") and in its parse errors ("YEAR: value 1800 not in range ...", "MOTION is required").
constexpr const char* kPositionals[] = {N_("BALLOT"), N_("CHOICE"), N_("CODE"),    N_("FILE"),  N_("GROUP"),
                                        N_("ID"),     N_("KIND"),   N_("LINE"),    N_("MEETING"), N_("MOTION"),
                                        N_("NAME"),   N_("PRODUCT"), N_("ROLE"),   N_("SHELL"), N_("SUPPLIER"),
                                        N_("YEAR")};

Message positional_name(const std::string& name) {
  for (const char* p : kPositionals)
    if (name == p) return marked(p);
  return Message(name);
}

class Formatter : public CLI::Formatter {
 public:
  Formatter() {
    // TRANSLATORS: the words of --help around the commands and options.
    label("Usage", tr("Usage"));
    label("OPTIONS", tr("OPTIONS"));
    label("SUBCOMMAND", tr("SUBCOMMAND"));
    label("SUBCOMMANDS", tr("SUBCOMMANDS"));
    label("Positionals", tr("Positionals"));
    label("REQUIRED", tr("REQUIRED"));
    label("Env", tr("Env"));
    label("Needs", tr("Needs"));
    label("Excludes", tr("Excludes"));
  }
  std::string make_option_name(const CLI::Option* opt, bool positional) const override {
    const std::string name = CLI::Formatter::make_option_name(opt, positional);
    return positional ? render(positional_name(name), language()) : name;
  }
  // CLI11 writes the type name first (" TEXT=default REQUIRED"): only that part is its own word.
  std::string make_option_opts(const CLI::Option* opt) const override {
    std::string out = CLI::Formatter::make_option_opts(opt);
    const std::string type = opt->get_type_name();
    if (opt->get_option_text().empty() && !type.empty() && out.compare(0, type.size() + 1, " " + type) == 0)
      out.replace(1, type.size(), shown_type(type));
    return out;
  }
};

// ---- parse errors, each rebuilt from the parser's state where CLI11 throws it (CLI/App.hpp)

bool is_positional(const CLI::Option& o) { return !o.nonpositional(); }

// The options in the order CLI11 runs their callbacks (App::_process_callbacks): an app's own,
// then its subcommands' and option groups', depth first.
void in_callback_order(const CLI::App& app, std::vector<const CLI::Option*>& out) {
  for (const CLI::Option* o : app.get_options()) out.push_back(o);
  for (const CLI::App* sub : app.get_subcommands(std::function<bool(const CLI::App*)>{})) in_callback_order(*sub, out);
}

std::vector<const CLI::Option*> in_callback_order(const CLI::App& app) {
  std::vector<const CLI::Option*> out;
  in_callback_order(app, out);
  return out;
}

// RequiredError, RequiresError, ExcludesError: the first requirement not met, in the order
// App::_process_requirements checks them.
std::optional<Message> unmet(const CLI::App& app) {
  std::size_t used = 0;
  for (const CLI::Option* o : app.get_options()) {
    if (o->count() != 0) ++used;
    if (o->get_required() && o->count() == 0) return msg("{} is required", option_name(*o));
    for (const CLI::Option* need : o->get_needs())
      if (o->count() > 0 && need->count() == 0) return msg("{} requires {}", option_name(*o), option_name(*need));
    for (const CLI::Option* other : o->get_excludes())
      if (o->count() > 0 && other->count() != 0) return msg("{} excludes {}", option_name(*o), option_name(*other));
  }
  // Our groups require one subcommand (CLI11 words more than one otherwise).
  if (app.get_require_subcommand_min() == 1 && app.get_subcommands().empty()) return msg("A subcommand is required");
  const auto all = app.get_subcommands(std::function<bool(const CLI::App*)>{});
  for (const CLI::App* sub : all)
    if (!sub->get_disabled() && sub->get_name().empty() && sub->count_all() > 0) ++used;
  // An option group that wants exactly one of its options (`incident notify`'s step); CLI11
  // words other bounds otherwise.
  const std::size_t least = app.get_require_option_min(), most = app.get_require_option_max();
  if (least > used || (most > 0 && most < used)) {
    if (least != 1 || most != 1) return std::nullopt;
    std::string names;
    for (const CLI::Option* o : app.get_options())
      if (o != app.get_help_ptr() && o != app.get_help_all_ptr()) names += (names.empty() ? "" : ",") + o->get_name(false, true);
    if (used == 0) return msg("Exactly 1 option from [{}] is required", names);
    return msg("Exactly 1 option from [{}] is required and {} were given", names, used);
  }
  for (const CLI::App* sub : all) {
    if (sub->get_disabled()) continue;
    if (sub->count() > 0 || sub->get_name().empty())
      if (std::optional<Message> m = unmet(*sub)) return m;
  }
  return std::nullopt;
}

// ExtrasError: the words the first app (the root, then the commands given) did not take.
std::optional<Message> extras(const CLI::App& app) {
  if (!app.get_allow_extras() && !app.get_prefix_command() && app.remaining_size() > 0) {
    std::vector<std::string> words = app.remaining();
    std::string listed;
    // CLI11 lists them last first (detail::rjoin).
    for (auto w = words.rbegin(); w != words.rend(); ++w) listed += (listed.empty() ? "" : " ") + *w;
    return msg_n("The following argument was not expected: {}", "The following arguments were not expected: {}",
                 static_cast<long long>(words.size()), listed);
  }
  for (const CLI::App* sub : app.get_subcommands(std::function<bool(const CLI::App*)>{}))
    if (sub->count() > 0)
      if (std::optional<Message> m = extras(*sub)) return m;
  return std::nullopt;
}

// ArgumentMismatch while parsing: the command line ends in an option that wants a value
// (`--name` as the last word; App::_parse_arg ran out of words). The option is the one of the
// last command given, else of the commands above it, as CLI11 looks it up.
std::optional<Message> value_missing(const CLI::App& app, int argc, char** argv) {
  if (argc < 2 || std::find(argv + 1, argv + argc, std::string_view("--")) != argv + argc) return std::nullopt;
  std::string word = argv[argc - 1];
  if (!word.starts_with('-')) return std::nullopt;
  word = word.substr(0, word.find('='));
  const CLI::App* last = &app;
  while (!last->get_subcommands().empty()) last = last->get_subcommands().back();
  for (const CLI::App* a = last; a; a = a->get_parent())
    if (const CLI::Option* o = a->get_option_no_throw(word); o && o->get_items_expected_max() > 0)
      return msg("{}: {} required {} missing", option_name(*o),
                 std::min(o->get_type_size_min(), o->get_items_expected_min()), type_words(o->get_type_name()));
  return std::nullopt;
}

// ArgumentMismatch while running the callbacks: the first option given more often than it
// takes values (Option::_reduce_results).
std::optional<Message> count_mismatch(const CLI::App& app) {
  for (const CLI::Option* o : in_callback_order(app)) {
    if (!*o || o->get_multi_option_policy() != CLI::MultiOptionPolicy::Throw) continue;
    const std::size_t given = o->results().size();
    const auto least = static_cast<std::size_t>(std::max(o->get_items_expected_min(), 1));
    const auto most = static_cast<std::size_t>(std::max(o->get_items_expected_max(), 1));
    if (given < least) return msg("{}: At least {} required but received {}", option_name(*o), least, given);
    if (given > most) return msg("{}: At Most {} required but received {}", option_name(*o), most, given);
  }
  return std::nullopt;
}

// ConversionError: the option whose callback failed is the last one that ran (CLI11 runs them
// in order and stops at the failure; Option::run_callback).
std::optional<Message> not_converted(const CLI::App& app) {
  const CLI::Option* failed = nullptr;
  for (const CLI::Option* o : in_callback_order(app))
    if (*o && o->get_callback_run()) failed = o;
  if (!failed) return std::nullopt;
  std::string values;
  for (const std::string& r : failed->results()) values += (values.empty() ? "" : ",") + r;
  return msg("Could not convert: {} = {}", option_name(*failed), values);
}

template <typename E>
bool is(const CLI::ParseError& e) {
  return dynamic_cast<const E*>(&e) != nullptr;
}

// A subcommand makes its -h/--help before it takes its parent's option group: put it in the
// translated group ("Opties") of the other options.
void help_group(CLI::App& app, const std::string& group) {
  if (CLI::Option* help = app.get_help_ptr()) help->group(group);
  for (CLI::App* sub : app.get_subcommands({})) help_group(*sub, group);
}

}  // namespace

void translate_help(CLI::App& app, const std::string& version) {
  app.formatter(std::make_shared<Formatter>());
  app.group(tr("Subcommands"));
  app.option_defaults()->group(tr("Options"));
  app.set_help_flag("-h,--help", tr("Print this help message and exit"));
  app.set_version_flag("--version", version, tr("Display program version information and exit"));
  // Before parsing, every subcommand exists.
  app.preparse_callback([&app](std::size_t) { help_group(app, tr("Options")); });
}

Message option_name(const CLI::Option& option) {
  return is_positional(option) ? positional_name(option.get_name()) : Message(option.get_name());
}

std::string usage_hint() { return tr("see 'mbov --help' or the command's --help"); }

void bad_value(const Message& message) { throw Error(Exit::data, render(message, language()), {}, usage_hint()); }

Message parse_error(const CLI::App& app, const CLI::ParseError& e, int argc, char** argv) {
  std::optional<Message> m;
  if (is<CLI::RequiredError>(e) || is<CLI::RequiresError>(e) || is<CLI::ExcludesError>(e)) m = unmet(app);
  else if (is<CLI::ExtrasError>(e)) m = extras(app);
  else if (is<CLI::ArgumentMismatch>(e)) {
    m = value_missing(app, argc, argv);
    if (!m) m = count_mismatch(app);
  }
  else if (is<CLI::ConversionError>(e))
    m = not_converted(app);
  // What our command line cannot cause (ValidationError: our validators throw their own;
  // FileError, ConfigError: no config file; HorribleError, InvalidError: CLI11's own faults):
  // CLI11's English.
  return m ? *m : Message(e.what());
}

}  // namespace mbov::cli
