// libFuzzer: any bytes as a command line (arguments separated by NUL bytes).
// Parsing must accept or refuse with a usage error; an estimate or a comparison
// it asks for (of the bundled data, with no files) is computed and rendered.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "app/settings.hpp"
#include "cli/parse_args.hpp"
#include "core/compare.hpp"
#include "core/error.hpp"
#include "core/estimate.hpp"
#include "data/bundled_catalog.hpp"
#include "report/render.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const cpcost::Catalog catalog = cpcost::bundled_catalog();
  std::vector<std::string> words{"cpcost"};
  std::string word;
  for (std::size_t i = 0; i < size; ++i) {
    if (data[i] == 0) {
      words.push_back(word);
      word.clear();
    } else {
      word += static_cast<char>(data[i]);
    }
  }
  if (!word.empty()) words.push_back(word);
  if (words.size() > 64) return 0;
  std::vector<const char*> argv;
  for (const auto& w : words) argv.push_back(w.c_str());
  try {
    const cpcost::ParsedArgs parsed = cpcost::parse_args(static_cast<int>(argv.size()), argv.data());
    if (!parsed.command_line) return 0;
    const cpcost::CommandLine& line = *parsed.command_line;
    // Only what reads no file and writes nothing: an estimate or a comparison of the bundled data.
    for (const auto id : {cpcost::OptionId::data, cpcost::OptionId::output, cpcost::OptionId::quote, cpcost::OptionId::config}) {
      if (line.has(id)) return 0;
    }
    cpcost::Environment environment;  // no config file, no variables
    environment.lang = "C.UTF-8";
    environment.today = "2026-11-25";
    const cpcost::Settings invocation = cpcost::resolve_settings(line, environment);
    const cpcost::RenderOptions& options = invocation.render;
    if (invocation.command == cpcost::Command::estimate && invocation.sweep.size() <= 16) {
      cpcost::QuerySweep sweep = invocation.sweep;
      cpcost::expand_all_countries(sweep, catalog);
      for (std::uint64_t i = 0; i < std::min<std::uint64_t>(sweep.size(), 16); ++i) {
        const cpcost::Estimate estimate = cpcost::estimate(catalog, sweep.at(i));
        (void)cpcost::render(estimate, invocation.format, options);
      }
    } else if (invocation.command == cpcost::Command::compare && invocation.sweep.size() == 1) {
      const cpcost::ComparisonQuery query{invocation.sweep.at(0), invocation.countries, invocation.sort,
                                          invocation.only_fits, {}};
      (void)cpcost::render(cpcost::compare(catalog, query), invocation.format, options);
    }
  } catch (const cpcost::Error& error) {
    if (error.kind() == cpcost::ErrorKind::output) __builtin_trap();  // nothing is written here
  }
  return 0;
}
