#include "core/budget.hpp"

namespace cpcost {

BudgetFit fit_budget(const MoneyRange& total, Money budget) {
  if (total.low > budget) return BudgetFit::over;
  // An open high ("$100,000+") may be more than any budget.
  if (total.high <= budget && !total.high_open) return BudgetFit::fits;
  return BudgetFit::may_fit;
}

std::string_view describe(BudgetFit fit) {
  switch (fit) {
    case BudgetFit::fits:
      return "fits";
    case BudgetFit::may_fit:
      return "may fit";
    case BudgetFit::over:
      return "over";
  }
  return "over";
}

}  // namespace cpcost
