#include "core/budget.hpp"

#include <doctest/doctest.h>

#include "core/test_catalog.hpp"

using namespace cpcost;
using cpcost::testing::dollars;

TEST_CASE("budget: fits, may fit or over, at the boundaries") {
  const MoneyRange total = dollars(10000, 20000);
  CHECK(fit_budget(total, Money::from_units(25000)) == BudgetFit::fits);
  CHECK(fit_budget(total, Money::from_units(20000)) == BudgetFit::fits);      // high == budget
  CHECK(fit_budget(total, Money::from_cents(1999999)) == BudgetFit::may_fit);
  CHECK(fit_budget(total, Money::from_units(10000)) == BudgetFit::may_fit);   // low == budget
  CHECK(fit_budget(total, Money::from_cents(999999)) == BudgetFit::over);
  CHECK(fit_budget(total, Money::from_units(0)) == BudgetFit::over);
}

TEST_CASE("budget: an open high never fits for certain") {
  CHECK(fit_budget(dollars(25000, 100000, true), Money::from_units(1000000)) == BudgetFit::may_fit);
  CHECK(fit_budget(dollars(25000, 100000, true), Money::from_units(20000)) == BudgetFit::over);
}

TEST_CASE("budget: words") {
  CHECK(describe(BudgetFit::fits) == "fits");
  CHECK(describe(BudgetFit::may_fit) == "may fit");
  CHECK(describe(BudgetFit::over) == "over");
}
