// libFuzzer: any bytes as a clinic's quote, checked against the bundled data;
// a quote that loads is then estimated, in another currency too.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/error.hpp"
#include "core/estimate.hpp"
#include "data/bundled_catalog.hpp"
#include "data/load_quote.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const cpcost::Catalog catalog = cpcost::bundled_catalog();
  cpcost::Problems problems;
  const cpcost::Quote quote = cpcost::read_quote({"quote.toml", std::string(reinterpret_cast<const char*>(data), size)},
                                                 catalog, problems, cpcost::Date{2026, 11, 25});
  if (!problems.empty()) return 0;
  cpcost::Query query;
  query.country = quote.destination;
  query.quote = &quote;
  query.currency = "EUR";
  try {
    const cpcost::Estimate estimate = cpcost::estimate(catalog, query);
    if (estimate.total.low > estimate.total.high) __builtin_trap();
  } catch (const cpcost::Error&) {
    // an amount too large for the arithmetic: refused, as it must be
  }
  return 0;
}
