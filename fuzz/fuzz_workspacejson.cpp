// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace file loader: one file of any type (the first byte picks which), parsed, checked,
// migrated and turned into model values the way WorkspaceStorage::load() does, then written back.
#include "fuzzsupport.h"
#include "storage/workspacejson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const QLatin1StringView types[] = {"workspace"_L1, "collection"_L1, "folder"_L1, "request"_L1, "environment"_L1, "secrets"_L1};
    const QLatin1StringView type = types[data[0] % std::size(types)];
    const QByteArray file = gatehouse::fuzz::bytes(data + 1, size - 1).toByteArray();
    int line = 0;
    const auto json = gatehouse::parseWorkspaceFile(file, u"fuzz.json"_s, type, &line);
    if (!json)
        return 0;
    if (type == "request"_L1) {
        const gatehouse::Request request = gatehouse::requestFromJson(*json);
        (void)gatehouse::requestToJson(request);
    } else if (type == "environment"_L1) {
        const gatehouse::Environment environment = gatehouse::environmentFromJson(*json);
        (void)gatehouse::environmentToJson(environment);
    } else if (type == "collection"_L1 || type == "folder"_L1) {
        gatehouse::Folder folder;
        gatehouse::folderFromJson(*json, folder);
    } else {
        const gatehouse::VariableList variables = gatehouse::variablesFromJson(json->value("globals"_L1));
        (void)gatehouse::variablesToJson(variables);
    }
    return 0;
}
