#pragma once
// A directory of the tests' own, removed with everything in it at the end of
// its scope; unique to the process and the object, so that tests may hold several.

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

namespace cpcost::testing {

struct TempDir {
  std::filesystem::path path = std::filesystem::temp_directory_path() /
                               ("cpcost-test-" + std::to_string(::getpid()) + "-" +
                                std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  TempDir() { std::filesystem::create_directories(path); }
  ~TempDir() { std::filesystem::remove_all(path); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // name (it may name subdirectories) holding text, byte for byte; returns its path.
  std::string write(const std::string& name, const std::string& text) const {
    std::filesystem::create_directories((path / name).parent_path());
    std::ofstream(path / name, std::ios::binary) << text;
    return (path / name).string();
  }
};

}  // namespace cpcost::testing
