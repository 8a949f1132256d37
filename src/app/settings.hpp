#pragma once
// Where each setting comes from. Precedence: command-line flags, then the
// environment (CPCOST_DATA; CPCOST_CONFIG names the config file), then the
// config file ($XDG_CONFIG_HOME/cpcost/config.toml, else ~/.config/cpcost/
// config.toml, or --config FILE), then the built-in defaults.

#include <optional>
#include <string>
#include <vector>

#include "cli/parse_args.hpp"
#include "core/error.hpp"
#include "report/render.hpp"

namespace cpcost {

struct ResolvedSettings {
  std::string config_path;  // the file looked for; empty when none could be named
  bool config_found = false;
  std::vector<SettingRow> rows;  // for cpcost config
  // Where the currency came from when the config file gave it: a currency the
  // data has no rate for is then that file's error, not --currency's.
  std::optional<SourcePosition> currency_from_config;
};

// Fills what the command line left out from the environment and the config
// file, in place. Throws a data Error for a config file that is named but
// missing, or that breaks its schema.
ResolvedSettings resolve_settings(Invocation& invocation);

}  // namespace cpcost
