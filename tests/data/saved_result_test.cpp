#include "data/saved_result.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <sys/stat.h>
#include <unistd.h>

#include "core/compare.hpp"
#include "core/error.hpp"
#include "core/test_catalog.hpp"
#include "report/render.hpp"

using namespace cpcost;
namespace fs = std::filesystem;

namespace {

std::string saved(const std::string& name, const std::string& text) {
  const fs::path path = fs::temp_directory_path() / ("cpcost-saved-" + name);
  std::ofstream(path) << text;
  return path.string();
}

}  // namespace

TEST_CASE("saved results: an estimate as cpcost writes it, read back") {
  const Catalog catalog = testing::test_catalog();
  const Estimate e = estimate(catalog, testing::query_for("borderland"));
  const SavedResult result = read_saved_result(saved("estimate.json", render_json(e, RenderOptions{})));
  CHECK(result.kind == "estimate");
  CHECK(result.currency == "USD");
  CHECK(result.title == "Borderland");
  REQUIRE(result.entries.size() == e.lines.size() + 3);
  CHECK(result.entries[0].key == "treatment");
  CHECK(result.entries[0].amounts == e.lines[0].cost);
  CHECK(result.entries[4].key == "overland");
  CHECK(result.entries[4].label == "Train from Gateway City, round trip");
  CHECK(result.entries.back().key == "total");
  CHECK(result.entries.back().amounts == e.total);
  CHECK(result.entries.back().mid == e.total.mid());
}

TEST_CASE("saved results: a comparison, one entry per destination") {
  const Catalog catalog = testing::test_catalog();
  const Comparison comparison = compare(catalog, ComparisonQuery{});
  const SavedResult result = read_saved_result(saved("compare.json", render(comparison, Format::json, {})));
  CHECK(result.kind == "compare");
  CHECK(result.title == "2 destinations");
  REQUIRE(result.entries.size() == 2);
  CHECK(result.entries[0].key == comparison.rows[0].destination->id);
  CHECK(result.entries[0].amounts == comparison.rows[0].total);
}

TEST_CASE("saved results: the currency the amounts are in") {
  Catalog catalog = testing::test_catalog();
  catalog.currencies.rates["EUR"] = ExchangeRate{"EUR", 900'000, {"rates", "2025-01-01", false, ""}};
  Query query = testing::query_for("testland");
  query.currency = "EUR";
  const SavedResult result = read_saved_result(saved("euros.json", render_json(estimate(catalog, query), RenderOptions{})));
  CHECK(result.currency == "EUR");
  const std::string bare = saved("bare.json", R"({"schema_version": 2, "kind": "compare", "rows": []})");
  CHECK_THROWS_WITH_AS(read_saved_result(bare), (bare + ": not a saved cpcost result: key 'currency' not found").c_str(),
                       Error);
}

TEST_CASE("saved results: what is not one") {
  const std::string broken = saved("broken.json", "{\n  \"a\": 1,\n  oops\n}\n");
  CHECK_THROWS_WITH_AS(read_saved_result(broken),
                       (broken + ":3:3: not JSON: syntax error while parsing object key - invalid literal").c_str(),
                       Error);
  const std::string other = saved("other.json", R"({"schema_version": 1, "kind": "countries"})");
  CHECK_THROWS_WITH_AS(read_saved_result(other),
                       (other + ": cpcost diff reads a saved estimate or compare, not 'countries'").c_str(), Error);
  const std::string old = saved("old.json", R"({"kind": "estimate"})");
  CHECK_THROWS_WITH_AS(read_saved_result(old), (old + ": not a saved cpcost result (no schema_version 1 or 2)").c_str(),
                       Error);
  const std::string partial = saved("partial.json", R"({"schema_version": 1, "kind": "estimate", "destination": {"name": "X"}})");
  CHECK_THROWS_WITH_AS(read_saved_result(partial), (partial + ": not a saved cpcost result: key 'lines' not found").c_str(),
                       Error);
  CHECK_THROWS_AS(read_saved_result("/nonexistent/x.json"), Error);
}

TEST_CASE("saved results: within limits: the size before reading, nesting and the number of values while parsing") {
  const std::string huge = saved("huge.json", "");
  fs::resize_file(huge, (std::uintmax_t{16} << 20) + 1);
  CHECK_THROWS_WITH_AS(read_saved_result(huge), (huge + ": too large (16,777,217 bytes; the limit is 16 MiB)").c_str(), Error);
  fs::remove(huge);

  // 16 MiB of '[' once took 1.2 GB and 22 seconds to refuse.
  const std::string deep = saved("deep.json", std::string(1 << 20, '['));
  CHECK_THROWS_WITH_AS(read_saved_result(deep),
                       (deep + ": not a saved cpcost result: nested too deep (more than 64 levels)").c_str(), Error);
  const std::string nested = saved("nested.json", std::string(63, '[') + std::string(63, ']'));
  CHECK_THROWS_WITH_AS(read_saved_result(nested), (nested + ": not a saved cpcost result (no schema_version 1 or 2)").c_str(),
                       Error);

  std::string many = R"({"schema_version": 1, "kind": "estimate", "x": [)";
  for (int i = 0; i < 500'000; ++i) many += "{},";
  many += "0]}";
  const std::string crowded = saved("many.json", many);
  CHECK_THROWS_WITH_AS(read_saved_result(crowded), (crowded + ": not a saved cpcost result: more than 500,000 values").c_str(),
                       Error);
}

TEST_CASE("saved results: only a regular file") {
  const fs::path fifo = fs::temp_directory_path() / ("cpcost-saved-fifo-" + std::to_string(::getpid()));
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  CHECK_THROWS_WITH_AS(read_saved_result(fifo.string()), (fifo.string() + ": not a regular file (a FIFO)").c_str(), Error);
  fs::remove(fifo);
}
