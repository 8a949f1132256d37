#pragma once
// The configuration file (README, "Configuration"): a default for each option
// that has a config key in the option table (spec/options.hpp), checked by the
// option's own check, so that it accepts what the command line accepts.

#include <string>
#include <vector>

#include "core/error.hpp"
#include "data/data_file.hpp"
#include "data/problem.hpp"
#include "spec/options.hpp"

namespace cpcost {

struct ConfigSetting {
  OptionId id;
  std::string value;     // as written (a whole number as its digits); a path relative to the file's directory
  SourcePosition where;  // the line that sets it
};

struct Config {
  std::string path;
  std::vector<ConfigSetting> settings;  // in the option table's order

  const ConfigSetting* find(OptionId id) const;
};

Config read_config(const DataFile& file, Problems& problems);

// The config at path, or a data Error for its first problem.
Config load_config(const std::string& path);

}  // namespace cpcost
