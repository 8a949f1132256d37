#include "core/dates.hpp"

#include <doctest/doctest.h>

#include <cstdio>

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

TEST_CASE("dates: what is wrong with one that is not, and never a valid one refused") {
  CHECK(as_of_problem("0000-01-01") == "year 0 is not a date");
  CHECK(as_of_problem("1899") == "year 1899 is before 1900, the earliest a figure may be dated");
  CHECK(as_of_problem("2025-13") == "month 13 is not a month");
  CHECK(as_of_problem("2025-00-10") == "month 0 is not a month");
  CHECK(as_of_problem("2025-02-29") == "2025-02 has 28 days, not 29");
  CHECK(as_of_problem("2025-04-31") == "2025-04 has 30 days, not 31");
  CHECK(as_of_problem("2025-06-00") == "2025-06 has 30 days, not 0");
  for (const char* form : {"", "soon", "2025/06/01", "25", "2025-1-1", "2025-06-", "20250601", "2025-06-01T00"}) {
    CAPTURE(form);
    CHECK(as_of_problem(form) == kNotADateForm);
  }
  // The two agree: a problem exactly when parse_as_of reads nothing (every day of 1899-2101, and then some).
  for (int year : {0, 1, 1899, 1900, 2000, 2024, 2025, 2100}) {
    for (int month = 0; month <= 13; ++month) {
      for (int day = 0; day <= 32; ++day) {
        char text[16];
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
        CAPTURE(text);
        CHECK(as_of_problem(text).empty() == parse_as_of(text).has_value());
      }
    }
  }
  CHECK(as_of_problem("2024-02-29").empty());
  CHECK(as_of_problem("2025").empty());
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
