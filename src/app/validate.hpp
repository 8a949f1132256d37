#pragma once
// cpcost validate: every problem in data, quote, currency and config files.

#include "app/settings.hpp"
#include "core/validation_report.hpp"

namespace cpcost {

// With no paths: the data in use and the config file in use. A directory is a
// data directory; a file is told apart by its keys (clinic: a quote; rates:
// currencies; items: a checklist; settings only: a config; else a destination).
ValidationReport validate(const Settings& settings);

}  // namespace cpcost
