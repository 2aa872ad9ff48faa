// SPDX-License-Identifier: GPL-3.0-or-later
// One importer per build of this file (GATEHOUSE_FUZZ_IMPORTER picks it); "auto" goes through
// format detection and importData() like `gatehouse-cli import`.
#include "formats/import/curl.h"
#include "formats/import/har.h"
#include "formats/import/httpfile.h"
#include "formats/import/importer.h"
#include "formats/import/insomnia.h"
#include "formats/import/openapi.h"
#include "formats/import/postman.h"
#include "formats/import/yaml.h"
#include "fuzzsupport.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = gatehouse::fuzz::bytes(data, size);
#if GATEHOUSE_FUZZ_IMPORTER == 1
    (void)gatehouse::importPostmanCollection(input);
    (void)gatehouse::importPostmanEnvironment(input);
#elif GATEHOUSE_FUZZ_IMPORTER == 2
    const QString text = QString::fromUtf8(input);
    (void)gatehouse::splitCommandLine(text);
    (void)gatehouse::importCurl(text);
#elif GATEHOUSE_FUZZ_IMPORTER == 3
    (void)gatehouse::importHttpFile(QString::fromUtf8(input), u"fuzz"_s);
#elif GATEHOUSE_FUZZ_IMPORTER == 4
    (void)gatehouse::parseYaml(input);
    (void)gatehouse::importOpenApi(input);
#elif GATEHOUSE_FUZZ_IMPORTER == 5
    (void)gatehouse::importHar(input);
#elif GATEHOUSE_FUZZ_IMPORTER == 6
    (void)gatehouse::importInsomnia(input);
#elif GATEHOUSE_FUZZ_IMPORTER == 7
    // What `gatehouse-cli import FILE --into DIR` does before writing: detect, read, merge.
    const gatehouse::ImportFormat format = gatehouse::detectImportFormat(input, u"fuzz.txt"_s);
    if (auto result = gatehouse::importData(input, format, u"fuzz.txt"_s)) {
        gatehouse::Workspace workspace;
        gatehouse::mergeImport(workspace, *result);
        gatehouse::mergeImport(workspace, std::move(*result)); // a re-import replaces, keeping ids
    }
#else
#error "GATEHOUSE_FUZZ_IMPORTER must be 1..7"
#endif
    return 0;
}
