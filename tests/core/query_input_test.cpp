#include "core/query_input.hpp"

#include <doctest/doctest.h>

using namespace cpcost;

TEST_CASE("query input: whole numbers within their range") {
  CHECK(parse_whole_number("4", 1, 50).value == 4);
  CHECK(parse_whole_number("0", 0, 10).value == 0);
  CHECK(parse_whole_number("0", 1, 50).error == "must be 1 to 50, not 0");
  CHECK(parse_whole_number("-3", 1, 50).error == "must be 1 to 50, not -3");
  CHECK(parse_whole_number("99999999999999999999", 1, 50).error == "must be 1 to 50, not 99999999999999999999");
  for (const char* bad : {"", "two", "1.5", "0x10", "1e2", "+2", " 2", "-"}) {
    CAPTURE(bad);
    CHECK(parse_whole_number(bad, 1, 50).error == "'" + std::string(bad) + "' is not a whole number (expected 1 to 50)");
  }
}

TEST_CASE("query input: sweeps of numbers, in the order written, each once") {
  CHECK(parse_number_sweep("2", 1, 50).value == std::vector<int>{2});
  CHECK(parse_number_sweep("1..4", 1, 50).value == std::vector<int>{1, 2, 3, 4});
  CHECK(parse_number_sweep("1,3", 1, 50).value == std::vector<int>{1, 3});
  CHECK(parse_number_sweep("0..2,5", 0, 10).value == std::vector<int>{0, 1, 2, 5});
  CHECK(parse_number_sweep("3,1..3", 1, 10).value == std::vector<int>{3, 1, 2});
  CHECK(parse_number_sweep(" 1 .. 2 ", 1, 10).value == std::vector<int>{1, 2});
  CHECK(parse_number_sweep("4..1", 1, 50).error == "'4..1' is an empty range (write the lower number first)");
  CHECK(parse_number_sweep("1..51", 1, 50).error == "must be 1 to 50, not 51");
  CHECK(parse_number_sweep("1,,2", 1, 50).error == "'' is not a whole number (expected 1 to 50)");
  CHECK(parse_number_sweep("1..x", 1, 50).error == "'x' is not a whole number (expected 1 to 50)");
  CHECK(parse_number_sweep("1..4", 1, 50).error.empty());
  CHECK(parse_number_sweep("9..1", 1, 50).value.empty());
}

TEST_CASE("query input: origins, one, several or all") {
  CHECK(parse_origin("Europe").value == "europe");
  CHECK(parse_origin("mars").error == "'mars' is not one of north-america, europe, asia, middle-east, latin-america");
  CHECK(parse_origin_sweep("asia,EUROPE,asia").value == std::vector<std::string>{"asia", "europe"});
  CHECK(parse_origin_sweep("all").value.size() == 5);
  CHECK(parse_origin_sweep("all").value.front() == "north-america");
  CHECK(parse_origin_sweep("asia,mars").error ==
        "'mars' is not one of north-america, europe, asia, middle-east, latin-america (or all)");
}

TEST_CASE("query input: lists of names and budgets") {
  CHECK(parse_name_list("mexico, India ,ua").value == std::vector<std::string>{"mexico", "India", "ua"});
  CHECK(parse_name_list("all").value == std::vector<std::string>{"all"});
  CHECK(parse_name_list("mexico,,india").error == "'mexico,,india' has an empty name");
  CHECK(parse_budget("20k").value == Money::from_units(20000));
  CHECK(parse_budget("20,00").error == "'20,00' is not an amount (for example 20000, 20,000 or 20k)");
}

TEST_CASE("query input: amounts or ranges for your own figures") {
  CHECK(parse_money_range("900").value == MoneyRange::exactly(Money::from_units(900)));
  CHECK(parse_money_range("800-1200").value == MoneyRange{Money::from_units(800), Money::from_units(1200), false});
  CHECK(parse_money_range("1.2k").value == MoneyRange::exactly(Money::from_units(1200)));
  CHECK(parse_money_range("1k - 1.5k").value == MoneyRange{Money::from_units(1000), Money::from_units(1500), false});
  CHECK(parse_money_range("$1,200.50").value == MoneyRange::exactly(Money::from_cents(120050)));
  CHECK(parse_money_range("1200-800").error == "'1200-800' is a range from high to low (write the lower amount first)");
  for (const char* bad : {"", "-800", "800-", "cheap", "800--900", "1,20"}) {
    CAPTURE(bad);
    CHECK(parse_money_range(bad).error ==
          "'" + std::string(bad) + "' is not an amount or a range (for example 900, 800-1200 or 1.2k)");
  }
}

TEST_CASE("query input: an amount whose dot may group thousands is refused, whatever it would read as") {
  // Was: 25.000 read as 25 dollars, 1.200 as 1.20, and 1.005 refused: only trailing zeros slipped through.
  CHECK(parse_budget("25.000").error == "'25.000' is ambiguous: write 25000 or 25,000 (or 25.00 for cents)");
  CHECK(parse_budget("$1.200").error == "'$1.200' is ambiguous: write 1200 or 1,200 (or 1.20 for cents)");
  CHECK(parse_budget("1.005").error == "'1.005' is ambiguous: write 1005 or 1,005 (cents take two decimals)");
  CHECK(parse_money_range("1.200").error == "'1.200' is ambiguous: write 1200 or 1,200 (or 1.20 for cents)");
  CHECK(parse_money_range("900-1.500").error == "'1.500' is ambiguous: write 1500 or 1,500 (or 1.50 for cents)");
  CHECK(parse_money_range("1.500 - 2000").error == "'1.500' is ambiguous: write 1500 or 1,500 (or 1.50 for cents)");
  // Not ambiguous: two decimals, a k, a comma already grouping, a leading zero, a whole part of four digits.
  CHECK(parse_budget("25.00").value == Money::from_units(25));
  CHECK(parse_budget("1.5k").value == Money::from_units(1500));
  CHECK(parse_budget("1.500k").value == Money::from_units(1500));
  CHECK(parse_budget("1,200.000").value == Money::from_units(1200));
  CHECK(parse_budget("0.500").value == Money::from_cents(50));
  CHECK(parse_budget("1234.500").value == Money::from_cents(123450));
  for (const char* ambiguous : {"1.000", "12.345", "999.999", "$25.000"}) {
    CAPTURE(ambiguous);
    CHECK(dot_may_group_thousands(ambiguous));
  }
  for (const char* plain : {"1.00", "1.0000", "1234.000", "0.001", "1,000.000", "1.000k", ".000", "1.", "1.2a4", "-1.000"}) {
    CAPTURE(plain);
    CHECK_FALSE(dot_may_group_thousands(plain));
  }
}

TEST_CASE("query input: percentages and currency codes") {
  CHECK(parse_percent("15").value == 1500);
  CHECK(parse_percent("2.5").value == 250);
  CHECK(parse_percent("12.75%").value == 1275);
  CHECK(parse_percent("0").value == 0);
  CHECK(parse_percent("100").value == 10000);
  CHECK(parse_percent("100.01").error == "'100.01' is not a percentage from 0 to 100 with at most two decimals (for example 15 or 2.5)");
  CHECK(parse_percent("-5").error == "'-5' is not a percentage from 0 to 100 with at most two decimals (for example 15 or 2.5)");
  CHECK(parse_percent("2.555").error == "'2.555' is not a percentage from 0 to 100 with at most two decimals (for example 15 or 2.5)");
  CHECK(parse_currency_code("eur").value == "EUR");
  CHECK(parse_currency_code("Euro").error == "'Euro' is not a currency code (three letters, as EUR)");
  CHECK(parse_currency_code("E1R").error == "'E1R' is not a currency code (three letters, as EUR)");
}
