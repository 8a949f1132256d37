#pragma once
// The configuration file (README, "Configuration"): defaults for from,
// companions, currency, format, data, contingency and fx_fee.

#include <cstdint>
#include <optional>
#include <string>

#include "core/error.hpp"
#include "data/data_file.hpp"
#include "data/problem.hpp"

namespace cpcost {

template <class T>
struct ConfigValue {
  T value{};
  SourcePosition where;  // the line that sets it
};

struct Config {
  std::string path;
  std::optional<ConfigValue<std::string>> from;      // an origin
  std::optional<ConfigValue<int>> companions;
  std::optional<ConfigValue<std::string>> currency;  // a code (its rate is checked against the data in use)
  std::optional<ConfigValue<std::string>> format;    // table, json, jsonl, csv or markdown
  std::optional<ConfigValue<std::string>> data;      // a data directory, relative to the config file's
  std::optional<ConfigValue<std::int64_t>> contingency_bp;
  std::optional<ConfigValue<std::int64_t>> fx_fee_bp;
};

Config read_config(const DataFile& file, Problems& problems);

// The config at path, or a data Error for its first problem.
Config load_config(const std::string& path);

}  // namespace cpcost
