#pragma once
// Where mbov keeps its files by default (XDG Base Directory specification).
#include <optional>
#include <string>

#include <mbov/core/export.hpp>

MBOV_PUBLIC_BEGIN

namespace mbov {

// $XDG_DATA_HOME/mbov/mbov.db, else ~/.local/share/mbov/mbov.db.
std::string default_db_path();
// $XDG_CONFIG_HOME/mbov/policy.toml (else ~/.config/mbov/policy.toml) when that file exists.
std::optional<std::string> default_config_path();

}  // namespace mbov

MBOV_PUBLIC_END
