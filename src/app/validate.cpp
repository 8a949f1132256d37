#include "app/validate.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <tuple>

#include "core/error.hpp"
#include "core/query_input.hpp"
#include "data/bundled_data.hpp"
#include "data/load_catalog.hpp"
#include "data/load_checklist.hpp"
#include "data/load_config.hpp"
#include "data/load_currencies.hpp"
#include "data/load_quote.hpp"
#include "data/parse_toml.hpp"
#include "data/read_data_dir.hpp"

namespace cpcost {

namespace {

enum class FileKind { destination, quote, currencies, checklist, config, unreadable };

FileKind kind_of(const DataFile& file) {
  Problems unread;  // the checks below report where
  const auto parsed = parse_toml(file.path, file.text, unread);
  if (!parsed) return FileKind::unreadable;
  const toml::table& root = *parsed;
  if (root.contains("clinic")) return FileKind::quote;
  if (root.contains("rates")) return FileKind::currencies;
  if (root.contains("items")) return FileKind::checklist;
  if (root.contains("id")) return FileKind::destination;
  for (const auto& [key, value] : root) {
    if (option_for_config_key(key.str())) return FileKind::config;
  }
  return FileKind::destination;
}

void add_files(ValidationReport& report, const DataFiles& files) {
  for (const auto& file : files.destinations) report.files.push_back(file.path);
  if (files.checklist) report.files.push_back(files.checklist->path);
  if (files.currencies) report.files.push_back(files.currencies->path);
}

void add_problems(ValidationReport& report, const Problems& problems) {
  for (const auto& p : problems) report.problems.push_back({p.where.path, p.where.line, p.where.column, p.message});
}

// The config file's settings that need the data: its currency must have a rate.
void check_config(ValidationReport& report, const std::string& path, const Catalog& catalog) {
  Problems problems;
  const Config config = read_config(read_data_file(path), problems);
  if (const ConfigSetting* currency = config.find(OptionId::currency)) {
    const std::string code = parse_currency_code(currency->value).value;
    if (!catalog.currencies.find(code)) {
      problems.push_back({currency->where, "currency: no exchange rate for '" + code +
                                               "'; the data has: " + catalog.currencies.codes()});
    }
  }
  report.files.push_back(path);
  add_problems(report, problems);
}

// Each file's problems from its first line to its last (files in the order checked).
void in_order(ValidationReport& report) {
  std::vector<std::string> paths;  // in the order first met
  for (const auto& problem : report.problems) {
    if (std::find(paths.begin(), paths.end(), problem.path) == paths.end()) paths.push_back(problem.path);
  }
  auto rank = [&](const ValidationReport::Finding& finding) {
    return std::tuple(std::find(paths.begin(), paths.end(), finding.path) - paths.begin(), finding.line, finding.column);
  };
  std::stable_sort(report.problems.begin(), report.problems.end(),
                   [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
}

}  // namespace

ValidationReport validate(const Settings& settings) {
  const Date& today = settings.render.today;
  ValidationReport report;
  // The data in use: its problems are reported when no paths are given, and it is
  // what quotes and configs are checked against.
  const DataFiles in_use = settings.data_dir ? read_data_dir(*settings.data_dir) : bundled_data_files();
  Catalog catalog;
  const Problems in_use_problems = check_catalog(in_use, &catalog, today);

  if (settings.validate_paths.empty()) {
    add_files(report, in_use);
    add_problems(report, in_use_problems);
    if (settings.config_found) check_config(report, settings.config_path, catalog);
    in_order(report);
    return report;
  }

  DataFiles destinations;  // checked together: ids and aliases are unique across them
  for (const auto& path : settings.validate_paths) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
      const DataFiles files = read_data_dir(path);
      add_files(report, files);
      add_problems(report, check_catalog(files, nullptr, today));
      continue;
    }
    const DataFile file = read_data_file(path);
    Problems problems;
    switch (kind_of(file)) {
      case FileKind::quote:
        read_quote(file, catalog, problems, today);
        break;
      case FileKind::currencies:
        read_currencies(file, problems, today);
        break;
      case FileKind::checklist:
        read_checklist(file, problems, today);
        break;
      case FileKind::config:
        check_config(report, path, catalog);
        continue;
      case FileKind::destination:
      case FileKind::unreadable:
        destinations.destinations.push_back(file);
        continue;
    }
    report.files.push_back(path);
    add_problems(report, problems);
  }
  if (!destinations.destinations.empty()) {
    add_files(report, destinations);
    add_problems(report, check_catalog(destinations, nullptr, today));
  }
  in_order(report);
  return report;
}

}  // namespace cpcost
