#include "core/dates.hpp"

namespace cpcost {

namespace {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

bool read_number(std::string_view text, std::size_t at, std::size_t width, int& out) {
  if (at + width > text.size()) return false;
  out = 0;
  for (std::size_t i = at; i < at + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

}  // namespace

std::optional<Date> parse_as_of(std::string_view text) {
  Date date;
  if (!read_number(text, 0, 4, date.year) || date.year < 1900) return std::nullopt;
  if (text.size() == 4) return Date{date.year, 12, 31};
  if (text.size() < 7 || text[4] != '-' || !read_number(text, 5, 2, date.month) || date.month < 1 || date.month > 12) {
    return std::nullopt;
  }
  if (text.size() == 7) return Date{date.year, date.month, days_in_month(date.year, date.month)};
  if (text.size() != 10 || text[7] != '-' || !read_number(text, 8, 2, date.day) || date.day < 1 ||
      date.day > days_in_month(date.year, date.month)) {
    return std::nullopt;
  }
  return date;
}

std::string as_of_problem(std::string_view text) {
  Date date;
  const bool has_month = text.size() >= 7;
  const bool has_day = text.size() == 10;
  const bool form = (text.size() == 4 || text.size() == 7 || has_day) && read_number(text, 0, 4, date.year) &&
                    (!has_month || (text[4] == '-' && read_number(text, 5, 2, date.month))) &&
                    (!has_day || (text[7] == '-' && read_number(text, 8, 2, date.day)));
  if (!form) return std::string(kNotADateForm);
  if (date.year == 0) return "year 0 is not a date";
  if (date.year < 1900) return "year " + std::to_string(date.year) + " is before 1900, the earliest a figure may be dated";
  if (has_month && (date.month < 1 || date.month > 12)) return "month " + std::to_string(date.month) + " is not a month";
  if (has_day) {
    const int days = days_in_month(date.year, date.month);
    if (date.day < 1 || date.day > days) {
      return std::string(text.substr(0, 7)) + " has " + std::to_string(days) + " days, not " + std::to_string(date.day);
    }
  }
  return {};
}

bool older_than_months(std::string_view as_of, const Date& today, int months) {
  const auto date = parse_as_of(as_of);
  if (!date) return false;
  // The day `months` months before today (clamped to the end of a short month).
  int year = today.year;
  int month = today.month - months;
  while (month < 1) {
    month += 12;
    --year;
  }
  const Date limit{year, month, std::min(today.day, days_in_month(year, month))};
  return *date < limit;
}

}  // namespace cpcost
