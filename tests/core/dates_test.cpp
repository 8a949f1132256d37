#include "core/dates.hpp"

#include <doctest/doctest.h>

using namespace cpcost;

TEST_CASE("dates: full dates, months and years, a partial date is its period's last day") {
  CHECK(parse_as_of("2025-11-21") == Date{2025, 11, 21});
  CHECK(parse_as_of("2024-02") == Date{2024, 2, 29});
  CHECK(parse_as_of("2025-02") == Date{2025, 2, 28});
  CHECK(parse_as_of("2018") == Date{2018, 12, 31});
  for (const char* bad : {"", "2025-13", "2025-02-29", "2025-1-1", "25", "2025-06-", "1899", "2025/06/01", "soon"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_as_of(bad).has_value());
  }
}

TEST_CASE("dates: older than 18 months, counted from today") {
  const Date today{2026, 11, 25};
  CHECK(older_than_months("2025-05-24", today, 18));
  CHECK_FALSE(older_than_months("2025-05-25", today, 18));
  CHECK_FALSE(older_than_months("2025-05", today, 18));  // May 2025 may end on the 31st
  CHECK(older_than_months("2025-04", today, 18));
  CHECK(older_than_months("2024", today, 18));
  CHECK_FALSE(older_than_months("2025", today, 18));
  CHECK_FALSE(older_than_months("", today, 18));  // undated: an assumption, not stale
  // A short month: 18 months before 2026-08-31 is 2025-02-28.
  CHECK_FALSE(older_than_months("2025-02-28", Date{2026, 8, 31}, 18));
  CHECK(older_than_months("2025-02-27", Date{2026, 8, 31}, 18));
}
