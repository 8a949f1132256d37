#include "report/footnotes.hpp"

#include <doctest/doctest.h>

#include "core/test_catalog.hpp"

using namespace cpcost;

TEST_CASE("footnotes: each distinct provenance once, in order of first use") {
  const Catalog catalog = testing::test_catalog();
  const Estimate e = estimate(catalog, testing::query_for("borderland"));
  const Footnotes footnotes(e);
  std::vector<std::string> sources;
  for (const auto* note : footnotes.notes()) sources.push_back(note->source);
  // treatment, follow-ups (the FTC ratio), extra infusions, flights, overland, accommodation, local costs,
  // visa, advisory.
  CHECK(sources == std::vector<std::string>{"cycle source", kFollowUpRatio.source, "infusion source", "fare source",
                                            "rail source", "hotel source", "daily source", "visa source",
                                            "advisory source"});
  CHECK(footnotes.number_of(e.lines[0].provenance[0]) == 1);
  CHECK(footnotes.number_of(e.destination->advisories[0].provenance) == 9);
}

TEST_CASE("footnotes: a published figure cites source and date, an assumption gives its reason first") {
  CHECK(describe_provenance({"Seed guide", "2025-11-21", false, ""}) == "Seed guide (2025-11-21)");
  CHECK(describe_provenance({"", "", true, "a double room"}) == "Assumption: a double room");
  CHECK(describe_provenance({"FTC case", "2018-10", true, "half the cycle price"}) ==
        "Assumption: half the cycle price. Derived from: FTC case (2018-10)");
  CHECK(describe_provenance({"FTC case", "", true, "half."}) == "Assumption: half. Derived from: FTC case");
}
