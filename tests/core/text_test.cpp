#include "core/text.hpp"

#include <doctest/doctest.h>

using namespace cpcost;

TEST_CASE("text: ASCII case folding, nothing else") {
  CHECK(ascii_lowercase("United-States") == "united-states");
  CHECK(ascii_lowercase("Łódź") == "Łódź");
  CHECK(equal_ignoring_case("USA", "usa"));
  CHECK_FALSE(equal_ignoring_case("usa", "us"));
  CHECK(starts_with_ignoring_case("United-States", "UNITED"));
  CHECK_FALSE(starts_with_ignoring_case("us", "usa"));
}

TEST_CASE("text: thousands grouped by commas") {
  CHECK(group_thousands(0) == "0");
  CHECK(group_thousands(999) == "999");
  CHECK(group_thousands(1000) == "1,000");
  CHECK(group_thousands(10000000) == "10,000,000");
  CHECK(group_thousands(18446744073709551615ULL) == "18,446,744,073,709,551,615");
}
