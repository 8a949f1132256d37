#include "report/row_text.hpp"

#include <doctest/doctest.h>

#include <charconv>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

using namespace cpcost;

namespace {

// What std::to_chars writes: the independent reference for the pair-table digits.
template <class Integer>
std::string reference(Integer value) {
  char text[32];
  return std::string(text, std::to_chars(text, text + sizeof text, value).ptr);
}

}  // namespace

TEST_CASE("row text: integers as std::to_chars writes them, at every length and both ends") {
  std::vector<std::uint64_t> values{0, 1, 9, 10, 11, 99, 100, 101, 12345, std::numeric_limits<std::uint64_t>::max()};
  for (std::uint64_t power = 1; power <= 1'000'000'000'000'000'000ULL; power *= 10) {
    for (const std::uint64_t near : {power - 1, power, power + 1}) values.push_back(near);
  }
  for (const std::uint64_t value : values) {
    CAPTURE(value);
    std::string out = "x";
    RowText(out).integer(value);
    CHECK(out == "x" + reference(value));
    const auto as_signed = static_cast<std::int64_t>(value / 2);
    std::string signed_out;
    RowText(signed_out).integer(as_signed).integer(-as_signed);
    CHECK(signed_out == reference(as_signed) + reference(-as_signed));
  }
  std::string lowest;
  RowText(lowest).integer(std::numeric_limits<std::int64_t>::min());
  CHECK(lowest == "-9223372036854775808");
}

TEST_CASE("row text: amounts in the machine form, two decimals, by hand") {
  std::string out;
  {
    RowText text(out);
    for (const std::int64_t cents : {0LL, 5LL, 50LL, 1240000LL, -50LL, -1240005LL, 100LL}) {
      text.decimal(Money::from_cents(cents)) << ',';
    }
    text.decimal(Money::from_cents(std::numeric_limits<std::int64_t>::min()));
  }
  CHECK(out == "0.00,0.05,0.50,12400.00,-0.50,-12400.05,1.00,-92233720368547758.08");
}

TEST_CASE("row text: a row longer than the room made at first grows, and the string ends where the row does") {
  std::string out = "head\n";
  const std::string cell(5000, 'k');
  {
    RowText text(out);
    text << "a," << cell << ',' << 'z';
    text.integer(std::uint64_t{7});
  }
  CHECK(out == "head\na," + cell + ",z7");
  { RowText nothing(out); }  // a row with nothing written leaves the string as it was
  CHECK(out.size() == 5 + 2 + cell.size() + 3);
}

TEST_CASE("row text: random integers of every size as std::to_chars writes them") {
  // Numbers of every length, against the library, at random.
  std::uint64_t state = 20261129;
  int mismatches = 0;
  std::string first_mismatch;
  for (int i = 0; i < 200'000; ++i) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;  // an LCG: reproducible
    const std::uint64_t random = state ^ (state >> 29);
    const int digits = 1 + static_cast<int>((state >> 40) % 20);  // 1 to 20 digits
    std::uint64_t limit = 1;
    for (int d = 0; d < digits && d < 19; ++d) limit *= 10;
    const std::uint64_t value = digits == 20 ? random : random % limit;
    const auto cents = static_cast<std::int64_t>(value >> 1);
    std::string out;
    RowText(out).integer(value).decimal(Money::from_cents(cents));
    const std::string fraction = reference(cents % 100);
    const std::string expected =
        reference(value) + reference(cents / 100) + "." + (fraction.size() == 1 ? "0" : "") + fraction;
    if (out != expected && mismatches++ == 0) first_mismatch = out + " for " + expected;
  }
  CHECK(first_mismatch == "");
  CHECK(mismatches == 0);
}

TEST_CASE("row text: a bounded stretch, written through a pointer, continues the row where the pieces before it end") {
  std::string out = "head\n";
  const std::string long_name(3000, 'n');  // past the first room: bounded() must make more
  {
    RowText text(out, RowText::kCsvRoom);
    text << "a,";
    // The longest of each piece: what a writer's bound counts.
    const std::size_t most = long_name.size() + 1 + RowText::kIntegerChars + 1 + RowText::kDecimalChars;
    text.bounded(most, [&](char* at) {
      at = row_chars::text(at, long_name);
      *at++ = ',';
      at = row_chars::integer(at, std::numeric_limits<std::int64_t>::min());
      *at++ = ',';
      return row_chars::decimal(at, Money::from_cents(-1240005));
    });
    text << ",z";
  }
  CHECK(out == "head\na," + long_name + ",-9223372036854775808,-12400.05,z");
}
