// Anchor for bench/run_e2e.sh: ICU's dictionary-based word break iterator for Simplified
// Chinese alone, walking every word boundary of the same files parkgraph reads. One document
// per file, decoded from UTF-8 as parkgraph decodes it. Prints the files, characters and
// boundaries seen, so a run that read nothing cannot pass for a fast one.
//
//   icu_wordbreak FILE...
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: icu_wordbreak FILE...\n";
    return 2;
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale::getSimplifiedChinese(), status));
  if (U_FAILURE(status)) {
    std::cerr << "icu_wordbreak: " << u_errorName(status) << "\n";
    return 1;
  }
  std::int64_t characters = 0;
  std::int64_t boundaries = 0;
  for (int i = 1; i < argc; ++i) {
    // A directory opens as a stream on Linux and throws on the first read, so ask first.
    std::error_code error;
    std::ifstream in;
    if (std::filesystem::is_regular_file(argv[i], error)) in.open(argv[i], std::ios::binary);
    if (!in.is_open()) {
      std::cerr << "icu_wordbreak: cannot read " << argv[i] << " (a regular file is wanted)\n";
      return 1;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(bytes);
    characters += text.countChar32();
    words->setText(text);
    for (int32_t b = words->first(); b != icu::BreakIterator::DONE; b = words->next()) ++boundaries;
  }
  std::cout << argc - 1 << " files, " << characters << " characters, " << boundaries
            << " word boundaries\n";
  return 0;
}
