#include "report/csv.hpp"

#include <doctest/doctest.h>

using cpcost::csv_field;
using cpcost::csv_record;

TEST_CASE("csv: plain fields stay as they are") {
  CHECK(csv_field("mexico") == "mexico");
  CHECK(csv_field("12400.00") == "12400.00");
  CHECK(csv_field("") == "");
  CHECK(csv_field("Meals & local transport") == "Meals & local transport");
  CHECK(csv_field("Rzeszów") == "Rzeszów");
}

TEST_CASE("csv: a comma, quote, CR or LF quotes the field and doubles its quotes (RFC 4180 2.6, 2.7)") {
  CHECK(csv_field("Flights, round trip") == "\"Flights, round trip\"");
  CHECK(csv_field("a \"quoted\" word") == "\"a \"\"quoted\"\" word\"");
  CHECK(csv_field("\"") == "\"\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("carriage\rreturn") == "\"carriage\rreturn\"");
}

TEST_CASE("csv: a record joins fields with commas and ends with CRLF") {
  CHECK(csv_record({"a", "b,c", ""}) == "a,\"b,c\",\r\n");
  CHECK(csv_record({}) == "\r\n");
}

TEST_CASE("csv: every byte alone and inside a field: quoted exactly when it is a comma, quote, CR or LF") {
  for (int byte = 0; byte < 256; ++byte) {
    CAPTURE(byte);
    const char c = static_cast<char>(byte);
    const bool special = c == ',' || c == '"' || c == '\r' || c == '\n';  // RFC 4180 2.6
    CHECK(cpcost::csv_plain(std::string(1, c)) == !special);
    CHECK(cpcost::csv_plain("family-" + std::string(1, c) + "-12") == !special);
    const std::string field = "x" + std::string(1, c);
    CHECK((csv_field(field) == field) == !special);
  }
}
