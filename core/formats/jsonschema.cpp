// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/jsonschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gatehouse::JsonSchema", text);
}

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == "integer"_L1)
        return value.isDouble() && std::trunc(value.toDouble()) == value.toDouble();
    return typeOf(value) == type;
}

QString escapeToken(QString token)
{
    return token.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
}

qsizetype codePoints(const QString &text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++n;
    }
    return n;
}

QString number(double d)
{
    return QString::number(d, 'g', 17);
}

class Validator
{
public:
    explicit Validator(const QJsonObject &root)
        : m_root(root)
    {
    }

    void validate(const QJsonValue &value, const QJsonValue &schemaValue, const QString &path, QList<SchemaViolation> &out, int depth = 0)
    {
        if (schemaValue.isBool()) {
            if (!schemaValue.toBool())
                out.append({path, tr("No value is allowed here.")});
            return;
        }
        if (!schemaValue.isObject())
            return;
        if (depth > 512) {
            out.append({path, tr("The schema refers to itself without end.")});
            return;
        }
        const QJsonObject schema = schemaValue.toObject();

        if (schema.contains("$ref"_L1)) {
            const QString ref = schema.value("$ref"_L1).toString();
            const auto target = resolve(ref);
            if (!target)
                out.append({path, tr("The schema reference “%1” cannot be followed.").arg(ref)});
            else
                validate(value, *target, path, out, depth + 1); // draft-07: $ref replaces its siblings
            return;
        }

        if (schema.contains("type"_L1)) {
            const QJsonValue type = schema.value("type"_L1);
            QStringList types;
            if (type.isArray()) {
                for (const QJsonValue &t : type.toArray())
                    types.append(t.toString());
            } else {
                types.append(type.toString());
            }
            if (std::none_of(types.cbegin(), types.cend(), [&](const QString &t) { return hasType(value, t); })) {
                out.append({path, tr("Expected %1, found %2.").arg(types.join(u" or "_s), typeOf(value))});
                return; // the other keywords would only repeat it
            }
        }
        if (schema.contains("enum"_L1)) {
            const QJsonArray allowed = schema.value("enum"_L1).toArray();
            if (!allowed.contains(value))
                out.append({path, tr("%1 is not one of the allowed values.").arg(shortText(value))});
        }
        if (schema.contains("const"_L1) && schema.value("const"_L1) != value)
            out.append({path, tr("Expected the value %1.").arg(shortText(schema.value("const"_L1)))});

        if (value.isDouble())
            validateNumber(value.toDouble(), schema, path, out);
        else if (value.isString())
            validateString(value.toString(), schema, path, out);
        else if (value.isArray())
            validateArray(value.toArray(), schema, path, out, depth);
        else if (value.isObject())
            validateObject(value.toObject(), schema, path, out, depth);

        if (schema.contains("allOf"_L1)) {
            for (const QJsonValue &sub : schema.value("allOf"_L1).toArray())
                validate(value, sub, path, out, depth + 1);
        }
        if (schema.contains("anyOf"_L1) || schema.contains("oneOf"_L1)) {
            const bool one = schema.contains("oneOf"_L1);
            const QJsonArray alternatives = schema.value(one ? "oneOf"_L1 : "anyOf"_L1).toArray();
            int matching = 0;
            QList<SchemaViolation> closest;
            for (const QJsonValue &sub : alternatives) {
                QList<SchemaViolation> errors;
                validate(value, sub, path, errors, depth + 1);
                if (errors.isEmpty())
                    ++matching;
                else if (closest.isEmpty() || errors.size() < closest.size())
                    closest = errors;
            }
            if (matching == 0) {
                const QString why = closest.isEmpty() ? QString() : closest.first().path + u": "_s + closest.first().message;
                out.append({path, (one ? tr("Matches none of the oneOf alternatives (closest: %1).") : tr("Matches none of the anyOf alternatives (closest: %1).")).arg(why)});
            } else if (one && matching > 1) {
                out.append({path, tr("Matches %1 of the oneOf alternatives instead of exactly one.").arg(matching)});
            }
        }
        if (schema.contains("not"_L1)) {
            QList<SchemaViolation> errors;
            validate(value, schema.value("not"_L1), path, errors, depth + 1);
            if (errors.isEmpty())
                out.append({path, tr("Matches a schema it must not match.")});
        }
        if (schema.contains("if"_L1)) {
            QList<SchemaViolation> errors;
            validate(value, schema.value("if"_L1), path, errors, depth + 1);
            const QJsonValue branch = schema.value(errors.isEmpty() ? "then"_L1 : "else"_L1);
            if (!branch.isUndefined())
                validate(value, branch, path, out, depth + 1);
        }
    }

private:
    std::optional<QJsonValue> resolve(const QString &ref) const
    {
        if (ref == "#"_L1)
            return QJsonValue(m_root);
        if (!ref.startsWith("#/"_L1))
            return std::nullopt;
        QJsonValue target = m_root;
        const QStringList tokens = ref.sliced(2).split(u'/');
        for (QString token : tokens) {
            token = QUrl::fromPercentEncoding(token.toUtf8()).replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
            if (target.isObject() && target.toObject().contains(token)) {
                target = target.toObject().value(token);
            } else if (target.isArray()) {
                bool ok = false;
                const qsizetype index = token.toLongLong(&ok);
                if (!ok || index < 0 || index >= target.toArray().size())
                    return std::nullopt;
                target = target.toArray().at(index);
            } else {
                return std::nullopt;
            }
        }
        return target;
    }

    static QString shortText(const QJsonValue &value)
    {
        QString text;
        if (value.isString())
            text = u'"' + value.toString() + u'"';
        else if (value.isDouble())
            text = number(value.toDouble());
        else if (value.isBool())
            text = value.toBool() ? u"true"_s : u"false"_s;
        else if (value.isNull())
            text = u"null"_s;
        else
            text = typeOf(value);
        return text.size() > 60 ? text.left(57) + u"..."_s : text;
    }

    static void validateNumber(double d, const QJsonObject &schema, const QString &path, QList<SchemaViolation> &out)
    {
        // draft-04: exclusiveMinimum/Maximum are booleans modifying minimum/maximum; draft-06+: numbers.
        const QJsonValue exclusiveMin = schema.value("exclusiveMinimum"_L1);
        const QJsonValue exclusiveMax = schema.value("exclusiveMaximum"_L1);
        if (schema.contains("minimum"_L1)) {
            const double min = schema.value("minimum"_L1).toDouble();
            if (exclusiveMin.toBool(false) ? d <= min : d < min)
                out.append({path, tr("%1 is below the minimum %2.").arg(number(d), number(min))});
        }
        if (schema.contains("maximum"_L1)) {
            const double max = schema.value("maximum"_L1).toDouble();
            if (exclusiveMax.toBool(false) ? d >= max : d > max)
                out.append({path, tr("%1 is above the maximum %2.").arg(number(d), number(max))});
        }
        if (exclusiveMin.isDouble() && d <= exclusiveMin.toDouble())
            out.append({path, tr("%1 is not above %2.").arg(number(d), number(exclusiveMin.toDouble()))});
        if (exclusiveMax.isDouble() && d >= exclusiveMax.toDouble())
            out.append({path, tr("%1 is not below %2.").arg(number(d), number(exclusiveMax.toDouble()))});
        if (schema.contains("multipleOf"_L1)) {
            const double step = schema.value("multipleOf"_L1).toDouble();
            const double quotient = d / step;
            if (step > 0 && std::abs(quotient - std::round(quotient)) > 1e-9)
                out.append({path, tr("%1 is not a multiple of %2.").arg(number(d), number(step))});
        }
    }

    void validateString(const QString &text, const QJsonObject &schema, const QString &path, QList<SchemaViolation> &out)
    {
        const qsizetype length = codePoints(text);
        if (schema.contains("minLength"_L1) && length < schema.value("minLength"_L1).toInteger())
            out.append({path, tr("The text is shorter than %1 characters.").arg(schema.value("minLength"_L1).toInteger())});
        if (schema.contains("maxLength"_L1) && length > schema.value("maxLength"_L1).toInteger())
            out.append({path, tr("The text is longer than %1 characters.").arg(schema.value("maxLength"_L1).toInteger())});
        if (schema.contains("pattern"_L1)) {
            const QRegularExpression &pattern = regex(schema.value("pattern"_L1).toString());
            if (pattern.isValid() && !pattern.match(text).hasMatch())
                out.append({path, tr("%1 does not match the pattern %2.").arg(shortText(text), schema.value("pattern"_L1).toString())});
        }
    }

    void validateArray(const QJsonArray &array, const QJsonObject &schema, const QString &path, QList<SchemaViolation> &out, int depth)
    {
        if (schema.contains("minItems"_L1) && array.size() < schema.value("minItems"_L1).toInteger())
            out.append({path, tr("Expected at least %1 items, found %2.").arg(schema.value("minItems"_L1).toInteger()).arg(array.size())});
        if (schema.contains("maxItems"_L1) && array.size() > schema.value("maxItems"_L1).toInteger())
            out.append({path, tr("Expected at most %1 items, found %2.").arg(schema.value("maxItems"_L1).toInteger()).arg(array.size())});
        if (schema.value("uniqueItems"_L1).toBool(false)) {
            for (qsizetype i = 0; i < array.size(); ++i) {
                for (qsizetype j = i + 1; j < array.size(); ++j) {
                    if (array.at(i) == array.at(j))
                        out.append({path, tr("Items %1 and %2 are the same.").arg(i).arg(j)});
                }
            }
        }
        const QJsonValue items = schema.value("items"_L1);
        if (items.isArray()) {
            const QJsonArray tuple = items.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QJsonValue sub = i < tuple.size() ? tuple.at(i) : schema.value("additionalItems"_L1);
                validate(array.at(i), sub, path + u'/' + QString::number(i), out, depth + 1);
            }
        } else if (!items.isUndefined()) {
            for (qsizetype i = 0; i < array.size(); ++i)
                validate(array.at(i), items, path + u'/' + QString::number(i), out, depth + 1);
        }
        if (schema.contains("contains"_L1)) {
            const bool found = std::any_of(array.begin(), array.end(), [&](const QJsonValue &item) {
                QList<SchemaViolation> errors;
                validate(item, schema.value("contains"_L1), path, errors, depth + 1);
                return errors.isEmpty();
            });
            if (!found)
                out.append({path, tr("No item matches the schema of “contains”.")});
        }
    }

    void validateObject(const QJsonObject &object, const QJsonObject &schema, const QString &path, QList<SchemaViolation> &out, int depth)
    {
        for (const QJsonValue &name : schema.value("required"_L1).toArray()) {
            if (!object.contains(name.toString()))
                out.append({path, tr("The property “%1” is required.").arg(name.toString())});
        }
        if (schema.contains("minProperties"_L1) && object.size() < schema.value("minProperties"_L1).toInteger())
            out.append({path, tr("Expected at least %1 properties.").arg(schema.value("minProperties"_L1).toInteger())});
        if (schema.contains("maxProperties"_L1) && object.size() > schema.value("maxProperties"_L1).toInteger())
            out.append({path, tr("Expected at most %1 properties.").arg(schema.value("maxProperties"_L1).toInteger())});

        const QJsonObject properties = schema.value("properties"_L1).toObject();
        const QJsonObject patterns = schema.value("patternProperties"_L1).toObject();
        const QJsonValue additional = schema.value("additionalProperties"_L1);
        const QJsonObject dependencies = schema.value("dependencies"_L1).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString childPath = path + u'/' + escapeToken(it.key());
            bool matched = false;
            if (properties.contains(it.key())) {
                matched = true;
                validate(it.value(), properties.value(it.key()), childPath, out, depth + 1);
            }
            for (auto p = patterns.begin(); p != patterns.end(); ++p) {
                if (regex(p.key()).match(it.key()).hasMatch()) {
                    matched = true;
                    validate(it.value(), p.value(), childPath, out, depth + 1);
                }
            }
            if (!matched && !additional.isUndefined()) {
                if (additional.isBool() && !additional.toBool())
                    out.append({path, tr("The property “%1” is not allowed.").arg(it.key())});
                else
                    validate(it.value(), additional, childPath, out, depth + 1);
            }
            if (schema.contains("propertyNames"_L1)) {
                QList<SchemaViolation> errors;
                validate(QJsonValue(it.key()), schema.value("propertyNames"_L1), childPath, errors, depth + 1);
                if (!errors.isEmpty())
                    out.append({path, tr("The property name “%1” is not allowed: %2").arg(it.key(), errors.first().message)});
            }
            if (dependencies.contains(it.key())) {
                const QJsonValue dependency = dependencies.value(it.key());
                if (dependency.isArray()) {
                    for (const QJsonValue &needed : dependency.toArray()) {
                        if (!object.contains(needed.toString()))
                            out.append({path, tr("The property “%1” needs “%2”.").arg(it.key(), needed.toString())});
                    }
                } else {
                    validate(object, dependency, path, out, depth + 1);
                }
            }
        }
    }

    // Patterns are ECMA-262 in JSON Schema; the common subset means the same in PCRE2.
    const QRegularExpression &regex(const QString &pattern)
    {
        auto it = m_regexes.find(pattern);
        if (it == m_regexes.end())
            it = m_regexes.insert(pattern, QRegularExpression(pattern));
        return *it;
    }

    QJsonObject m_root;
    QHash<QString, QRegularExpression> m_regexes;
};

} // namespace

QList<SchemaViolation> validateJsonSchema(const QJsonValue &document, const QJsonObject &schema)
{
    QList<SchemaViolation> violations;
    Validator(schema).validate(document, schema, QString(), violations);
    return violations;
}

} // namespace gatehouse
