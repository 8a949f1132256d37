#include "app/settings.hpp"

#include <cstdlib>
#include <filesystem>

#include "core/catalog.hpp"
#include "core/currency.hpp"
#include "core/error.hpp"
#include "data/load_config.hpp"
#include "report/format_money.hpp"

namespace cpcost {

namespace {

std::string variable(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

std::string at(const SourcePosition& where) { return "config file " + where.path + ":" + std::to_string(where.line); }

std::string_view format_name(Format format) {
  switch (format) {
    case Format::json:
      return "json";
    case Format::jsonl:
      return "jsonl";
    case Format::csv:
      return "csv";
    case Format::markdown:
      return "markdown";
    case Format::table:
      break;
  }
  return "table";
}

}  // namespace

ResolvedSettings resolve_settings(Invocation& invocation) {
  ResolvedSettings resolved;
  std::string config_origin;
  bool explicit_config = true;
  if (invocation.config_path) {
    resolved.config_path = *invocation.config_path;
    config_origin = "--config";
  } else if (!variable("CPCOST_CONFIG").empty()) {
    resolved.config_path = variable("CPCOST_CONFIG");
    config_origin = "CPCOST_CONFIG";
  } else {
    explicit_config = false;
    const std::string xdg = variable("XDG_CONFIG_HOME");
    const std::string home = variable("HOME");
    if (!xdg.empty()) resolved.config_path = xdg + "/cpcost/config.toml";
    else if (!home.empty()) resolved.config_path = home + "/.config/cpcost/config.toml";
    config_origin = "default location";
  }

  Config config;
  std::error_code error;
  if (!resolved.config_path.empty() && (explicit_config || std::filesystem::exists(resolved.config_path, error))) {
    config = load_config(resolved.config_path);  // a named file that is missing is an error
    resolved.config_found = true;
  }
  resolved.rows.push_back({"config", resolved.config_path.empty() ? "(none)" : resolved.config_path,
                           config_origin + (resolved.config_found ? "" : " (not found)")});

  QuerySweep& sweep = invocation.sweep;
  auto row = [&](std::string name, std::string value, std::string origin) {
    resolved.rows.push_back({std::move(name), std::move(value), std::move(origin)});
  };

  // from
  if (sweep.origins.size() != 1 || sweep.origins.front()) {
    row("from", sweep.origins.front().value_or("(several)"), "--from");
  } else if (config.from) {
    sweep.origins = {config.from->value};
    row("from", config.from->value, at(config.from->where));
  } else {
    row("from", std::string(kDefaultOrigin), "built-in default");
  }
  // companions
  if (sweep.companions.size() != 1 || sweep.companions.front()) {
    row("companions", sweep.companions.size() == 1 ? std::to_string(*sweep.companions.front()) : "(several)",
        "--companions");
  } else if (config.companions) {
    sweep.companions = {config.companions->value};
    row("companions", std::to_string(config.companions->value), at(config.companions->where));
  } else {
    row("companions", std::to_string(kDefaultCompanions), "built-in default");
  }
  // currency
  if (sweep.currency) {
    row("currency", *sweep.currency, "--currency");
  } else if (config.currency) {
    sweep.currency = config.currency->value;
    row("currency", config.currency->value, at(config.currency->where));
    resolved.currency_from_config = config.currency->where;
  } else {
    row("currency", "USD", "built-in default");
  }
  // format
  if (invocation.format_given) {
    row("format", std::string(format_name(invocation.format)), invocation.output ? "--format or --output" : "--format");
  } else if (config.format) {
    const std::string& name = config.format->value;
    invocation.format = name == "json" ? Format::json : name == "jsonl" ? Format::jsonl : name == "csv" ? Format::csv
                        : name == "markdown" ? Format::markdown : Format::table;
    invocation.format_given = true;
    row("format", name, at(config.format->where));
  } else {
    row("format", "table (csv for batch and sweeps)", "built-in default");
  }
  // data
  if (invocation.data_dir) {
    row("data", *invocation.data_dir, "--data");
  } else if (!variable("CPCOST_DATA").empty()) {
    invocation.data_dir = variable("CPCOST_DATA");
    row("data", *invocation.data_dir, "CPCOST_DATA");
  } else if (config.data) {
    invocation.data_dir = config.data->value;
    row("data", config.data->value, at(config.data->where));
  } else {
    row("data", "(bundled)", "built-in default");
  }
  // contingency and fx_fee
  auto percent = [&](const char* name, const char* flag, std::optional<std::int64_t>& value,
                     const std::optional<ConfigValue<std::int64_t>>& configured) {
    if (value) {
      row(name, format_percent(*value), flag);
    } else if (configured) {
      value = configured->value;
      row(name, format_percent(configured->value), at(configured->where));
    } else {
      row(name, "(none)", "built-in default");
    }
  };
  percent("contingency", "--contingency", sweep.contingency_bp, config.contingency_bp);
  percent("fx_fee", "--fx-fee", sweep.fx_fee_bp, config.fx_fee_bp);
  return resolved;
}

}  // namespace cpcost
