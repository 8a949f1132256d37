// The option table is the one definition: the command line, the config file,
// cpcost config and the help all follow it.

#include "spec/options.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

#include "app/settings.hpp"
#include "cli/parse_args.hpp"
#include "core/cost_items.hpp"
#include "report/help_page.hpp"
#include "report/text_table.hpp"
#include "spec/formats.hpp"
#include "spec/query_options.hpp"
#include "spec/sort_keys.hpp"

using namespace cpcost;

namespace {

ParsedArgs parse(std::vector<std::string> words) {
  words.insert(words.begin(), "cpcost");
  std::vector<const char*> argv;
  for (const auto& word : words) argv.push_back(word.c_str());
  return parse_args(static_cast<int>(argv.size()), argv.data());
}

Environment plain_environment() {
  Environment environment;
  environment.lang = "C.UTF-8";
  environment.today = "2026-11-25";
  return environment;
}

// A value of each kind as a person might type it, in an unusual case where
// case is free: both places must accept it and read it the same.
std::map<ValueKind, std::string> samples() {
  return {{ValueKind::counts, "2"},      {ValueKind::origins, "Middle-East"}, {ValueKind::currency, "eur"},
          {ValueKind::format, "JSON"},   {ValueKind::percent, "2.5"},         {ValueKind::path, "/srv/cpcost-data"},
          {ValueKind::amount, "20k"},    {ValueKind::amount_range, "800-1200"}, {ValueKind::names, "Mexico"},
          {ValueKind::sort_key, "Travel"},  {ValueKind::number, "20000000"}};
}

// What a setting resolves to, as the commands see it.
std::string resolved(const Settings& settings) {
  const Query query = settings.sweep.at(0);
  std::string text = std::string(name_of(settings.format)) + (settings.format_given ? "!" : "") + "|" +
                     settings.data_dir.value_or("-") + "|" + query.origin.value_or("-") + "|" +
                     (query.companions ? std::to_string(*query.companions) : "-") + "|" + query.currency.value_or("-") +
                     "|" + (query.contingency_bp ? std::to_string(*query.contingency_bp) : "-") + "|" +
                     (query.fx_fee_bp ? std::to_string(*query.fx_fee_bp) : "-");
  for (const auto& row : settings.rows) {
    if (row.name != "config") text += "|" + row.name + "=" + row.value;
  }
  return text;
}

}  // namespace

TEST_CASE("options: each option with a config key reads the same from the command line and the config file") {
  const auto values = samples();
  const std::string directory = std::filesystem::temp_directory_path() / ("cpcost-options-" + std::to_string(getpid()));
  std::filesystem::create_directories(directory);
  const std::string config_path = directory + "/config.toml";
  int walked = 0;
  for (const auto& option : kOptions) {
    if (option.config_key.empty()) continue;
    CAPTURE(option.config_key);
    const auto sample = values.find(option.kind);
    REQUIRE_MESSAGE(sample != values.end(), "a sample value for this option's kind");
    {
      std::ofstream file(config_path);
      file << option.config_key << " = \"" << sample->second << "\"\n";
    }
    const auto from_flag = parse({"config", std::string(option.name()), sample->second});
    const auto from_file = parse({"config", "--config", config_path});
    REQUIRE(from_flag.command_line);
    REQUIRE(from_file.command_line);
    const Settings flag = resolve_settings(*from_flag.command_line, plain_environment());
    const Settings file = resolve_settings(*from_file.command_line, plain_environment());
    CHECK(resolved(flag) == resolved(file));
    CHECK(resolved(flag) != resolved(resolve_settings(*parse({"config"}).command_line, plain_environment())));
    ++walked;
  }
  std::filesystem::remove_all(directory);
  CHECK(walked == 8);  // from, companions, currency, format, data, contingency, fx_fee, max_rows
}

TEST_CASE("options: a config file refuses what the option refuses, with the same words") {
  const std::string path = std::filesystem::temp_directory_path() / ("cpcost-refuse-" + std::to_string(getpid()) + ".toml");
  for (const auto& option : kOptions) {
    if (option.config_key.empty() || option.kind == ValueKind::path) continue;
    CAPTURE(option.config_key);
    {
      std::ofstream file(path);
      file << option.config_key << " = \"nonsense\"\n";
    }
    std::string from_flag, from_file;
    try {
      resolve_settings(*parse({"config", std::string(option.name()), "nonsense"}).command_line, plain_environment());
    } catch (const Error& error) {
      from_flag = error.what();
    }
    try {
      resolve_settings(*parse({"config", "--config", path}).command_line, plain_environment());
    } catch (const Error& error) {
      from_file = error.what();
    }
    REQUIRE_FALSE(from_flag.empty());
    REQUIRE_FALSE(from_file.empty());
    // "--from: 'nonsense' is not ..." and "PATH:1:8: from: 'nonsense' is not ...": the
    // option's own check in both (a config file sets one value, not a sweep).
    const std::string sweep_reason = check_value(option, "nonsense", Values::sweep);
    const std::string one_reason = check_value(option, "nonsense", Values::one);
    CHECK(from_flag == std::string(option.name()) + ": " + sweep_reason);
    CHECK(from_file == path + ":1:" + std::to_string(option.config_key.size() + 4) + ": " +
                           std::string(option.config_key) + ": " + one_reason);
  }
  std::remove(path.c_str());
}

TEST_CASE("options: every option is in the help of each command that takes it, and nothing else is") {
  for (const auto& command : kCommands) {
    CAPTURE(command.usage);
    const ParsedArgs asked = command.name.empty() ? parse({"--help"}) : parse({std::string(command.name), "--help"});
    REQUIRE_FALSE(asked.command_line);
    const std::string help = help_page(asked.help_for, 100);
    for (const auto& option : kOptions) {
      // Its own entry: "      --country ID   ...", "  -o, --output FILE   ...".
      // (or, when it is too long for the column, "  --flight AMOUNT[-AMOUNT]" on a line of its own).
      const std::string typed =
          std::string(option.name()) + (option.value_name.empty() ? "" : " " + std::string(option.value_name));
      CAPTURE(option.name());
      const bool listed = help.find(typed + "  ") != std::string::npos || help.find(typed + "\n") != std::string::npos;
      CHECK(listed == option.commands.has(command.command));
    }
  }
}

TEST_CASE("help: fits the width, lists each command once, the environment, and notes only where they apply") {
  for (const std::size_t width : {80u, 120u}) {  // examples are whole commands: they do not wrap
    for (const auto& command : kCommands) {
      const std::optional<Command> asked =
          command.name.empty() ? std::nullopt : std::optional<Command>(command.command);
      const std::string help = help_page(asked, width);
      std::size_t start = 0;
      while (start < help.size()) {
        const std::size_t end = help.find('\n', start);
        CAPTURE(help.substr(start, end - start));
        CHECK(display_width(help.substr(start, end - start)) <= width);
        start = end + 1;
      }
    }
  }
  const std::string top = help_page(std::nullopt, 80);
  CHECK(top.find("Commands:") != std::string::npos);
  CHECK(top.find("Subcommands:") == std::string::npos);
  for (const auto& command : kCommands) {
    if (!command.name.empty()) CHECK(top.find("\n  " + std::string(command.name) + " ") != std::string::npos);
  }
  for (const std::string_view variable : {"CPCOST_DATA", "CPCOST_CONFIG", "CPCOST_TODAY", "NO_COLOR", "COLUMNS"}) {
    CHECK(top.find(variable) != std::string::npos);
  }
  CHECK(top.find("Sweeps:") != std::string::npos);
  CHECK(help_page(Command::countries, 80).find("Sweeps:") == std::string::npos);
  CHECK(help_page(Command::countries, 80).find("Usage: cpcost countries") == 0);
  CHECK(help_page(Command::show, 80).find("Arguments:\n  ID") != std::string::npos);
  CHECK(help_page(Command::plan, 80).find("cpcost plan --budget 30k") != std::string::npos);
}

TEST_CASE("options: the help says each count's range and each default the table gives") {
  CHECK(help_text(spec_of(OptionId::infusions), Command::estimate) ==
        "Infusions per cycle, 1-50 (default: those one cycle includes)");
  CHECK(help_text(spec_of(OptionId::companions), Command::estimate) ==
        "Caregivers traveling with the patient, 0-10 (default: 1)");
  CHECK(help_text(spec_of(OptionId::format), Command::estimate) ==
        "Output format: table (default), json, jsonl, csv, markdown or html");
  // A page holds one result: the listings have none, and their help offers none.
  CHECK(help_text(spec_of(OptionId::format), Command::countries) ==
        "Output format: table (default), json, jsonl, csv or markdown");
  CHECK(help_text(spec_of(OptionId::output), Command::show).ends_with("its extension: .txt .json .jsonl .csv .md"));
  CHECK(help_text(spec_of(OptionId::output), Command::plan).ends_with("its extension: .txt .json .jsonl .csv .md .html"));
  CHECK(help_text(spec_of(OptionId::items), Command::batch) == "The line items of each scenario too, one row each");
  CHECK(help_text(spec_of(OptionId::items), Command::compare) == "With a sweep: the line items of each row too");
}

TEST_CASE("formats: names and extensions in any case, and every format has a name and an extension") {
  CHECK(format_named("JSON") == Format::json);
  CHECK(format_named("Markdown") == Format::markdown);
  CHECK_FALSE(format_named("xml").has_value());
  CHECK(format_of_path("report.NDJSON") == Format::jsonl);
  CHECK(format_of_path("notes.markdown") == Format::markdown);
  CHECK(format_named("HTML") == Format::html);
  CHECK(format_of_path("report.html") == Format::html);
  CHECK(format_of_path("REPORT.HTM") == Format::html);
  CHECK(format_of_path("a.txt") == Format::table);
  CHECK_FALSE(format_of_path("report.xlsx").has_value());
  CHECK_FALSE(format_of_path("no-extension").has_value());
  for (const auto& format : kFormats) {
    CHECK(format_named(format.name) == format.format);
    CHECK(format_of_path("x" + std::string(format.extensions[0])) == format.format);
  }
  CHECK(format_extensions() == ".txt, .json, .jsonl, .csv, .md or .html");
}

TEST_CASE("sort keys: each by its name, any case") {
  for (const auto& key : kSortKeys) CHECK(sort_key_named(key.name) == key.key);
  CHECK(sort_key_named("TOTAL") == SortKey::total);
  CHECK_FALSE(sort_key_named("cost").has_value());
  CHECK(name_of(SortKey::travel) == "travel");
}

TEST_CASE("commands: each by its name, and the estimate has none") {
  for (const auto& command : kCommands) {
    if (!command.name.empty()) CHECK(command_named(command.name) == command.command);
    CHECK(&spec_of(command.command) == &command);
  }
  CHECK_FALSE(command_named("").has_value());
  CHECK_FALSE(command_named("Compare").has_value());  // commands are typed as they are
  CHECK(command_names() == "compare, countries, show, checklist, batch, diff, config, validate, plan");
}

TEST_CASE("options: each override option replaces the cost item that names it") {
  int overrides = 0;
  for (const auto& option : kOptions) {
    if (option.kind != ValueKind::amount_range) continue;
    CAPTURE(option.name());
    const CostItem* item = find_item(kCostItems, option.cost_item);
    REQUIRE(item != nullptr);
    CHECK(item->override_option == option.name());
    QuerySweep sweep;
    CHECK(apply_query_option(sweep, option.id, "700-900").empty());
    REQUIRE(sweep.overrides.find(item->id) != nullptr);
    CHECK(*sweep.overrides.find(item->id) == MoneyRange{Money::from_units(700), Money::from_units(900), false});
    ++overrides;
  }
  CHECK(overrides == 8);
}
