#include "data/load_config.hpp"

#include "core/query.hpp"
#include "core/query_input.hpp"
#include "data/load_quote.hpp"
#include "data/table_reader.hpp"

namespace cpcost {

Config read_config(const DataFile& file, Problems& problems) {
  Config config;
  config.path = file.path;
  const auto root = parse_toml(file.path, file.text, problems);
  if (!root) return config;
  TableReader reader(*root, file.path, "", problems);
  auto where = [&](std::string_view key) { return position_of(file.path, reader.node(key, Need::optional)->source()); };

  // A setting written as text, checked by one of the command line's own parsers.
  auto parsed = [&](std::string_view key, auto parse) {
    using Value = decltype(parse(std::string_view()).value);
    std::optional<ConfigValue<Value>> result;
    const toml::node* node = reader.node(key, Need::optional);
    if (!node) return result;
    std::string text;
    if (const auto* string = node->as_string()) {
      text = string->get();
    } else if (const auto* integer = node->as_integer()) {
      text = std::to_string(integer->get());
    } else {
      reader.problem_at(*node, key, "expected a string or a whole number, found " + std::string(describe(*node)));
      return result;
    }
    auto value = parse(text);
    if (!value) {
      reader.problem_at(*node, key, value.error);
      return result;
    }
    result = ConfigValue<Value>{std::move(value.value), where(key)};
    return result;
  };

  config.from = parsed("from", parse_origin);
  config.companions = parsed("companions", [](std::string_view v) { return parse_whole_number(v, 0, QueryLimits::max_companions); });
  config.currency = parsed("currency", parse_currency_code);
  config.format = parsed("format", [](std::string_view v) -> Parsed<std::string> {
    for (const char* name : {"table", "json", "jsonl", "csv", "markdown"}) {
      if (v == name) return {name, {}};
    }
    return {{}, "'" + std::string(v) + "' is not one of table, json, jsonl, csv, markdown"};
  });
  config.contingency_bp = parsed("contingency", parse_percent);
  config.fx_fee_bp = parsed("fx_fee", parse_percent);
  if (const auto data = reader.text("data", Need::optional)) {
    // Relative to the configuration file, so that the two can move together.
    const auto slash = file.path.rfind('/');
    const std::string directory = slash == std::string::npos ? "" : file.path.substr(0, slash + 1);
    config.data = ConfigValue<std::string>{data->front() == '/' ? *data : directory + *data, where("data")};
  }
  reader.reject_unknown_keys("a config file sets from, companions, currency, format, data, contingency, fx_fee");
  return config;
}

Config load_config(const std::string& path) {
  Problems problems;
  Config config = read_config(read_data_file(path), problems);
  if (!problems.empty()) throw Error(ErrorKind::data, problems.front().where, problems.front().message);
  return config;
}

}  // namespace cpcost
