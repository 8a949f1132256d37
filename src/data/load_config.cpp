#include "data/load_config.hpp"

#include <algorithm>
#include <tuple>

#include "data/table_reader.hpp"

namespace cpcost {

const ConfigSetting* Config::find(OptionId id) const {
  for (const auto& setting : settings) {
    if (setting.id == id) return &setting;
  }
  return nullptr;
}

Config read_config(const DataFile& file, Problems& problems) {
  Config config;
  config.path = file.path;
  const auto root = parse_toml(file.path, file.text, problems);
  if (!root) return config;
  TableReader reader(*root, file.path, "", problems);
  const std::size_t earlier = problems.size();
  // Paths are relative to the configuration file, so that the two can move together.
  const auto slash = file.path.rfind('/');
  const std::string directory = slash == std::string::npos ? "" : file.path.substr(0, slash + 1);

  for (const auto& option : kOptions) {
    if (option.config_key.empty()) continue;
    const std::string_view key = option.config_key;
    const toml::node* node = reader.node(key, Need::optional);
    if (!node) continue;
    std::string text;
    if (option.kind == ValueKind::path) {
      const auto path = reader.text(key, Need::optional);  // a non-blank string
      if (!path) continue;
      text = *path;
    } else if (const auto* string = node->as_string()) {
      text = string->get();
    } else if (const auto* integer = node->as_integer()) {
      text = std::to_string(integer->get());
    } else {
      reader.problem_at(*node, key, "expected a string or a whole number, found " + std::string(describe(*node)));
      continue;
    }
    if (const std::string error = check_value(option, text, Values::one); !error.empty()) {
      reader.problem_at(*node, key, error);
      continue;
    }
    if (option.kind == ValueKind::path && text.front() != '/') text = directory + text;
    config.settings.push_back({option.id, std::move(text), position_of(file.path, node->source())});
  }
  reader.reject_unknown_keys("a config file sets " + config_keys());
  // Read in the option table's order; reported in the file's, its first problem first.
  std::stable_sort(problems.begin() + static_cast<std::ptrdiff_t>(earlier), problems.end(),
                   [](const Problem& a, const Problem& b) {
                     return std::tie(a.where.line, a.where.column) < std::tie(b.where.line, b.where.column);
                   });
  return config;
}

Config load_config(const std::string& path) {
  Problems problems;
  Config config = read_config(read_data_file(path), problems);
  if (!problems.empty()) throw Error(ErrorKind::data, problems.front().where, problems.front().message);
  return config;
}

}  // namespace cpcost
