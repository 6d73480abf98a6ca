// mbov completion bash|zsh|fish: a small script per shell that asks mbov itself what completes
// the word under the cursor (`mbov completion SHELL --complete -- WORDS...`). The answer comes
// from the command tree, so it never falls behind a new command or option; one implementation
// serves the three shells, which only differ in how they split a line and offer file names.

#include <algorithm>
#include <iterator>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "commands.hpp"
#include <mbov/contract/catalog.hpp>
#include <mbov/core/error.hpp>
#include <mbov/core/i18n.hpp>
#include <mbov/contract/contract.hpp>
#include <mbov/core/msg.hpp>
#include <mbov/dpia/dpia.hpp>
#include <mbov/gov/gov.hpp>
#include <mbov/incident/incident.hpp>
#include <mbov/member/member.hpp>
#include <mbov/vote/vote.hpp>

namespace mbov::cli {
namespace {

using Words = std::vector<std::string>;

// Every word of an area's closed set, or every word but one (a value the option does not take).
template <class Set>
Words all(const Set& set) {
  return Words(std::begin(set), std::end(set));
}
template <class Set>
Words all_but(const Set& set, std::string_view but) {
  Words out;
  for (const auto& w : set)
    if (std::string_view(w) != but) out.emplace_back(w);
  return out;
}

// What completes an option's or a positional's value. `command` is the path of the command that
// has it ("" for any); the words are fixed values, or "@files", "@members", "@products" (file
// names from the shell, codes from the database), or those of an area's closed set (`set`, so
// that a new word of the set completes too). A value not listed completes to nothing (dates,
// names, amounts, ids): never to a command name.
struct ValueWords {
  std::string_view command, name, words;
  Words (*set)() = nullptr;
};
constexpr ValueWords value_words[] = {
    {"", "--format", "table json csv tsv markdown text html ics prometheus xlsx"},
    {"", "--csv-dialect", "rfc excel"},
    {"", "--lang", "nl en"},
    {"", "--db", "@files"},
    {"", "--config", "@files"},
    {"", "--ballots", "@files"},
    {"", "--file", "@files"},
    {"", "FILE", "@files"},
    {"", "--member", "@members"},
    {"", "CODE", "@members"},
    {"member add", "CODE", ""},             // a new member's code
    {"contract product add", "CODE", ""},   // a new product's code
    {"", "--product", "@products"},
    {"", "PRODUCT", "@products"},
    {"", "CHOICE", {}, [] { return all(vote::choice_words()); }},
    {"", "SHELL", "bash zsh fish"},
    {"member contact add", "--role", {}, [] { return all(member::contact_role_words()); }},
    {"dpia register add", "--role", {}, [] { return all(dpia::processing_role_words()); }},
    {"dpia register edit", "--role", {}, [] { return all(dpia::processing_role_words()); }},
    {"dpia register add", "--legal-basis", {}, [] { return all(dpia::legal_basis_words()); }},
    {"dpia register edit", "--legal-basis", {}, [] { return all(dpia::legal_basis_words()); }},
    {"vote meeting add", "--kind", {}, [] { return all(vote::meeting_kind_words()); }},
    {"vote motion add", "--kind", {}, [] { return all(vote::motion_kind_words()); }},
    {"incident open", "--kind", {}, [] { return all(incident::kind_words()); }},
    {"incident list", "--kind", {}, [] { return all(incident::kind_words()); }},
    {"incident open", "--priority", "1 2 3 4"},
    // Every status but new, which no update moves to (R-INC-2's state machine starts there).
    {"incident update", "--status", {},
     [] { return all_but(incident::status_words(), incident::status_name(incident::Status::new_)); }},
    // Above the operational level, where every incident starts.
    {"incident escalate", "--to", {},
     [] { return all_but(incident::level_words(), incident::level_name(incident::Level::operational)); }},
    {"contract list", "--status", {}, [] { return all(contract::status_words()); }},
    {"contract review", "--outcome", {}, [] { return all(contract::review_outcome_words()); }},
    {"dpia add", "--kind", {}, [] { return all(dpia::kind_words()); }},
    {"dpia complete", "--outcome", {}, [] { return all(dpia::outcome_words()); }},
    // A version is approved by the AV (gov document approve), never added as approved.
    {"gov document add", "--status", {},
     [] { return all_but(gov::document_statuses(), gov::document_status_name(gov::DocumentStatus::approved)); }},
    {"gov document add", "KIND", {}, [] { return all(gov::document_kinds()); }},
    {"gov document show", "KIND", {}, [] { return all(gov::document_kinds()); }},
    {"gov role assign", "ROLE", {}, [] { return all(gov::role_names()); }},
    {"gov group join", "GROUP", {}, [] { return all(gov::group_names()); }},
    {"gov group leave", "GROUP", {}, [] { return all(gov::group_names()); }},
    {"gov group list", "GROUP", {}, [] { return all(gov::group_names()); }},
    {"gov group decide", "GROUP", {}, [] { return all(gov::group_names()); }},
};

std::string path_of(const CLI::App* app) {
  std::string path;
  for (; app && app->get_parent(); app = app->get_parent())
    path = path.empty() ? app->get_name() : app->get_name() + ' ' + path;
  return path;
}

// The words of an option (by its name, "--kind" or "CODE") of the command at `path`; none if unlisted.
const ValueWords* words_of(const std::string& path, std::string_view name) {
  const ValueWords* any = nullptr;
  for (const ValueWords& v : value_words) {
    if (v.name != name) continue;
    if (v.command == path) return &v;
    if (v.command.empty()) any = &v;
  }
  return any;
}

std::vector<std::string> split(std::string_view words) {
  std::vector<std::string> out;
  for (std::size_t at = 0; at < words.size();) {
    std::size_t end = std::min(words.find(' ', at), words.size());
    if (end > at) out.emplace_back(words.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

bool takes_value(const CLI::Option* o) { return o->get_type_size_max() != 0; }

// The option `name` ("--db", "-q") of `app` or of a command above it (global options fall through).
const CLI::Option* find_option(const CLI::App* app, std::string_view name) {
  for (; app; app = app->get_parent())
    for (const CLI::Option* o : app->get_options()) {
      for (const std::string& l : o->get_lnames())
        if (name == "--" + l) return o;
      for (const std::string& s : o->get_snames())
        if (name == "-" + s) return o;
    }
  return nullptr;
}

const CLI::App* find_subcommand(const CLI::App* app, const std::string& word) {
  for (const CLI::App* sub : app->get_subcommands({}))
    if (sub->check_name(word)) return sub;
  return nullptr;
}

// The positional of `app` that the `index`th positional word fills, or none.
const CLI::Option* positional_at(const CLI::App* app, int index) {
  for (const CLI::Option* o : app->get_options()) {
    if (!o->get_positional() || o->nonpositional()) continue;
    const int count = o->get_items_expected_max();
    if (index < count) return o;
    index -= count;
  }
  return nullptr;
}

// The codes the database knows: the line's --db if it names one, else MBOV_DB or the default.
// Completion must never fail: no database, a bad policy, a busy file give no codes.
std::vector<std::string> codes(Context& ctx, std::string_view kind, const std::string& db) {
  std::vector<std::string> out;
  try {
    if (!db.empty()) ctx.options.db = db;
    Session s = ctx.read();
    if (kind == "@members")
      for (const member::Member& m : member::list(s, {.all = true})) out.push_back(m.code);
    else
      for (const contract::Product& p : contract::products(s)) out.push_back(p.code);
  } catch (const std::exception&) {
  }
  return out;
}

struct Request {
  std::string shell;
  std::vector<std::string> words;  // the words after `mbov`, the last one under the cursor
};

// What completes the last word; "@files" alone asks the shell for file names.
std::vector<std::string> complete(const CLI::App& root, Context& ctx, Request r) {
  if (r.words.empty()) r.words.emplace_back();
  std::string cur = r.words.back();
  r.words.pop_back();
  std::string prefix;  // what the shell keeps in front of the candidates (zsh, fish: "--format=")
  std::string value_of;  // the option whose value is under the cursor
  // bash splits `--format=js` at '=' into "--format" "=" "js" and completes the text after '='.
  if (r.shell == "bash") {
    const auto n = r.words.size();
    if (cur == "=" && n >= 1 && r.words[n - 1].starts_with("--")) {
      value_of = r.words[n - 1], cur.clear();
      r.words.pop_back();
    } else if (n >= 2 && r.words[n - 1] == "=" && r.words[n - 2].starts_with("--")) {
      value_of = r.words[n - 2];
      r.words.resize(n - 2);
    }
    std::vector<std::string> joined;
    for (std::size_t i = 0; i < r.words.size(); ++i) {
      if (r.words[i] == "=" && !joined.empty() && joined.back().starts_with("--") && i + 1 < r.words.size())
        joined.back() += "=" + r.words[++i];
      else joined.push_back(r.words[i]);
    }
    r.words = std::move(joined);
  } else if (cur.starts_with("--") && cur.find('=') != std::string::npos) {
    prefix = cur.substr(0, cur.find('=') + 1);
    value_of = cur.substr(0, cur.find('='));
    cur = cur.substr(prefix.size());
  }

  // The command path, the positional words so far, an option waiting for its value, the --db.
  const CLI::App* app = &root;
  int positional = 0;
  const CLI::Option* pending = nullptr;
  std::string db, pending_name;
  for (const std::string& w : r.words) {
    if (pending) {
      if (pending_name == "--db") db = w;
      pending = nullptr;
      continue;
    }
    if (w.size() > 1 && w.starts_with('-')) {
      const std::string name = w.substr(0, w.find('='));
      const CLI::Option* o = find_option(app, name);
      if (o && takes_value(o) && w.find('=') == std::string::npos) pending = o, pending_name = name;
      if (name == "--db" && w.find('=') != std::string::npos) db = w.substr(w.find('=') + 1);
      continue;
    }
    if (positional == 0)
      if (const CLI::App* sub = find_subcommand(app, w)) {
        app = sub;
        continue;
      }
    ++positional;
  }
  if (pending) value_of = pending_name;
  const std::string path = path_of(app);

  std::vector<std::string> candidates;
  auto offer = [&](const ValueWords* v) {
    if (!v) return;
    if (v->words == "@files") {
      candidates = {"@files"};
      return;
    }
    Words words = v->set ? v->set() : v->words.starts_with('@') ? codes(ctx, v->words, db) : split(v->words);
    for (std::string& w : words) candidates.push_back(std::move(w));
  };
  if (!value_of.empty()) {
    // A global option's values are the same under every command.
    const bool global = find_option(&root, value_of) != nullptr;
    offer(words_of(global ? "" : path, value_of));
  } else if (cur.starts_with('-')) {
    for (const CLI::App* a = app; a; a = a->get_parent())
      for (const CLI::Option* o : a->get_options()) {
        for (const std::string& l : o->get_lnames()) candidates.push_back("--" + l);
        for (const std::string& s : o->get_snames()) candidates.push_back("-" + s);
      }
  } else {
    if (positional == 0)
      for (const CLI::App* sub : app->get_subcommands({})) candidates.push_back(sub->get_name());
    if (const CLI::Option* o = positional_at(app, positional)) offer(words_of(path, o->get_name()));
  }
  if (candidates.size() == 1 && candidates.front() == "@files") return candidates;
  std::vector<std::string> out;
  for (const std::string& c : candidates)
    if (c.starts_with(cur) && std::find(out.begin(), out.end(), prefix + c) == out.end()) out.push_back(prefix + c);
  return out;
}

// bash: COMP_WORDS as bash split them; file names by compgen -f.
constexpr std::string_view bash_script = R"(# bash completion for mbov; generated by `mbov completion bash`
_mbov() {
  local IFS=$'\n' cur=${COMP_WORDS[COMP_CWORD]}
  local -a out
  out=($(command mbov completion bash --complete -- "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
  if [[ ${out[0]-} == @files ]]; then
    [[ $cur == = ]] && cur=
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -f -- "$cur"))
  else
    COMPREPLY=("${out[@]}")
  fi
}
complete -F _mbov mbov
)";

// zsh: works autoloaded from $fpath as _mbov under compinit, and sourced after compinit.
constexpr std::string_view zsh_script = R"(#compdef mbov
# zsh completion for mbov; generated by `mbov completion zsh`
_mbov() {
  local -a out
  out=("${(@f)$(command mbov completion zsh --complete -- "${(@)words[2,CURRENT]}" 2>/dev/null)}")
  out=(${out:#})
  if [[ ${out[1]-} == @files ]]; then
    _files
  elif (( ${#out} )); then
    compadd -Q -- "${(@)out}"
  fi
}
if [[ ${zsh_eval_context[-1]-} == loadautofunc ]]; then
  _mbov "$@"
else
  compdef _mbov mbov
fi
)";

// fish: the tokens before the cursor and the token under it.
constexpr std::string_view fish_script = R"(# fish completion for mbov; generated by `mbov completion fish`
function __mbov_complete
    set -l words (commandline -opc)
    set -l cur (commandline -ct)
    set -l out (command mbov completion fish --complete -- $words[2..-1] $cur 2>/dev/null)
    if test "$out[1]" = @files
        __fish_complete_path $cur
    else
        printf '%s\n' $out
    end
end
# -f twice: without a plain `complete -f`, fish offers file names where mbov offers nothing (a date).
complete -c mbov -f
complete -c mbov -f -a '(__mbov_complete)'
)";

}  // namespace

void register_completion(CLI::App& app, Context& ctx) {
  auto r = std::make_shared<Request>();
  auto answer = std::make_shared<bool>(false);
  auto* cmd = app.add_subcommand("completion", tr("print a completion script for bash, zsh or fish (see mbov(1))"));
  cmd->add_option("SHELL", r->shell, tr("bash, zsh or fish"))->required();
  // What the scripts call on each TAB; not for people, so not in --help.
  cmd->add_flag("--complete", *answer, "")->group("");
  cmd->add_option("WORDS", r->words, "")->group("");
  cmd->callback([&app, &ctx, r, answer] {
    std::string_view script;
    if (r->shell == "bash") script = bash_script;
    else if (r->shell == "zsh") script = zsh_script;
    else if (r->shell == "fish") script = fish_script;
    else throw Error(Exit::usage, msg("unknown shell '{}'", r->shell), {}, tr("use bash, zsh or fish"));
    if (!*answer) return ctx.print_text(std::string(script));
    std::string out;
    for (const std::string& c : complete(app, ctx, *r)) out += c + '\n';
    std::cout << out;
  });
}

}  // namespace mbov::cli
