// libFuzzer: any bytes as a batch file, read as cpcost batch reads it (libcsv,
// then each row as scenarios), each scenario estimated and written as CSV.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "core/estimate.hpp"
#include "data/bundled_catalog.hpp"
#include "data/csv_reader.hpp"
#include "data/scenario_reader.hpp"
#include "report/rows.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const cpcost::Catalog catalog = cpcost::bundled_catalog();
  const int fd = memfd_create("batch", 0);
  if (fd < 0) return 0;
  if (::write(fd, data, size) != static_cast<ssize_t>(size) || lseek(fd, 0, SEEK_SET) != 0) {
    close(fd);
    return 0;
  }
  try {
    cpcost::CsvReader csv(fd, "batch.csv");
    cpcost::ScenarioReader reader(csv, "batch.csv", {}, catalog);
    const auto writer = cpcost::make_row_writer(cpcost::Format::csv, {reader.key_column(), true, false, false, true, "batch", std::string(cpcost::kBaseCurrency)}, {});
    std::string out;
    writer->header(out);
    cpcost::Scenario scenario;
    std::uint64_t number = 0;
    while (true) {
      try {
        if (!reader.next(scenario)) break;
      } catch (const cpcost::BadRow&) {
        continue;  // --keep-going
      }
      // A sweep in a cell can ask for millions of rows: fine for cpcost, too slow for a fuzzer.
      const std::uint64_t count = std::min<std::uint64_t>(scenario.sweep.size(), 64);
      for (std::uint64_t i = 0; i < count; ++i) {
        const cpcost::Estimate estimate = cpcost::estimate(catalog, scenario.sweep.at(i));
        out.clear();
        writer->row(out, {++number, scenario.input_row, scenario.key, 0, &estimate});
      }
    }
  } catch (const cpcost::Error&) {
    // malformed CSV or a bad header: reported, as it must be
  }
  close(fd);
  return 0;
}
