// libFuzzer: any bytes as a destination data file. The loader must report
// problems (path:line:col) and never crash, hang, or accept what it cannot read.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "data/load_catalog.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  cpcost::DataFiles files;
  files.destinations.push_back({"fuzz.toml", std::string(reinterpret_cast<const char*>(data), size)});
  cpcost::Catalog catalog;
  const auto problems = cpcost::check_catalog(files, &catalog, cpcost::Date{2026, 11, 25});
  // Without a problem, the destination is in the catalog. (With one, the catalog is
  // partial and never used: load_catalog throws the first problem.)
  if (problems.empty() && catalog.destinations.size() != 1) __builtin_trap();
  for (const auto& problem : problems) {
    if (problem.where.path != "fuzz.toml" || problem.where.line < 1) __builtin_trap();
  }
  return 0;
}
