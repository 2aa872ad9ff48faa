// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/digestauth.h"

#include <QCryptographicHash>
#include <QList>

namespace gatehouse {

namespace {

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

struct Param {
    QByteArray name;
    QByteArray value;
};

// Splits "Basic realm=x, Digest realm="y", nonce="z"" into schemes with their auth-params.
QList<std::pair<QByteArray, QList<Param>>> parseChallenges(QByteArrayView in)
{
    QList<std::pair<QByteArray, QList<Param>>> out;
    qsizetype i = 0;
    const qsizetype n = in.size();
    const auto skipSpace = [&] {
        while (i < n && (in[i] == ' ' || in[i] == '\t' || in[i] == ',' || in[i] == '\n' || in[i] == '\r'))
            ++i;
    };
    while (true) {
        skipSpace();
        if (i >= n)
            break;
        const qsizetype start = i;
        while (i < n && isTokenChar(in[i]))
            ++i;
        if (i == start) {
            ++i; // not a token: skip it
            continue;
        }
        QByteArray token = in.sliced(start, i - start).toByteArray();
        qsizetype j = i;
        while (j < n && (in[j] == ' ' || in[j] == '\t'))
            ++j;
        if (j < n && in[j] == '=' && !out.isEmpty()) {
            // name=value of the current scheme
            i = j + 1;
            while (i < n && (in[i] == ' ' || in[i] == '\t'))
                ++i;
            QByteArray value;
            if (i < n && in[i] == '"') {
                ++i;
                while (i < n && in[i] != '"') {
                    if (in[i] == '\\' && i + 1 < n)
                        ++i;
                    value += in[i++];
                }
                ++i; // closing quote
            } else {
                const qsizetype vs = i;
                while (i < n && in[i] != ',' && in[i] != ' ' && in[i] != '\t')
                    ++i;
                value = in.sliced(vs, i - vs).toByteArray();
            }
            out.last().second.append({token.toLower(), value});
        } else {
            out.append({token, {}}); // a new scheme
        }
    }
    return out;
}

QCryptographicHash::Algorithm hashOf(QByteArrayView algorithm)
{
    return algorithm.startsWith("SHA-256") ? QCryptographicHash::Sha256 : QCryptographicHash::Md5;
}

QByteArray h(QCryptographicHash::Algorithm algorithm, const QByteArray &data)
{
    return QCryptographicHash::hash(data, algorithm).toHex();
}

QByteArray quoted(const QByteArray &value)
{
    QByteArray out = value;
    out.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + out + '"';
}

} // namespace

std::optional<DigestChallenge> parseDigestChallenge(QByteArrayView wwwAuthenticate)
{
    for (const auto &[scheme, params] : parseChallenges(wwwAuthenticate)) {
        if (scheme.compare("Digest", Qt::CaseInsensitive) != 0)
            continue;
        DigestChallenge challenge;
        for (const Param &p : params) {
            if (p.name == "realm")
                challenge.realm = p.value;
            else if (p.name == "nonce")
                challenge.nonce = p.value;
            else if (p.name == "opaque")
                challenge.opaque = p.value;
            else if (p.name == "algorithm")
                challenge.algorithm = p.value.toUpper();
            else if (p.name == "qop")
                challenge.qop = p.value;
            else if (p.name == "stale")
                challenge.stale = p.value.compare("true", Qt::CaseInsensitive) == 0;
        }
        static constexpr QByteArrayView supported[] = {"MD5", "MD5-SESS", "SHA-256", "SHA-256-SESS"};
        if (challenge.nonce.isEmpty() || std::find(std::begin(supported), std::end(supported), challenge.algorithm) == std::end(supported))
            continue; // a later Digest challenge may offer one we support
        // Keep the spelling servers expect back.
        if (challenge.algorithm.endsWith("-SESS")) {
            challenge.algorithm.chop(4);
            challenge.algorithm += "sess";
        }
        return challenge;
    }
    return std::nullopt;
}

QByteArray digestAuthorization(const DigestChallenge &challenge, QByteArrayView method, QByteArrayView uri, const QString &username,
                               const QString &password, const QByteArray &cnonce, int nc)
{
    const auto algorithm = hashOf(challenge.algorithm);
    const QByteArray user = username.toUtf8();
    QByteArray ha1 = h(algorithm, user + ':' + challenge.realm + ':' + password.toUtf8());
    if (challenge.algorithm.endsWith("sess"))
        ha1 = h(algorithm, ha1 + ':' + challenge.nonce + ':' + cnonce);
    const QByteArray ha2 = h(algorithm, method.toByteArray() + ':' + uri.toByteArray());
    const QByteArray ncText = QByteArray::number(nc, 16).rightJustified(8, '0');

    bool qopAuth = false;
    for (const QByteArray &q : challenge.qop.split(',')) {
        if (q.trimmed() == "auth")
            qopAuth = true;
    }
    const QByteArray response = qopAuth ? h(algorithm, ha1 + ':' + challenge.nonce + ':' + ncText + ':' + cnonce + ":auth:" + ha2)
                                        : h(algorithm, ha1 + ':' + challenge.nonce + ':' + ha2);
    QByteArray out = "Digest username=" + quoted(user) + ", realm=" + quoted(challenge.realm) + ", nonce=" + quoted(challenge.nonce)
        + ", uri=" + quoted(uri.toByteArray()) + ", algorithm=" + challenge.algorithm + ", response=" + quoted(response);
    if (qopAuth)
        out += ", qop=auth, nc=" + ncText + ", cnonce=" + quoted(cnonce);
    if (!challenge.opaque.isEmpty())
        out += ", opaque=" + quoted(challenge.opaque);
    return out;
}

} // namespace gatehouse
