#pragma once
// Calendar dates as the data gives them ("2025-11-21", "2025-06", "2025"),
// and how old a figure is. Pure: today is always passed in.

#include <optional>
#include <string>
#include <string_view>

namespace cpcost {

struct Date {
  int year = 0;
  int month = 1;
  int day = 1;
  friend auto operator<=>(const Date&, const Date&) = default;
};

// A full date, or a month or year (then the period's last day, so that a
// figure is never called older than it may be). Empty when not a valid date.
std::optional<Date> parse_as_of(std::string_view text);

// Why text is not a date parse_as_of reads, for messages: "year 0 is not a
// date", "month 13 is not a month", "2025-02 has 28 days, not 30"; "" when it
// is one. Text of another form ("soon", "2025/06") gets kNotADateForm.
inline constexpr std::string_view kNotADateForm = "not of the form 2025-11-21, 2025-06 or 2025";
std::string as_of_problem(std::string_view text);

// Whether a figure dated as_of is more than months old on today. An undated
// or unreadable as_of is not stale: it is flagged as an assumption instead.
bool older_than_months(std::string_view as_of, const Date& today, int months);

}  // namespace cpcost
