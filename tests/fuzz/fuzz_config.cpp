// libFuzzer: any bytes as a configuration file.
#include <cstddef>
#include <cstdint>
#include <string>

#include "data/load_config.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  cpcost::Problems problems;
  const cpcost::Config config =
      cpcost::read_config({"config.toml", std::string(reinterpret_cast<const char*>(data), size)}, problems);
  if (config.companions && (config.companions->value < 0 || config.companions->value > 10)) __builtin_trap();
  if (config.contingency_bp && (config.contingency_bp->value < 0 || config.contingency_bp->value > 10000)) {
    __builtin_trap();
  }
  return 0;
}
