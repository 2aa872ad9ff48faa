// SPDX-License-Identifier: GPL-3.0-or-later
#include "playground/playground.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gatehouse {

namespace {

class Playground
{
    Q_DECLARE_TR_FUNCTIONS(gatehouse::Playground)
};

Request request(const QString &id, const QString &name, const QString &method, const QString &url, const QString &description)
{
    Request r;
    r.id = u"00000000-0000-4000-8000-0000000001"_s + id;
    r.name = name;
    r.method = method;
    r.url = url;
    r.description = description;
    return r;
}

} // namespace

Workspace playgroundWorkspace(const QUrl &gatewayUrl)
{
    Workspace ws;
    ws.id = u"00000000-0000-4000-8000-000000000001"_s;
    ws.name = Playground::tr("Playground");

    Collection coffee;
    coffee.id = u"00000000-0000-4000-8000-000000000002"_s;
    coffee.name = Playground::tr("Contoso Coffee");
    coffee.description = Playground::tr("A small API Management service, simulated on your machine. Every request here is sent "
                                        "with the environment's Starter subscription key (the collection's auth), unless it says "
                                        "otherwise. Send each one and read what the APIM Inspector says.");
    coffee.auth.kind = Auth::Kind::ApimSubscriptionKey;

    Folder works;
    works.id = u"00000000-0000-4000-8000-000000000003"_s;
    works.name = Playground::tr("1 · Requests that work");
    Request menu = request(u"01"_s, Playground::tr("Menu (open API, no key needed)"), u"GET"_s, u"{{baseUrl}}/menu/drinks"_s,
                           Playground::tr("The Menu API is in an open product: anyone may call it without a key. Expect 200."));
    menu.auth.kind = Auth::Kind::None;
    works.requests.append(menu);
    works.requests.append(request(u"02"_s, Playground::tr("List orders (Starter key)"), u"GET"_s, u"{{baseUrl}}/shop/orders"_s,
                                  Playground::tr("The Orders API is in the Starter product, and the key belongs to a Starter "
                                                 "subscription. Expect 200. Look at Timeline and Request sent.")));
    works.requests.append(request(u"03"_s, Playground::tr("Echo a resource"), u"GET"_s, u"{{baseUrl}}/echo/resource?color=blue"_s,
                                  Playground::tr("The Echo API answers with what it received: see how the key arrived.")));

    Folder fails;
    fails.id = u"00000000-0000-4000-8000-000000000004"_s;
    fails.name = Playground::tr("2 · Classic APIM failures");
    fails.requests.append(request(u"11"_s, Playground::tr("Loyalty points — the API in no product"), u"GET"_s,
                                  u"{{baseUrl}}/loyalty/members/42/points"_s,
                                  Playground::tr("The classic: the Loyalty API was published but never added to a product. The key is "
                                                 "valid, yet the gateway answers 401 \"invalid subscription key\". The inspector names "
                                                 "this as the most likely cause.")));
    Request wrongHeader = request(u"12"_s, Playground::tr("Key under the wrong header"), u"GET"_s, u"{{baseUrl}}/shop/orders"_s,
                                  Playground::tr("The key is sent as api-key (an Azure OpenAI habit), which APIM does not read: 401 "
                                                 "\"missing subscription key\". Use the inspector's fix, then send again."));
    wrongHeader.auth.kind = Auth::Kind::None;
    wrongHeader.headers = {{u"api-key"_s, u"{{apimSubscriptionKey}}"_s, true, {}}};
    fails.requests.append(wrongHeader);
    Request noKey = request(u"13"_s, Playground::tr("No key at all"), u"GET"_s, u"{{baseUrl}}/shop/orders"_s,
                            Playground::tr("The Orders API requires a subscription and no open product contains it: 401 \"missing "
                                           "subscription key\"."));
    noKey.auth.kind = Auth::Kind::None;
    fails.requests.append(noKey);
    fails.requests.append(request(u"14"_s, Playground::tr("Typo in the path"), u"GET"_s, u"{{baseUrl}}/shop/order"_s,
                                  Playground::tr("No API has the suffix shop/order: 404 \"Resource not found\", before the key is even "
                                                 "looked at.")));
    fails.requests.append(request(u"15"_s, Playground::tr("Wrong method"), u"DELETE"_s, u"{{baseUrl}}/menu/drinks"_s,
                                  Playground::tr("The Menu API has no DELETE operation. APIM answers 404, never 405.")));
    fails.requests.append(request(u"16"_s, Playground::tr("Stores without the version header"), u"GET"_s, u"{{baseUrl}}/stores/"_s,
                                  Playground::tr("The Stores API is versioned by the Api-Version header. Without it nothing matches: "
                                                 "404. Add the header Api-Version: v1 and send again.")));
    Request suspended = request(u"17"_s, Playground::tr("A suspended subscription's key"), u"GET"_s, u"{{baseUrl}}/shop/orders"_s,
                                Playground::tr("This key belongs to a suspended subscription: 401 \"invalid subscription key\", the "
                                               "same answer as for an unknown key."));
    suspended.auth.kind = Auth::Kind::None;
    suspended.headers = {{u"Ocp-Apim-Subscription-Key"_s, u"fake-suspended-primary-key-000005"_s, true, {}}};
    fails.requests.append(suspended);
    fails.requests.append(request(u"18"_s, Playground::tr("Rate limit (send it six times)"), u"GET"_s, u"{{baseUrl}}/echo/resource"_s,
                                  Playground::tr("The Starter product allows 5 calls per minute. Send this six times quickly: 429, "
                                                 "with the seconds to wait.")));
    fails.requests.append(request(u"19"_s, Playground::tr("Backend down"), u"GET"_s, u"{{baseUrl}}/partners/roastery/status"_s,
                                  Playground::tr("The gateway cannot reach this operation's backend: 500 \"Internal server error\" "
                                                 "with an activity ID. (With the Starter key you may get 401 first: the Partners API is "
                                                 "in the Partner product only.)")));
    Request jwt = request(u"20"_s, Playground::tr("Admin API without a token"), u"GET"_s, u"{{baseUrl}}/admin/baristas"_s,
                          Playground::tr("The Admin API needs no key but validates a JWT: 401 \"JWT not present.\""));
    jwt.auth.kind = Auth::Kind::None;
    fails.requests.append(jwt);

    coffee.folders = {works, fails};
    ws.collections = {coffee};

    Environment env;
    env.id = u"00000000-0000-4000-8000-000000000005"_s;
    env.name = Playground::tr("Playground");
    // A fake key of the simulator's config: nothing to protect, so not a secret variable.
    env.variables = {{u"baseUrl"_s, gatewayUrl.toString(QUrl::StripTrailingSlash), true, false},
                     {u"apimSubscriptionKey"_s, QString(kPlaygroundStarterKey), true, false}};
    ws.environments = {env};
    return ws;
}

} // namespace gatehouse
