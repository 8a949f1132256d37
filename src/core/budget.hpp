#pragma once
// Does an estimate fit a family's budget?

#include <string_view>

#include "core/range.hpp"

namespace cpcost {

enum class BudgetFit {
  fits,     // even the high end is within the budget
  may_fit,  // the low end is within it, the high end is not (or is open-ended)
  over,     // even the low end is over it
};

BudgetFit fit_budget(const MoneyRange& total, Money budget);

// "fits", "may fit", "over".
std::string_view describe(BudgetFit fit);

}  // namespace cpcost
